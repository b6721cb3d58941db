using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Csv;

/// <summary>
/// Reads assessment records (hồ sơ tự đánh giá và thẩm định: self-assessment and appraisal) from CSV, one row per leaf:
/// <c>unit,name,year,code,self[,appraised,reason,evidence,survey]</c> (a header row, any column order, names
/// case-insensitive).
/// </summary>
/// <remarks>
/// <para><c>self</c> is the self-assessed score in points, or a not-applicable word ("n/a", "không áp dụng");
/// <c>appraised</c> and <c>reason</c> are the appraiser's score and why it changed; <c>evidence</c> lists document
/// numbers separated by <c>;</c>; <c>survey</c> is the survey result in percent for a survey leaf (then <c>self</c> is
/// empty). Numbers are read in the file's decimal mark (<see cref="CsvOptions"/>).</para>
/// <para>Every problem comes back with the file, line and column, quoting the cell as written; a unit's rows must
/// share one year. Units come out in the order they were first seen. Thread-safe.</para>
/// </remarks>
public static class AssessmentsCsv
{
    private static readonly string[] Required = ["unit", "name", "year", "code", "self"];
    private static readonly string[] Optional = ["appraised", "reason", "evidence", "survey"];

    /// <summary>Reads a CSV file of assessment records.</summary>
    /// <param name="path">The file; its name is the source of diagnostics.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <returns>The units' records and every problem; <see cref="ReadResult{T}.GetValueOrThrow"/> throws when there
    /// are any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<AssessmentRecord>> Read(string path, CsvOptions? options)
    {
        var problems = new List<Diagnostic>();
        using var table = CsvTable.Open(path, options, problems.Add);
        return Rows(table, problems);
    }

    /// <summary>Reads a CSV stream of assessment records.</summary>
    /// <param name="csv">The bytes; read to their end, not closed.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <param name="source">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The units' records and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadResult<ImmutableArray<AssessmentRecord>> Read(Stream csv, CsvOptions? options, string? source)
    {
        var problems = new List<Diagnostic>();
        using var table = CsvTable.Open(csv, options, source, problems.Add);
        return Rows(table, problems);
    }

    private static ReadResult<ImmutableArray<AssessmentRecord>> Rows(CsvTable table, List<Diagnostic> problems)
    {
        if (!table.Require(Required, Optional))
        {
            return new([], problems);
        }
        var units = new Dictionary<string, (AssessedUnit Unit, int Year, List<LeafAssessment> Leaves)>(StringComparer.Ordinal);
        while (table.Read())
        {
            var code = table.Field("code");
            var unit = table.Field("unit");
            void Problem(string message, string column) => problems.Add(table.Place(column).Problem(DiagnosticKind.ValueOutOfRange, code, message, unit));

            if (unit.Length == 0 || code.Length == 0)
            {
                var missing = unit.Length == 0 ? "unit" : "code";
                problems.Add(table.Place(missing).Problem(DiagnosticKind.MissingAttribute, NullIfEmpty(code), "the row has no " + missing, NullIfEmpty(unit)));
                continue;
            }
            if (!int.TryParse(table.Field("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                Problem($"'{table.Field("year")}' is not a year", "year");
                continue;
            }
            var before = problems.Count;
            decimal? Score(string column, IndicatorKind kind)
            {
                var text = table.Field(column);
                if (text.Length == 0)
                {
                    return null;
                }
                if (!IndicatorValue.TryParse(text, kind, table.DecimalMark, out var value, out var error))
                {
                    Problem(error, column);
                    return null;
                }
                if (value.Kind != IndicatorKind.NotApplicable && value.Number < 0m)
                {
                    Problem($"'{text}' is below 0", column); // here, where its line and column are known
                    return null;
                }
                return value.Kind == IndicatorKind.NotApplicable ? null : value.Number;
            }
            var leaf = new LeafAssessment
            {
                Code = code,
                SelfScore = Score("self", IndicatorKind.Points),
                NotApplicable = table.Field("self") is { Length: > 0 } self && IndicatorValue.TryParse(self, IndicatorKind.Points, table.DecimalMark, out var v, out _) && v.Kind == IndicatorKind.NotApplicable,
                AppraisedScore = Score("appraised", IndicatorKind.Points),
                AppraisalReason = NullIfEmpty(table.Field("reason")),
                Evidence = [.. table.Field("evidence").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => new Evidence(d))],
                SurveyPercent = Score("survey", IndicatorKind.Percent),
            };
            if (problems.Count > before)
            {
                continue;
            }
            // Keyed as the model keys a code (trimmed, without zero-width characters, NFC): "Sở A" in NFC and NFD is one unit.
            var assessed = new AssessedUnit(unit, NullIfEmpty(table.Field("name")) ?? unit);
            if (!units.TryGetValue(assessed.Code, out var record))
            {
                units.Add(assessed.Code, record = (assessed, year, []));
            }
            else if (record.Year != year)
            {
                Problem(FormattableString.Invariant($"year {year} differs from the unit's earlier rows ({record.Year})"), "year");
                continue;
            }
            record.Leaves.Add(leaf);
        }

        table.ReportIfNoRows("assessments");
        var records = ImmutableArray.CreateBuilder<AssessmentRecord>();
        foreach (var (unit, year, leaves) in units.Values)
        {
            try
            {
                records.Add(new AssessmentRecord(unit, year, leaves));
            }
            catch (InvalidIndicatorsException e)
            {
                problems.AddRange(e.Diagnostics.Select(d => d.Source is null ? new Diagnostic(d.Kind, d.CriterionCode, d.Message, d.UnitCode) { Source = table.Source, Line = d.Line, Column = d.Column, JsonPath = d.JsonPath } : d));
            }
        }
        return new(records.ToImmutable(), problems);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
