using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Scoring;

namespace ParIndex.Cli.Input;

/// <summary>
/// Reads assessment records (self-assessment and appraisal) from CSV, one row per leaf:
/// <c>unit,name,year,code,self,appraised,reason,evidence,survey</c>. <c>self</c> is the self-assessed score or
/// <c>n/a</c>; <c>appraised</c> and <c>reason</c> are the appraiser's score and why it changed; <c>evidence</c> lists
/// document numbers separated by <c>;</c>; <c>survey</c> is the survey result in percent for a survey leaf (then
/// <c>self</c> is empty). Only <c>unit,name,year,code,self</c> are required columns.
/// </summary>
internal static class AssessmentFiles
{
    private static readonly string[] Required = ["unit", "name", "year", "code", "self"];

    public static List<AssessmentRecord> Read(FileInfo file)
    {
        var problems = new List<Diagnostic>();
        var units = new Dictionary<string, (AssessedUnit Unit, int Year, List<LeafAssessment> Leaves)>(StringComparer.Ordinal);
        using (var csv = CsvInput.Open(file, Required, ["appraised", "reason", "evidence", "survey"]))
        {
            foreach (var line in csv.Rows())
            {
                var code = csv.Field("code");
                void Problem(string message, string column) => problems.Add(csv.Problem(DiagnosticKind.ValueOutOfRange, column, message, code, csv.Field("unit")));

                if (csv.Field("unit").Length == 0 || code.Length == 0)
                {
                    var missing = csv.Field("unit").Length == 0 ? "unit" : "code";
                    problems.Add(csv.Problem(DiagnosticKind.MissingAttribute, missing, "the row has no " + missing, NullIfEmpty(code), NullIfEmpty(csv.Field("unit"))));
                    continue;
                }
                if (!int.TryParse(csv.Field("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    Problem($"'{csv.Field("year")}' is not a year", "year");
                    continue;
                }
                decimal? Score(string column)
                {
                    var text = csv.Field(column);
                    if (text.Length == 0 || text.Equals("n/a", StringComparison.OrdinalIgnoreCase))
                    {
                        return null;
                    }
                    if (decimal.TryParse(text.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score))
                    {
                        return score;
                    }
                    Problem($"'{text}' is not a number of points (write decimals with a dot)", column);
                    return null;
                }
                var before = problems.Count;
                var leaf = new LeafAssessment
                {
                    Code = code,
                    SelfScore = Score("self"),
                    NotApplicable = csv.Field("self").Equals("n/a", StringComparison.OrdinalIgnoreCase),
                    AppraisedScore = Score("appraised"),
                    AppraisalReason = csv.Field("reason") is { Length: > 0 } reason ? reason : null,
                    Evidence = [.. csv.Field("evidence").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => new Evidence(d))],
                    SurveyPercent = Score("survey"),
                };
                if (problems.Count > before)
                {
                    continue;
                }
                var unit = csv.Field("unit");
                if (!units.TryGetValue(unit, out var record))
                {
                    units.Add(unit, record = (new AssessedUnit(unit, csv.Field("name") is { Length: > 0 } name ? name : unit), year, []));
                }
                else if (record.Year != year)
                {
                    Problem($"year {year} differs from the unit's earlier rows ({record.Year})", "year");
                    continue;
                }
                record.Leaves.Add(leaf);
            }
        }

        var records = new List<AssessmentRecord>();
        foreach (var (unit, year, leaves) in units.Values)
        {
            try
            {
                records.Add(new AssessmentRecord(unit, year, leaves));
            }
            catch (InvalidIndicatorsException e)
            {
                problems.AddRange(e.Diagnostics);
            }
        }
        return problems.Count == 0 ? records : throw new CliException($"{problems.Count} problem(s) in the assessment", file.ToString(), diagnostics: problems);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
