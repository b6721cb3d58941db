using ParIndex.Cli.Input;
using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex score</c>: units' indicators scored under a methodology into scorecards (total, index, group,
/// area indices).</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var input = new ScoredInput();
        var year = Options.Year("With --area-points: the assessment year whose official methodology (the catalogue's outline) weighs the areas; with --indicators: only the units of that year.");
        var areaPoints = new Option<System.IO.FileInfo?>("--area-points") { Description = "Units' points per area, CSV or an Excel workbook: unit,name,area,points; scored with the official area maxima of --year." };
        var command = new Command("score", "Score units' reported indicators under a methodology: points, index, group and area indices;\n" +
            "or units' area points under the official methodology of a year.\n" +
            "Examples:\n  parindex score --methodology CA-MAU-1880-2013-FRAGMENT --indicators samples/data/indicators-ca-mau-fragment.csv\n" +
            "  parindex score --year 2017 --area-points areas.csv")
        {
            input.Methodology, input.Indicators, year, areaPoints,
        };
        CommandContext.Bind(command, context =>
        {
            if (context.Parse.GetValue(areaPoints) is { } file)
            {
                context.Write([OfficialAreas(context.CheckedYear(year) ?? context.Required(year), file, context.Csv, context.Sheet)]);
                return ExitCodes.Ok;
            }
            var (loaded, scored) = input.Score(context);
            // --year with indicator files picks that year's units, as rank does, rather than being ignored.
            var scorecards = context.CheckedYear(year) is { } only ? Options.OfOneYear(scored, c => c.Year, only, year.Name) : [.. scored];
            var areas = loaded.Areas;
            var columns = new List<string> { "code", "unit", "year", "points", "max_points", "index", "group" };
            columns.AddRange(areas.Select(a => "area_" + a.Code));
            var rows = scorecards.Select(card =>
            {
                var cells = new List<object?> { card.Unit.Code, card.Unit.Name, card.Year, card.Points, card.MaxPoints, Figures.Index(card.RoundedIndex), GroupScheme.Ministry.Classify(card.RoundedIndex)?.Name };
                cells.AddRange(areas.Select(a => card[a.Code].Percent is { } percent ? (object)Figures.Index(percent) : null));
                return cells;
            });
            context.Write(
            [
                new ResultTable(
                    "scorecards",
                    $"{loaded.Title} ({loaded.Id})",
                    columns,
                    rows,
                    [
                        "index = points ÷ applicable maximum × 100, shown to 2 decimals (half away from zero); area_N = the area's points as % of its applicable maximum.",
                        "Areas: " + string.Join("; ", areas.Select(a => $"{a.Code} {a.Name} (max {a.MaxPoints})")),
                        .. scorecards.SelectMany(card => areas.Where(a => card[a.Code].Percent is null)
                            .Select(a => $"area_{a.Code} of {card.Unit.Code} {card.Unit.Name} is blank: nothing of area {a.Code} applies to it (0 of 0 points), so it has no percentage and is not ranked by that area.")),
                    ]),
            ]);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Units' area points weighed by the official methodology of a year (the catalogue's outline: area maxima).</summary>
    private static ResultTable OfficialAreas(int year, System.IO.FileInfo file, ParIndex.Csv.CsvOptions csv, string? sheet)
    {
        Options.CheckYear(year);
        Methodologies.MethodologyVersion version;
        try
        {
            version = Methodologies.MethodologyVersion.For(Methodologies.SubjectKind.Province, year);
        }
        catch (System.ArgumentOutOfRangeException e)
        {
            throw new CliException(CliException.Said(e), "--year", e);
        }
        if (!version.HasAreaMaxima)
        {
            throw new CliException(
                $"{version.Id} is in the catalogue as {version.Completeness.ToString().ToLowerInvariant()} only: not every area has a sourced maximum, so area points cannot be weighed (years with all area maxima: {string.Join(", ", Methodologies.MethodologyVersion.All.Where(v => v.SubjectKind == Methodologies.SubjectKind.Province && v.HasAreaMaxima).Select(v => v.Years))})",
                "--year");
        }

        ImmutableArray<Placed<AreaPoints>> units;
        using (var stream = InputFile.Open(file))
        {
            units = InputFile.ValueOrThrow(
                InputFile.IsWorkbook(file, stream) ? ParIndex.Excel.AreaPointsXlsx.Read(stream, sheet, file.ToString()) : ParIndex.Csv.AreaPointsCsv.Read(stream, csv, file.ToString()),
                file, "area points");
        }
        var rows = new List<object?[]>();
        var problems = new List<Diagnostic>();
        foreach (var (unit, place) in units)
        {
            try
            {
                var index = version.IndexFromAreaPoints(unit.Points);
                rows.Add([unit.Unit.Code, unit.Unit.Name, Figures.Plain(unit.Points.Values.Sum()), Figures.Plain(version.MaxPoints), Figures.Index(index), GroupScheme.Ministry.Classify(Figures.Index(index))?.Name]);
            }
            catch (System.ArgumentException e)
            {
                problems.Add(place.Problem(DiagnosticKind.ValueOutOfRange, null, CliException.Said(e), unit.Unit.Code));
            }
        }
        if (problems.Count > 0)
        {
            throw new CliException($"{CliException.Problems(problems.Count)} in the area points", file.ToString(), diagnostics: problems);
        }
        return new ResultTable(
            "scorecards",
            $"{version.Id}: index from area points",
            ["code", "unit", "points", "max_points", "index", "group"],
            rows,
            [
                $"Area maxima of {version.Id} ({string.Join("; ", version.Decisions)}): " + string.Join("; ", version.Areas.Select(a => $"{a.Code} {a.Name} {a.MaxPoints}")),
                "Sources: " + string.Join("; ", version.Sources),
                RoundingNote(version.Areas.Length, units.SelectMany(u => u.Value.Points.Values)),
            ]);
    }

    /// <summary>Published area points are rounded: n parts, each within half a unit of its last decimal, and the
    /// published total within half a unit too, so their sum may miss the published total by (n + 1) half units.</summary>
    private static string RoundingNote(int areas, IEnumerable<decimal> points)
    {
        var decimals = points.Select(p => (int)p.Scale).DefaultIfEmpty(0).Max();
        var half = 0.5m / (decimal)System.Math.Pow(10, decimals);
        return System.FormattableString.Invariant($"Published area points are rounded ({decimals} decimals given): their sum may differ from the unit's published total by up to {areas} × {half} + {half} = {(areas + 1) * half} points.");
    }
}
