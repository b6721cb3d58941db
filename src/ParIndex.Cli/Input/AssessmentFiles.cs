using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
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
        if (!file.Exists)
        {
            throw new CliException("file not found", file.ToString());
        }
        var problems = new List<Diagnostic>();
        var units = new Dictionary<string, (AssessedUnit Unit, int Year, List<LeafAssessment> Leaves)>(StringComparer.Ordinal);
        using (var reader = new StreamReader(file.FullName))
        using (var csv = CsvReader.Create(reader, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true }, false))
        {
            if (!csv.Read())
            {
                throw new CliException("the file is empty; expected a header row " + string.Join(",", Required), file.ToString());
            }
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in Required.Concat(["appraised", "reason", "evidence", "survey"]))
            {
                if (csv.TryGetFieldIndex(name, out var i))
                {
                    columns[name] = i;
                }
                else if (Required.Contains(name))
                {
                    throw new CliException($"missing column '{name}'; expected {string.Join(",", Required)}[,appraised,reason,evidence,survey]", file + ":1");
                }
            }
            do
            {
                var line = (int)csv.LineNumber;
                string Field(string name) => columns.TryGetValue(name, out var i) ? csv.GetString(i).Trim() : string.Empty;
                var code = Field("code");
                void Problem(string message, string column) =>
                    problems.Add(new Diagnostic(DiagnosticKind.ValueOutOfRange, code, message, Field("unit")) { Line = line, Column = columns[column] + 1 });

                if (!int.TryParse(Field("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    Problem($"'{Field("year")}' is not a year", "year");
                    continue;
                }
                decimal? Score(string column)
                {
                    var text = Field(column);
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
                    NotApplicable = Field("self").Equals("n/a", StringComparison.OrdinalIgnoreCase),
                    AppraisedScore = Score("appraised"),
                    AppraisalReason = Field("reason") is { Length: > 0 } reason ? reason : null,
                    Evidence = [.. Field("evidence").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => new Evidence(d))],
                    SurveyPercent = Score("survey"),
                };
                if (problems.Count > before)
                {
                    continue;
                }
                var unit = Field("unit");
                if (!units.TryGetValue(unit, out var record))
                {
                    units.Add(unit, record = (new AssessedUnit(unit, Field("name") is { Length: > 0 } name ? name : unit), year, []));
                }
                else if (record.Year != year)
                {
                    Problem($"year {year} differs from the unit's earlier rows ({record.Year})", "year");
                    continue;
                }
                record.Leaves.Add(leaf);
            }
            while (csv.Read());
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
}
