using ParIndex.Assessments;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Tables;

/// <summary>Rows of assessment records, <c>unit, name, year, code, self[, appraised, reason, evidence, survey]</c>, one
/// row per leaf, into one <see cref="AssessmentRecord"/> per unit (in the order first seen).</summary>
internal static class AssessmentRows
{
    public static ReadResult<ImmutableArray<AssessmentRecord>> Read(ITextTable? table, List<Diagnostic> problems)
    {
        if (table is null || !table.Require(["unit", "name", "year", "code", "self"], ["appraised", "reason", "evidence", "survey"]))
        {
            return new([], problems);
        }
        var units = new Dictionary<string, (AssessedUnit Unit, int Year, List<LeafAssessment> Leaves, string? Name, InputPlace Place)>(StringComparer.Ordinal);
        while (table.Read())
        {
            var code = table.Field("code");
            var unit = table.Field("unit");
            void Problem(string message, string column) => problems.Add(table.Place(column).Problem(DiagnosticKind.ValueOutOfRange, code, message, unit));

            if (unit.Length == 0 || code.Length == 0)
            {
                var missing = unit.Length == 0 ? "unit" : "code";
                problems.Add(table.Place(missing).Problem(DiagnosticKind.MissingAttribute, Rows.NullIfEmpty(code), "the row has no " + missing, Rows.NullIfEmpty(unit)));
                continue;
            }
            if (!Rows.TryWhole(table.Field("year"), out var year))
            {
                Problem(CellText.IsNot(table.Field("year"), "year", "a year"), "year");
                continue;
            }
            // The free text is shown as written: in the tool's tables, the HTML report and the appraisal's notes.
            if (Rows.ControlCharacter(table, "name", "reason", "evidence") is { } control)
            {
                problems.Add(table.Place(control.Column).Problem(DiagnosticKind.InvalidCode, code, control.Message, unit));
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
                if (!IndicatorValue.TryParse(text, kind, table.Mark(table.Column(column)), out var value, out var error))
                {
                    Problem(error, column);
                    return null;
                }
                if (value.Kind != IndicatorKind.NotApplicable && value.Number < 0m)
                {
                    Problem($"{CellText.Quote(text)} is below 0", column); // here, where its place is known
                    return null;
                }
                if (kind == IndicatorKind.Points && value.Kind == IndicatorKind.Points && Rows.NotWholePoints(text, value.Number) is { } notWhole)
                {
                    Problem(notWhole, column);
                    return null;
                }
                return value.Kind == IndicatorKind.NotApplicable ? null : value.Number;
            }
            var leaf = new LeafAssessment
            {
                Code = code,
                SelfScore = Score("self", IndicatorKind.Points),
                NotApplicable = table.Field("self") is { Length: > 0 } self && IndicatorValue.TryParse(self, IndicatorKind.Points, table.Mark(table.Column("self")), out var v, out _) && v.Kind == IndicatorKind.NotApplicable,
                AppraisedScore = Score("appraised", IndicatorKind.Points),
                AppraisalReason = Rows.NullIfEmpty(table.Field("reason")),
                Evidence = [.. table.Field("evidence").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => new Evidence(d))],
                SurveyPercent = Score("survey", IndicatorKind.Percent),
            };
            if (problems.Count > before)
            {
                continue;
            }
            // Keyed as the model keys a code (trimmed, without zero-width characters, NFC): "Sở A" in NFC and NFD is one unit.
            var assessed = new AssessedUnit(unit, Rows.NullIfEmpty(table.Field("name")) ?? unit);
            if (!units.TryGetValue(assessed.Code, out var record))
            {
                units.Add(assessed.Code, record = (assessed, year, [], Rows.Name(table), table.Place(-1)));
            }
            else if (UnitText.TwoNames(assessed.Code, Rows.Name(table), record.Name, record.Place) is { } twoNames)
            {
                problems.Add(table.Place("name").Problem(DiagnosticKind.DuplicateCode, code, twoNames, unit));
                continue;
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
        foreach (var (unit, year, leaves, _, _) in units.Values)
        {
            try
            {
                records.Add(new AssessmentRecord(unit, year, leaves));
            }
            catch (DiagnosticException e)
            {
                problems.AddRange(e.Diagnostics.Select(d => d.File is null ? d with { File = table.Source, Line = d.Line, Column = d.Column, JsonPath = d.JsonPath } : d));
            }
        }
        return new(records.ToImmutable(), problems);
    }
}
