using NodaTime;
using ParIndex.Cli.Input;
using ParIndex.Geography;
using ParIndex.History;
using ParIndex.Methodologies;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex validate</c>: checks a methodology file (every diagnostic with its JSON path and line) or a
/// results file (names, duplicates, ranks recomputed from values, group counts); exit code 1 when anything is wrong.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A methodology (JSON, told by its .json extension or its content) or a results table (.csv or .xlsx: year,province,value_percent,rank[,source_url])." };
        var index = Options.Index();
        var command = new Command("validate", "Check a methodology JSON file or a published-results table (CSV or .xlsx); exit code 1 when problems are found.\n" +
            "Examples:\n  parindex validate my-methodology.json\n  parindex validate src/ParIndex/Data/par-index-provinces.csv")
        {
            file, index,
        };
        CommandContext.Bind(command, context =>
        {
            var input = context.Parse.GetValue(file)!;
            List<Diagnostic> problems, consistent;
            List<string> notes;
            using (var stream = InputFile.Open(input)) // found, a file, within the tool's limit; opened once, told by its start
            {
                (problems, consistent, notes) = InputFile.IsJson(input, stream)
                    ? Methodology(stream)
                    : Results(input, stream, context.Parse.GetValue(index), context.Csv, context.Sheet);
            }
            // Rows consistent only through unpublished decimals are listed after the problems, as notes: every format
            // shows them (a CSV has no notes), and they do not change the exit code.
            context.Write(
            [
                new ResultTable(
                    "problems",
                    $"{input.Name}: {(problems.Count == 0 ? "no problems" : CliException.Problems(problems.Count))}"
                        + (consistent.Count == 0 ? string.Empty : $", {consistent.Count.ToString(CultureInfo.InvariantCulture)} note(s)"),
                    ["where", "kind", "unit", "criterion", "message", "severity"],
                    problems.Select(p => new object?[] { Where(input, p), p.Kind.ToString(), p.UnitCode, p.ItemCode, p.Message, "problem" })
                        .Concat(consistent.Select(p => new object?[] { Where(input, p), p.Kind.ToString(), p.UnitCode, p.ItemCode, p.Message, "note" })),
                    notes),
            ]);
            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.ProblemsFound;
        });
        return command;
    }

    private static string Where(FileInfo file, Diagnostic problem) =>
        file.Name + (problem.Line is { } line ? ":" + line.ToString(CultureInfo.InvariantCulture) + (problem.Column is { } column ? ":" + column.ToString(CultureInfo.InvariantCulture) : string.Empty) : string.Empty)
        + (problem.JsonPath is { } path ? " " + path : string.Empty);

    private static (List<Diagnostic> Problems, List<Diagnostic> Consistent, List<string> Notes) Methodology(Stream stream)
    {
        try
        {
            var methodology = Methodologies.Methodology.ReadJson(stream);
            return ([], [], [FormattableString.Invariant($"{methodology.Id}: {methodology.Title}; {methodology.Areas.Length} areas, {methodology.Leaves.Length} leaves, {methodology.MaxPoints} points; years {methodology.Years}.")]);
        }
        catch (DiagnosticException e)
        {
            return ([.. e.Diagnostics], [], ["Every problem is listed; fix them all and validate again."]);
        }
    }

    private static (List<Diagnostic> Problems, List<Diagnostic> Consistent, List<string> Notes) Results(FileInfo file, Stream stream, PublishedIndex index, ParIndex.Csv.CsvOptions csv, string? sheet)
    {
        var read = Input.InputFile.IsWorkbook(file, stream)
            ? ParIndex.Excel.PublishedResultsXlsx.Read(stream, index, sheet, file.Name)
            : ParIndex.Csv.PublishedResultsCsv.Read(stream, index, csv, file.Name);
        Input.InputFile.ThrowIfUnreadable(read, file);
        var problems = read.Diagnostics.ToList();
        var rows = read.Value.Select(r => r.Value).ToList();
        var lineOf = read.Value.ToDictionary(r => (r.Value.Year, r.Value.Province.Code), r => r.Place);

        // The library's checks name units and years, not lines: a unit's line goes back on its problems where the
        // file has the unit in one year only (otherwise the message's year says which row).
        var report = ValidationReport.Validate(rows, PublishedRecord.Aggregates);
        Diagnostic WithLine(Diagnostic found) => lineOf.Where(p => p.Key.Code == found.UnitCode).Select(p => p.Value).ToArray() is [var place]
            ? found with { Line = place.Line, JsonPath = place.Path }
            : found;
        problems.AddRange(report.Problems.Select(WithLine));
        var notes = report.Tables.Select(c => FormattableString.Invariant($"{c.PublishedIndex.Name()} {c.Year}: {c.Rows.Length} rows; {c.WithValue} of {c.Units} with a value, {c.WithRank} with a rank.")).ToList();
        notes.Add("Checked: names against the province list of each year, duplicates, values and ranks in range, published ranks against the order of the published values at the precision the file gives (standard ties; equal values may hold consecutive ranks, since the Ministry ranks on unpublished decimals), published group counts.");
        // Where the embedded record's sources disagree on a row of this file (or keep no row of its year), both
        // readings and both sources are listed as notes.
        var years = rows.Select(r => r.Year).ToHashSet();
        var conflicts = PublishedRecord.Conflicts
            .Where(c => c.PublishedIndex == index && years.Contains(c.Year) && (c.Recorded is null || lineOf.ContainsKey((c.Year, c.Province.Code))))
            .Select(c => WithLine(new Diagnostic(DiagnosticKind.SourcesDisagree, null, c.ToString(), c.Province.Code)));
        return (problems, [.. report.Notes.Select(WithLine), .. conflicts], notes);
    }
}
