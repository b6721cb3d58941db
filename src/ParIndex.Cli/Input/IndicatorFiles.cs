using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ParIndex.Methodologies;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Cli.Input;

/// <summary>
/// Reads units' reported indicators from CSV or JSON files, reading each value by the kind its criterion's rule reads.
/// </summary>
/// <remarks>
/// <para>CSV, one row per value: <c>unit,name,year,code,value</c> (a header row, any column order, names
/// case-insensitive).</para>
/// <para>JSON: <c>{"year": 2024, "units": [{"code": "CM", "name": "Cà Mau", "values": {"1.1": "95%"}}]}</c>; a unit may
/// carry its own "year"; values are strings as in CSV, or numbers and booleans.</para>
/// <para>Every problem of every file is reported together, each with its file and line (CSV) or JSON path.</para>
/// </remarks>
internal static class IndicatorFiles
{
    private static readonly string[] CsvColumns = ["unit", "name", "year", "code", "value"];

    public static List<ReportedIndicators> Read(IEnumerable<FileInfo> files, Methodology methodology)
    {
        var units = new List<ReportedIndicators>();
        var problems = new List<(string File, Diagnostic Problem)>();
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                throw new CliException("file not found", file.ToString()); // checked here for JSON files too
            }
            var drafts = file.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase)
                ? ReadJson(file, methodology, problems)
                : ReadCsv(file, methodology, problems);
            foreach (var draft in drafts)
            {
                try
                {
                    units.Add(new ReportedIndicators(new AssessedUnit(draft.Code, draft.Name), draft.Year, draft.Values));
                }
                catch (InvalidIndicatorsException e)
                {
                    problems.AddRange(e.Diagnostics.Select(d => (file.ToString(), d)));
                }
            }
        }
        if (problems.Count > 0)
        {
            var files1 = problems.Select(p => p.File).Distinct().ToArray();
            throw new CliException(
                $"{problems.Count} problem(s) in the indicators",
                files1.Length == 1 ? files1[0] : string.Join(", ", files1),
                diagnostics: problems.Select(p => p.Problem));
        }
        var duplicate = units.GroupBy(u => u.Unit.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CliException($"unit {duplicate.Key} is reported more than once across the files", string.Join(", ", files));
        }
        return units;
    }

    private sealed class Draft(string code, string name, int year)
    {
        public string Code { get; } = code;

        public string Name { get; } = name;

        public int Year { get; } = year;

        public List<KeyValuePair<string, IndicatorValue>> Values { get; } = [];
    }

    private static List<Draft> ReadCsv(FileInfo file, Methodology methodology, List<(string File, Diagnostic Problem)> problems)
    {
        var drafts = new Dictionary<string, Draft>(StringComparer.Ordinal);
        using var csv = CsvInput.Open(file, CsvColumns);
        foreach (var line in csv.Rows())
        {
            var unit = csv.Field("unit");
            var code = csv.Field("code");
            void Problem(DiagnosticKind kind, string message, string column) =>
                problems.Add((file.ToString(), csv.Problem(kind, column, message, NullIfEmpty(code), NullIfEmpty(unit))));

            if (unit.Length == 0)
            {
                Problem(DiagnosticKind.MissingAttribute, "the row has no unit", "unit");
                continue;
            }
            if (!int.TryParse(csv.Field("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                Problem(DiagnosticKind.WrongYear, $"'{csv.Field("year")}' is not a year", "year");
                continue;
            }
            if (!drafts.TryGetValue(unit, out var draft))
            {
                drafts.Add(unit, draft = new Draft(unit, csv.Field("name") is { Length: > 0 } name ? name : unit, year));
            }
            else if (draft.Year != year)
            {
                Problem(DiagnosticKind.WrongYear, $"year {year} differs from the unit's earlier rows ({draft.Year})", "year");
                continue;
            }
            if (ReadValue(methodology, code, csv.Field("value"), out var value) is { } problem)
            {
                Problem(problem.Kind, problem.Message, problem.Kind == DiagnosticKind.UnknownCode ? "code" : "value");
                continue;
            }
            draft.Values.Add(KeyValuePair.Create(code, value));
        }
        return [.. drafts.Values];
    }

    private static List<Draft> ReadJson(FileInfo file, Methodology methodology, List<(string File, Diagnostic Problem)> problems)
    {
        JsonDocument document;
        try
        {
            using var stream = file.OpenRead();
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new CliException("malformed JSON: " + e.Message, $"{file}:{e.LineNumber + 1}:{e.BytePositionInLine + 1}", e);
        }
        using (document)
        {
            var drafts = new List<Draft>();
            var root = document.RootElement;
            void Problem(DiagnosticKind kind, string? code, string message, string path, string? unit = null) =>
                problems.Add((file.ToString(), new Diagnostic(kind, code, message, unit) { JsonPath = path }));

            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("units", out var unitsElement) || unitsElement.ValueKind != JsonValueKind.Array)
            {
                Problem(DiagnosticKind.MissingAttribute, null, "expected an object with a \"units\" array", "$");
                return drafts;
            }
            int? fileYear = root.TryGetProperty("year", out var y) && y.TryGetInt32(out var yy) ? yy : null;
            var u = 0;
            foreach (var element in unitsElement.EnumerateArray())
            {
                var path = $"$.units[{u++}]";
                var code = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : null;
                int? year = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("year", out var uy) && uy.TryGetInt32(out var uyy) ? uyy : fileYear;
                if (code is null || year is null || !element.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
                {
                    Problem(DiagnosticKind.MissingAttribute, null, "a unit needs \"code\" (string), \"values\" (object) and a \"year\" (its own or the file's)", path, code);
                    continue;
                }
                var name = element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : code;
                var draft = new Draft(code, name, year.Value);
                drafts.Add(draft);
                foreach (var property in values.EnumerateObject())
                {
                    var text = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString()!,
                        JsonValueKind.Number => property.Value.GetRawText(),
                        JsonValueKind.True => "yes",
                        JsonValueKind.False => "no",
                        _ => property.Value.GetRawText(),
                    };
                    if (ReadValue(methodology, property.Name, text, out var value) is { } problem)
                    {
                        Problem(problem.Kind, property.Name, problem.Message, $"{path}.values['{property.Name}']", code);
                        continue;
                    }
                    draft.Values.Add(KeyValuePair.Create(property.Name, value));
                }
            }
            return drafts;
        }
    }

    private static (DiagnosticKind Kind, string Message)? ReadValue(Methodology methodology, string code, string text, out IndicatorValue value)
    {
        value = default;
        if (methodology.Find(code) is not Criterion { IsLeaf: true } leaf)
        {
            return (DiagnosticKind.UnknownCode, methodology.Find(code) is null
                ? $"no criterion of {methodology.Id} has the code '{code}'"
                : $"criterion {code} has sub-criteria; report its leaves");
        }
        return ValueText.TryParse(text, leaf.Rule!.InputKind, out value, out var problem)
            ? null
            : (DiagnosticKind.WrongIndicatorKind, problem! + " for " + leaf.Name);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
