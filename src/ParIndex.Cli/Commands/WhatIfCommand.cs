using System.Globalization;
using ParIndex.Analysis;
using ParIndex.Cli.Input;
using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex whatif</c>: re-score and re-rank scored units after a change — other indicator values for some
/// units, another methodology (maxima, band thresholds), other ties or rounding — and list every unit's rank shift.</summary>
internal static class WhatIfCommand
{
    public static Command Create()
    {
        var input = new ScoredInput();
        var year = Options.Year("The assessment year, when the files hold several.");
        var methodologyAfter = new Option<string?>("--methodology-after") { Description = "The changed methodology (a JSON file or an embedded id): other maxima, band thresholds or weights." };
        var indicatorsAfter = new Option<FileInfo[]>("--indicators-after") { Description = "Changed indicators (CSV, JSON or .xlsx) for some units: each unit in them replaces its values as reported.", AllowMultipleArgumentsPerToken = true };
        var ties = Options.Ties();
        var tiesAfter = Options.Words(new Option<TiePolicy?>("--ties-after") { Description = "The tie policy after the change (standard, dense, ordinal); --ties when omitted." });
        var precision = new Option<string?>("--precision") { Description = "Rank on exact values (default) or values rounded to N decimals." };
        var precisionAfter = new Option<string?>("--precision-after") { Description = "The precision after the change (exact or N decimals); --precision when omitted." };
        var command = new Command("whatif", "What if the inputs, the methodology or the ranking policy changed: every unit re-scored and re-ranked, its rank and index before and after, and the shift.\n" +
            "Examples:\n  parindex whatif -m CA-MAU-1880-2013-FRAGMENT -i samples/data/indicators-ca-mau-fragment.csv --indicators-after c-improved.csv\n" +
            "  parindex whatif -m m.json -i units.csv --methodology-after m-new-bands.json -f csv\n" +
            "  parindex whatif -m m.json -i units.csv --precision-after 2 --ties-after dense")
        {
            input.Methodology, input.Indicators, year, methodologyAfter, indicatorsAfter, ties, tiesAfter, precision, precisionAfter,
        };
        CommandContext.Bind(command, context =>
        {
            var parse = context.Parse;
            var before = input.Load(context);
            var after = parse.GetValue(methodologyAfter) is { } changed ? MethodologySource.Load(changed, methodologyAfter.Name) : before;
            var files = input.Files(context);
            var changedFiles = parse.GetValue(indicatorsAfter) ?? [];
            var rankingBefore = new RankingOptions { Ties = parse.GetValue(ties), Decimals = parse.GetValue(precision) is { } p ? Options.Precision(p, precision.Name) : null };
            var rankingAfter = new RankingOptions
            {
                Ties = parse.GetValue(tiesAfter) ?? rankingBefore.Ties,
                Decimals = parse.GetValue(precisionAfter) is { } q ? Options.Precision(q, precisionAfter.Name) : rankingBefore.Decimals,
            };
            if (ReferenceEquals(after, before) && changedFiles.Length == 0 && parse.GetValue(tiesAfter) is null && parse.GetValue(precisionAfter) is null)
            {
                throw new CliException("give a change: --indicators-after, --methodology-after, --ties-after or --precision-after", command.Name);
            }
            var units = Options.OfOneYear(IndicatorFiles.Read(files, before, context.Csv, context.Sheet), u => u.Year, context.CheckedYear(year), year.Name);
            var changes = changedFiles.Length == 0 ? [] : IndicatorFiles.Read(changedFiles, after, context.Csv, context.Sheet);
            // A change of another year was dropped without a word ("no change"); with --year, the year chosen selects the
            // changes as it selects the units.
            if (parse.GetValue(year) is null && changes.Where(u => u.Year != units[0].Year).Select(u => u.Unit.Code + " (" + u.Year.ToString(CultureInfo.InvariantCulture) + ")").ToList() is { Count: > 0 } otherYear)
            {
                throw new CliException(FormattableString.Invariant($"the changed indicators of {string.Join(", ", otherYear)} are not of {units[0].Year}, the year of --indicators; a change replaces a unit's values of the same year"), indicatorsAfter.Name);
            }
            var replaced = changes.Where(u => u.Year == units[0].Year).ToList();
            var unknown = replaced.Where(r => !units.Any(u => u.Unit.Code == r.Unit.Code)).Select(r => r.Unit.Code).ToList();
            if (unknown.Count > 0)
            {
                throw new CliException($"the changed indicators name units that are not in --indicators: {string.Join(", ", unknown)}", indicatorsAfter.Name);
            }
            IReadOnlyList<RankShift> shifts;
            try
            {
                shifts = RankShift.Rescore(units, before, after, replaced, rankingBefore, rankingAfter);
            }
            catch (DiagnosticException e)
            {
                throw new CliException($"the indicators cannot be scored under {after.Id}", string.Join(", ", files.Select(f => f.ToString())), e, e.Diagnostics);
            }
            context.Write([Table(shifts, Changes(before, after, replaced, rankingBefore, rankingAfter))]);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static ResultTable Table(IReadOnlyList<RankShift> shifts, string changes) => new(
        "shifts",
        "Ranks before and after: " + changes,
        ["code", "unit", "rank_before", "rank_after", "shift", "index_before", "index_after"],
        shifts.Select(s => new object?[] { s.Unit.Code, s.Unit.Name, s.RankBefore, s.RankAfter, s.Shift, Figures.Index(s.IndexBefore), Figures.Index(s.IndexAfter) }),
        [
            "shift = rank before − rank after: positive moves up the table. Indices shown to the published two decimals; ranks as the precision says.",
            FormattableString.Invariant($"{shifts.Count(s => s.Shift is not null and not 0)} of {shifts.Count} units change rank."),
        ]);

    private static string Changes(Methodologies.Methodology before, Methodologies.Methodology after, List<ReportedIndicators> replaced, RankingOptions rankingBefore, RankingOptions rankingAfter)
    {
        var parts = new List<string>();
        if (!ReferenceEquals(before, after))
        {
            parts.Add(before.Equals(after) ? $"methodology {after.Id} (the same tree)" : $"methodology {before.Id} → {after.Id}");
        }
        if (replaced.Count > 0)
        {
            parts.Add("changed indicators of " + string.Join(", ", replaced.Select(r => r.Unit.Code)));
        }
        if (rankingBefore.Ties != rankingAfter.Ties)
        {
            parts.Add($"ties {rankingBefore.Ties.ToString().ToLowerInvariant()} → {rankingAfter.Ties.ToString().ToLowerInvariant()}");
        }
        if (rankingBefore.Decimals != rankingAfter.Decimals)
        {
            parts.Add($"{Precision(rankingBefore.Decimals)} → {Precision(rankingAfter.Decimals)}");
        }
        return parts.Count == 0 ? "no change" : string.Join("; ", parts);
    }

    private static string Precision(int? decimals) => decimals is { } d ? d.ToString(CultureInfo.InvariantCulture) + " decimals" : "exact values";
}
