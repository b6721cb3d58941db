using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Tables;

/// <summary>Rows of published points per area, <c>unit, name, area, points</c>, into one <see cref="AreaPoints"/> per
/// unit (in the order first seen, placed at its first row).</summary>
internal static class AreaPointRows
{
    public static ReadResult<ImmutableArray<Placed<AreaPoints>>> Read(ITextTable? table, List<Diagnostic> problems)
    {
        if (table is null || !table.Require(["unit", "name", "area", "points"], []))
        {
            return new([], problems);
        }
        var units = new Dictionary<string, (AssessedUnit Unit, string? Name, Dictionary<string, decimal> Points, InputPlace Place)>(StringComparer.Ordinal);
        var order = new List<string>();
        while (table.Read())
        {
            var area = table.Field("area");
            if (table.Field("unit").Length == 0)
            {
                problems.Add(table.Place("unit").Problem(DiagnosticKind.MissingAttribute, area, "the row has no unit"));
                continue;
            }
            if (Rows.ControlCharacter(table, "name") is { } control)
            {
                problems.Add(table.Place(control.Column).Problem(DiagnosticKind.InvalidCode, area, control.Message, table.Field("unit")));
                continue;
            }
            var unit = new AssessedUnit(table.Field("unit"), table.Field("name") is { Length: > 0 } name ? name : table.Field("unit"));
            var text = table.Field("points");
            if (!IndicatorValue.TryParse(text, IndicatorKind.Points, table.Mark(table.Column("points")), out var points, out var error) || points.Kind != IndicatorKind.Points)
            {
                problems.Add(table.Place("points").Problem(DiagnosticKind.ValueOutOfRange, area, string.IsNullOrWhiteSpace(text) ? CellText.Empty("points") : error ?? $"{CellText.Quote(text)} is not a number of points", unit.Code));
                continue;
            }
            if (points.Number < 0m)
            {
                // Refused here, where its place is known: no area's points are below zero.
                problems.Add(table.Place("points").Problem(DiagnosticKind.ValueOutOfRange, area, $"{CellText.Quote(text)} is below 0 points", unit.Code));
                continue;
            }
            if (Rows.NotWholePoints(text, points.Number) is { } notWhole)
            {
                problems.Add(table.Place("points").Problem(DiagnosticKind.ValueOutOfRange, area, notWhole, unit.Code));
                continue;
            }
            if (!units.TryGetValue(unit.Code, out var entry))
            {
                units.Add(unit.Code, entry = (unit, Rows.Name(table), new Dictionary<string, decimal>(StringComparer.Ordinal), table.Place(-1)));
                order.Add(unit.Code);
            }
            else if (UnitText.TwoNames(unit.Code, Rows.Name(table), entry.Name, entry.Place) is { } twoNames)
            {
                problems.Add(table.Place("name").Problem(DiagnosticKind.DuplicateCode, area, twoNames, unit.Code));
                continue;
            }
            if (!entry.Points.TryAdd(area, points.Number))
            {
                problems.Add(table.Place("area").Problem(DiagnosticKind.DuplicateCode, area, "the area is given twice for the unit", unit.Code));
            }
        }
        table.ReportIfNoRows("area points");
        var read = ImmutableArray.CreateBuilder<Placed<AreaPoints>>(order.Count);
        foreach (var (unit, _, points, place) in order.Select(code => units[code]))
        {
            try
            {
                read.Add(new(new AreaPoints(unit, points), place));
            }
            catch (ArgumentException)
            {
                // Two area codes that differ only in what a key's normal form removes ("8" and "8" with a zero-width space).
                problems.Add(place.Problem(DiagnosticKind.DuplicateCode, null, "an area is given twice for the unit: two of its area codes differ only in invisible characters", unit.Code));
            }
        }
        return new(read.ToImmutable(), problems);
    }
}
