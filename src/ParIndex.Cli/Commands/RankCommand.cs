using ParIndex.History;
using ParIndex.Rankings;
using ParIndex.Scoring;
using ParIndex.Utility;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex rank</c>: the published ranking of a year (recomputed from the published values beside the
/// published ranks), or a ranking of scored units; ties, groups, per area, and rank changes against another year.</summary>
internal static class RankCommand
{
    public static Command Create()
    {
        var year = Options.Year("The assessment year to rank, e.g. 2023: of the published record, or of the scored units (each year is ranked on its own).");
        var index = Options.Index();
        var ties = Options.Ties();
        var compare = new Option<int?>("--compare") { Description = "Show each unit's rank change against this year (published record)." };
        var input = new ScoredInput();
        var area = new Option<string?>("--area") { Description = "Rank scored units by one area's component index instead (area code, e.g. 2)." };
        var command = new Command("rank", "Rank provinces: the published record of a year, or units scored from indicator files.\n" +
            "Examples:\n  parindex rank --year 2023\n  parindex rank --year 2024 --compare 2023 --format csv\n" +
            "  parindex rank --methodology CA-MAU-1880-2013-FRAGMENT --indicators units.csv --area 1")
        {
            year, index, ties, compare, input.Methodology, input.Indicators, area,
        };
        CommandContext.Bind(command, context =>
        {
            var rankingOptions = new RankingOptions { Ties = context.Parse.GetValue(ties) };
            var scored = input.Given(context);
            if (scored)
            {
                context.NotReadBy("a ranking of scored units (--compare and --index are of the published record)", compare, index);
            }
            else
            {
                context.NotReadBy("the published ranking (give --indicators too to rank scored units)", input.Methodology, area);
            }
            var tables = scored
                ? Scored(input.Score(context), context.Parse.GetValue(area), context.CheckedYear(year), rankingOptions)
                : Published(context.Parse.GetValue(index), context.CheckedYear(year) ?? context.Required(year), context.Parse.GetValue(compare), rankingOptions, context.Typed(compare));
            context.Write(tables);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Scored units ranked year by year: a rank means something only among results of one assessment year, so
    /// files holding several years give one ranking per year (the year in the first column), and --year picks one.</summary>
    private static ResultTable[] Scored((Methodologies.Methodology Methodology, System.Collections.Immutable.ImmutableArray<Scorecard> Scorecards) scored, string? areaCode, int? year, RankingOptions options)
    {
        var (methodology, scorecards) = scored;
        if (areaCode is not null && methodology.Find(areaCode) is not Methodologies.Area)
        {
            throw new CliException($"{methodology.Id} has no area {CellText.Quote(areaCode)}; areas: {string.Join(", ", methodology.Areas.Select(a => a.Code))}", "--area");
        }
        var years = scorecards.Select(s => s.Year).Distinct().Order().ToList();
        if (year is { } chosen && !years.Contains(chosen))
        {
            throw new CliException(FormattableString.Invariant($"the indicator files hold no results of {chosen}; years: {string.Join(", ", years)}"), "--year");
        }
        // A unit whose figure is undefined keeps a row, without rank or value, saying why: none vanishes from the table.
        var rows = new List<object?[]>();
        var counts = new List<string>();
        var unranked = new List<string>();
        foreach (var y in year is { } only ? [only] : years)
        {
            var ofYear = scorecards.Where(s => s.Year == y).ToList();
            var ranking = areaCode is null ? Ranking.ByIndex(ofYear, options) : Ranking.ByArea(ofYear, areaCode, options);
            rows.AddRange(ranking.Entries.Select(e => new object?[] { y, e.Rank, e.Unit.Code, e.Unit.Name, Figures.Index(e.Value), e.Group?.Name, null }));
            rows.AddRange(ranking.Unranked.Select(u => new object?[] { y, null, u.Unit.Code, u.Unit.Name, null, null, "not ranked: " + u.Reason }));
            counts.Add(FormattableString.Invariant($"{y}: {ranking.Entries.Length} of the {ofYear.Count} units given are ranked; ranks are among those {ranking.Entries.Length}."));
            unranked.AddRange(ranking.Unranked.Select(u => FormattableString.Invariant($"Not ranked: {u.Unit.Code} {u.Unit.Name}, {u.Reason}") + (years.Count > 1 ? FormattableString.Invariant($" ({y}).") : ".")));
        }
        var title = areaCode is null
            ? $"{methodology.Title}: ranking by index"
            : $"{methodology.Title}: ranking by area {areaCode} {methodology.Find(areaCode)!.Name}";
        var notes = new List<string> { $"Methodology {methodology.Id}; ties {options.Ties.ToString().ToLowerInvariant()}; {Precision(options)}; groups A ≥ 90, B ≥ 80, C ≥ 70." };
        if (year is null && years.Count > 1)
        {
            notes.Add($"The files hold the assessment years {string.Join(", ", years)}: each year is ranked on its own (--year picks one).");
        }
        notes.AddRange(counts);
        notes.AddRange(unranked);
        return
        [
            new ResultTable(
                "ranking",
                title,
                ["year", "rank", "code", "unit", areaCode is null ? "index" : "area_percent", "group", "note"],
                rows,
                notes),
        ];
    }

    /// <summary>Says what the ranks were decided on: exact values (the default, as the Ministry ranks) or rounded ones.</summary>
    private static string Precision(RankingOptions options) => options.Decimals is { } decimals
        ? $"values rounded to {decimals.ToString(CultureInfo.InvariantCulture)} decimals before ranking"
        : "ranked on exact values, as the Ministry ranks; shown to the published 2 decimals";

    /// <summary>A year of the published record, refused (naming the years there are) when the record has no row of it.</summary>
    internal static YearResults Results(PublishedIndex index, int year)
    {
        Options.CheckYear(year);
        var results = PublishedRecord.Results(index, year);
        return results.Rows.IsEmpty
            ? throw new CliException($"the published record has no {index.Name()} results for {year}; years: {string.Join(", ", PublishedRecord.Years(index))}", "--year")
            : results;
    }

    internal static ResultTable[] Published(PublishedIndex index, int year, int? compareYear, RankingOptions options, string? compareTyped = null)
    {
        var results = Results(index, year);
        var withValues = results.Rows.Where(r => r.Value is not null).ToList();
        // Published data is grouped with the thresholds published for its year, or not at all where they are unknown.
        options = new RankingOptions { Ties = options.Ties, Decimals = options.Decimals, Groups = results.Groups };
        var ranking = Ranking.Create(withValues.Select(r => new UnitValue(AssessedUnit.Of(r.Province), r.Value!.Value)), options);
        Dictionary<string, int>? before = null;
        if (compareYear is { } other)
        {
            Options.CheckYear(other, "--compare", compareTyped);
            if (other == year)
            {
                throw new CliException($"{year.ToString(CultureInfo.InvariantCulture)} is the year ranked: compare it with another year", "--compare");
            }
            before = PublishedRecord.Results(index, other).Rows
                .Where(r => r.Rank is not null)
                .ToDictionary(r => r.Province.Code, r => r.Rank!.Value, StringComparer.Ordinal);
            if (before.Count == 0)
            {
                throw new CliException($"the published record has no {index.Name()} ranks for {other}", "--compare");
            }
        }

        // Rows in published order; units with a published rank but no value keep their row. 'rank_by_value' is the
        // rank recomputed from the published values among the units listed, a check on the published ranks.
        var columns = new List<string> { "published_rank", "province", "index", "group", "rank_by_value" };
        if (before is not null)
        {
            columns.Add("change_since_" + compareYear!.Value.ToString(CultureInfo.InvariantCulture));
        }
        columns.Add("source");
        var rows = results.Rows
            .OrderBy(r => r.Rank ?? int.MaxValue)
            .ThenByDescending(r => r.Value)
            .Select(r =>
            {
                var entry = r.Value is null ? null : ranking[r.Province.Code];
                var cells = new List<object?> { r.Rank, r.Province.Name, r.Value, entry?.Group?.Name, entry?.Rank };
                if (before is not null)
                {
                    cells.Add(r.Rank is { } now && before.TryGetValue(r.Province.Code, out var then) ? then - now : null);
                }
                cells.Add(r.Source);
                return cells;
            });

        var notes = new List<string>
        {
            $"{index.Name()} {year}: {results.WithValue} of {results.Units} provinces have a published value in the record, {results.WithRank} a published rank.",
            "'published_rank' is the rank as published among all provinces; 'rank_by_value' ranks the listed values as published (ties " + options.Ties.ToString().ToLowerInvariant() + "; equal published values may hold consecutive published ranks, since the Ministry ranks on unpublished decimals); 'change' is the earlier rank minus this one (up is positive).",
        };
        notes.Add(results.Groups is { } scheme
            ? $"Groups of {year}: {string.Join(", ", scheme.Groups)} ({results.GroupsSource})."
            : $"No groups: {results.GroupsSource}.");
        if (PublishedRecord.NationalAverage(index, year) is { } average)
        {
            notes.Add($"National average {average.Value.ToString(CultureInfo.InvariantCulture)} ({average.Source}).");
        }
        if (results.Missing.Length > 0)
        {
            notes.Add("Not in the record: " + string.Join(", ", results.Missing.Select(p => p.Name)) + ".");
        }
        return [new ResultTable("ranking", $"{index.Name()} {year}: published ranking", columns, rows, notes)];
    }
}
