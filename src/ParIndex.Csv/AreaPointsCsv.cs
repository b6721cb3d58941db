using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Csv;

/// <summary>
/// Reads units' published points per area from CSV, one row per unit and area: <c>unit,name,area,points</c> (a header
/// row, any column order, names case-insensitive).
/// </summary>
/// <remarks>
/// <para>Points are read in the file's decimal mark (<see cref="CsvOptions"/>); an area given twice for a unit is a
/// problem. Units come out in the order first seen, each placed at its first row. Whether the areas and points fit a
/// methodology is checked by <see cref="Methodologies.MethodologyVersion.IndexFromAreaPoints"/>.</para>
/// <para>Every problem comes back with the file, line and column, quoting the cell as written. Thread-safe.</para>
/// </remarks>
public static class AreaPointsCsv
{
    private static readonly string[] Required = ["unit", "name", "area", "points"];

    /// <summary>Reads a CSV file of area points.</summary>
    /// <param name="path">The file; its name is the source of diagnostics.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <returns>The units' area points, each with the place of its first row, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<Placed<AreaPoints>>> Read(string path, CsvOptions? options)
    {
        var problems = new List<Diagnostic>();
        using var table = CsvTable.Open(path, options, problems.Add);
        return Rows(table, problems);
    }

    /// <summary>Reads a CSV stream of area points.</summary>
    /// <param name="csv">The bytes; read to their end, not closed.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <param name="source">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The units' area points and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadResult<ImmutableArray<Placed<AreaPoints>>> Read(Stream csv, CsvOptions? options, string? source)
    {
        var problems = new List<Diagnostic>();
        using var table = CsvTable.Open(csv, options, source, problems.Add);
        return Rows(table, problems);
    }

    private static ReadResult<ImmutableArray<Placed<AreaPoints>>> Rows(CsvTable table, List<Diagnostic> problems)
    {
        if (!table.Require(Required, []))
        {
            return new([], problems);
        }
        var units = new Dictionary<string, (AssessedUnit Unit, Dictionary<string, decimal> Points, InputPlace Place)>(StringComparer.Ordinal);
        var order = new List<string>();
        while (table.Read())
        {
            var area = table.Field("area");
            if (table.Field("unit").Length == 0)
            {
                problems.Add(table.Place("unit").Problem(DiagnosticKind.MissingAttribute, area, "the row has no unit"));
                continue;
            }
            var unit = new AssessedUnit(table.Field("unit"), table.Field("name") is { Length: > 0 } name ? name : table.Field("unit"));
            var text = table.Field("points");
            if (!IndicatorValue.TryParse(text, IndicatorKind.Points, table.DecimalMark, out var points, out var error) || points.Kind != IndicatorKind.Points)
            {
                problems.Add(table.Place("points").Problem(DiagnosticKind.ValueOutOfRange, area, error ?? $"'{text}' is not a number of points", unit.Code));
                continue;
            }
            if (points.Number < 0m)
            {
                // Refused here, where its line and column are known: no area's points are below zero.
                problems.Add(table.Place("points").Problem(DiagnosticKind.ValueOutOfRange, area, $"'{text}' is below 0 points", unit.Code));
                continue;
            }
            if (!units.TryGetValue(unit.Code, out var entry))
            {
                units.Add(unit.Code, entry = (unit, new Dictionary<string, decimal>(StringComparer.Ordinal), table.Place(-1)));
                order.Add(unit.Code);
            }
            if (!entry.Points.TryAdd(area, points.Number))
            {
                problems.Add(table.Place("area").Problem(DiagnosticKind.DuplicateCode, area, "the area is given twice for the unit", unit.Code));
            }
        }
        table.ReportIfNoRows("area points");
        return new([.. order.Select(code => units[code]).Select(u => new Placed<AreaPoints>(new AreaPoints(u.Unit, u.Points), u.Place))], problems);
    }
}
