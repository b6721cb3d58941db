using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using ParIndex.Cli.Output;
using ParIndex.Geography;
using ParIndex.History;
using ParIndex.Methodologies;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex validate</c>: checks a methodology file (every diagnostic with its JSON path and line) or a
/// results file (names, duplicates, ranks recomputed from values, group counts); exit code 1 when anything is wrong.</summary>
internal static class ValidateCommand
{
    private static readonly string[] ResultColumns = ["year", "province", "value_percent", "rank"];

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A methodology (.json) or a results table (.csv: year,province,value_percent,rank[,source_url])." };
        var index = Options.Index();
        var command = new Command("validate", "Check a methodology JSON file or a published-results CSV file; exit code 1 when problems are found.\n" +
            "Examples:\n  parindex validate my-methodology.json\n  parindex validate src/ParIndex/Data/par-index-provinces.csv")
        {
            file, index,
        };
        CommandContext.Bind(command, context =>
        {
            var input = context.Parse.GetValue(file)!;
            if (!input.Exists)
            {
                throw new CliException("file not found", input.ToString());
            }
            var (problems, consistent, notes) = input.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase)
                ? Methodology(input)
                : Results(input, context.Parse.GetValue(index));
            // Rows consistent only through unpublished decimals are listed after the problems, as notes: every format
            // shows them (a CSV has no notes), and they do not change the exit code.
            context.Write(
            [
                new ResultTable(
                    "problems",
                    $"{input.Name}: {(problems.Count == 0 ? "no problems" : problems.Count.ToString(CultureInfo.InvariantCulture) + " problem(s)")}"
                        + (consistent.Count == 0 ? string.Empty : $", {consistent.Count.ToString(CultureInfo.InvariantCulture)} note(s)"),
                    ["where", "kind", "unit", "criterion", "message", "severity"],
                    problems.Select(p => new object?[] { Where(input, p), p.Kind.ToString(), p.UnitCode, p.CriterionCode, p.Message, "problem" })
                        .Concat(consistent.Select(p => new object?[] { Where(input, p), p.Kind.ToString(), p.UnitCode, p.CriterionCode, p.Message, "note" })),
                    notes),
            ]);
            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.ProblemsFound;
        });
        return command;
    }

    private static string Where(FileInfo file, Diagnostic problem) =>
        file.Name + (problem.Line is { } line ? ":" + line.ToString(CultureInfo.InvariantCulture) + (problem.Column is { } column ? ":" + column.ToString(CultureInfo.InvariantCulture) : string.Empty) : string.Empty)
        + (problem.JsonPath is { } path ? " " + path : string.Empty);

    private static (List<Diagnostic> Problems, List<Diagnostic> Consistent, List<string> Notes) Methodology(FileInfo file)
    {
        try
        {
            using var stream = file.OpenRead();
            var methodology = MethodologyJson.Read(stream);
            return ([], [], [FormattableString.Invariant($"{methodology.Id}: {methodology.Title}; {methodology.Areas.Length} areas, {methodology.Leaves.Length} leaves, {methodology.MaxPoints} points; years {methodology.Years}.")]);
        }
        catch (DiagnosticException e)
        {
            return ([.. e.Diagnostics], [], ["Every problem is listed; fix them all and validate again."]);
        }
    }

    private static (List<Diagnostic> Problems, List<Diagnostic> Consistent, List<string> Notes) Results(FileInfo file, PublishedIndex index)
    {
        var problems = new List<Diagnostic>();
        var rows = new List<PublishedResult>();
        var lineOf = new Dictionary<(int Year, string Code), int>();
        using var csv = Input.CsvInput.Open(file, ResultColumns, ["source_url"]);
        foreach (var line in csv.Rows())
        {
            void Problem(DiagnosticKind kind, string message, string column, string? unit = null) =>
                problems.Add(csv.Problem(kind, column, message, unitCode: unit));

            if (!int.TryParse(csv.Field("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2012 or > 2100)
            {
                // The PAR Index is assessed from 2012 (1294/QĐ-BNV); the province lists begin in 2008 anyway.
                Problem(DiagnosticKind.WrongYear, $"'{csv.Field("year")}' is not an assessment year (2012 to 2100)", "year");
                continue;
            }
            var list = ProvinceList.ForDate(new LocalDate(year, 12, 31));
            if (!ProvinceNames.TryMatch(csv.Field("province"), list, out var province))
            {
                Problem(DiagnosticKind.UnknownName, $"'{csv.Field("province")}' is not a province of the {list.Provinces.Length}-unit list of {year}", "province");
                continue;
            }
            decimal? value = null;
            if (csv.Field("value_percent") is { Length: > 0 } valueText)
            {
                if (!decimal.TryParse(valueText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) || v > 100m)
                {
                    Problem(DiagnosticKind.ValueOutOfRange, $"'{valueText}' is not a percentage in [0, 100] (write decimals with a dot)", "value_percent", province.Code);
                    continue;
                }
                value = v;
            }
            int? rank = null;
            if (csv.Field("rank") is { Length: > 0 } rankText)
            {
                if (!int.TryParse(rankText, NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r < 1 || r > list.Provinces.Length)
                {
                    Problem(DiagnosticKind.ValueOutOfRange, $"'{rankText}' is not a rank from 1 to {list.Provinces.Length}", "rank", province.Code);
                    continue;
                }
                rank = r;
            }
            if (value is null && rank is null)
            {
                Problem(DiagnosticKind.MalformedRow, "the row has neither a value nor a rank", "value_percent", province.Code);
                continue;
            }
            if (!lineOf.TryAdd((year, province.Code), line))
            {
                Problem(DiagnosticKind.DuplicateCode, $"{province.Name} {year} is already on line {lineOf[(year, province.Code)]}", "province", province.Code);
                continue;
            }
            rows.Add(new PublishedResult(index, year, province, value, rank, csv.Field("source_url") is { Length: > 0 } source ? source : file.Name));
        }

        // The library's checks name units and years, not lines: a unit's line goes back on its problems where the
        // file has the unit in one year only (otherwise the message's year says which row).
        var report = RecordValidator.Validate(rows, PublishedRecord.Aggregates);
        Diagnostic WithLine(Diagnostic found) => lineOf.Where(p => p.Key.Code == found.UnitCode).Select(p => p.Value).ToArray() is [var line]
            ? new Diagnostic(found.Kind, found.CriterionCode, found.Message, found.UnitCode) { Line = line }
            : found;
        problems.AddRange(report.Problems.Select(WithLine));
        var notes = report.Coverage.Select(c => FormattableString.Invariant($"{c.Index.Name()} {c.Year}: {c.Rows} rows; {c.WithValue} of {c.Units} with a value, {c.WithRank} with a rank.")).ToList();
        notes.Add("Checked: names against the province list of each year, duplicates, values and ranks in range, published ranks against the order of the published values at the precision the file gives (standard ties; equal values may hold consecutive ranks, since the Ministry ranks on unpublished decimals), published group counts.");
        // Where the embedded record's sources disagree on a row of this file (or keep no row of its year), both
        // readings and both sources are listed as notes.
        var years = rows.Select(r => r.Year).ToHashSet();
        var conflicts = PublishedRecord.Conflicts
            .Where(c => c.Index == index && years.Contains(c.Year) && (c.Recorded is null || lineOf.ContainsKey((c.Year, c.Province.Code))))
            .Select(c => WithLine(new Diagnostic(DiagnosticKind.SourcesDisagree, null, c.ToString(), c.Province.Code)));
        return (problems, [.. report.Notes.Select(WithLine), .. conflicts], notes);
    }
}
