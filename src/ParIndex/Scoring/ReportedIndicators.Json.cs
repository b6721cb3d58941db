using System.IO;
using System.Text.Json;
using ParIndex.Methodologies;
using ParIndex.Rules;

namespace ParIndex.Scoring;

// The JSON format of units' reported indicators sits beside the model, as the other formats do.
public sealed partial class ReportedIndicators
{
    // The document is held whole while it is read. 16 MiB is some fifty times a year of every province's indicators
    // (63 units × about 100 leaves), and a units array inside an object needs no more than 16 levels.
    private const int JsonMaxBytes = 16 * 1024 * 1024;
    private const int JsonMaxDepth = 16;

    /// <summary>Reads a JSON document of units' reported indicators:
    /// <c>{"year": 2024, "units": [{"code": "CM", "name": "Cà Mau", "values": {"1.1": "95%", "1.2": true, "1.3": 3}}]}</c>.</summary>
    /// <param name="utf8Json">The document, UTF-8; read to its end, not closed.</param>
    /// <param name="methodology">The methodology whose leaves the codes name.</param>
    /// <param name="file">The file's name for diagnostics ("units.json"), or <see langword="null"/>.</param>
    /// <returns>The units' indicators and every problem; <see cref="ReadResult{T}.GetValueOrThrow"/> throws when
    /// there are any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="methodology"/> is null.</exception>
    /// <remarks>
    /// A unit may carry its own <c>"year"</c>. Values are strings written as in a CSV cell (see
    /// <see cref="IndicatorValue.TryParse"/>), or JSON numbers (read with a decimal point) and booleans (yes/no). The
    /// document is read as the methodology and plan documents are: comments are skipped, a property name repeated in one
    /// object is an error (<see cref="DiagnosticKind.DuplicateProperty"/>), properties the format does not read are let
    /// be. Every problem is reported with its JSON path ("$.units[0].values['1.1']"), its line and column, and the
    /// source's name. Limits: a document of
    /// more than 16 MiB is refused unread (<see cref="DiagnosticKind.LimitExceeded"/>), one nested more than 16 deep is
    /// malformed (<see cref="DiagnosticKind.MalformedJson"/>). Thread-safe.
    /// </remarks>
    public static ReadResult<ImmutableArray<ReportedIndicators>> ReadJson(Stream utf8Json, Methodology methodology, string? file = null)
    {
        var builder = new ReportedIndicatorsBuilder(methodology);
        ReadJsonInto(builder, utf8Json, file);
        return builder.Build();
    }

    /// <summary>Reads a JSON document of units' reported indicators (as <see cref="ReadJson"/> reads it) into a builder that
    /// may hold other files' units.</summary>
    /// <param name="builder">The builder to add the rows to.</param>
    /// <param name="utf8Json">The document, UTF-8; read to its end, not closed.</param>
    /// <param name="file">The file's name for diagnostics, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void ReadJsonInto(ReportedIndicatorsBuilder builder, Stream utf8Json, string? file = null)
    {
        Preconditions.CheckNotNull(builder, nameof(builder));
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        using var copy = BoundedRead.ReadAtMost(utf8Json, JsonMaxBytes);
        if (copy is null)
        {
            builder.Report(new InputPlace(file, Path: "$").Problem(DiagnosticKind.LimitExceeded, null, JsonMessages.TooLarge(JsonMaxBytes)));
            return;
        }
        ReadOnlySpan<byte> utf8 = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        var problems = new List<Diagnostic>();
        using (var document = JsonWalker.Open(ref utf8, JsonMaxBytes, JsonMaxDepth, problems))
        {
            if (document is not null)
            {
                // Every value's place, found before the values are added: the builder reports what it finds in a value
                // at the place it is given.
                var positions = JsonLocator.Locate(utf8, JsonMaxDepth);
                var json = new JsonWalker();
                ReadUnits(builder, json, document.RootElement, positions, file);
                problems.AddRange(json.Placed(positions, firstTypeErrorOnly: false));
            }
        }
        foreach (var problem in problems)
        {
            builder.Report(new InputPlace(file, problem.Line, problem.Column, problem.JsonPath).Problem(problem.Kind, problem.ItemCode, problem.Message, problem.UnitCode));
        }
    }

    private static void ReadUnits(ReportedIndicatorsBuilder builder, JsonWalker json, JsonElement root, Dictionary<string, (int Line, int Column)> positions, string? file)
    {
        // Properties the format does not read are let be, as they always were: a writer may add its own.
        if (!json.AnyObject(root, "$"))
        {
            return;
        }
        var before = json.ProblemCount;
        var fileYear = json.Int(root, "$", "year", required: false);
        var fileYearRead = json.ProblemCount == before; // a year written wrong is reported once, not again for each unit
        before = json.ProblemCount;
        var units = json.Array(root, "$", "units", required: true);
        if (units.Count == 0 && json.ProblemCount == before)
        {
            // As a CSV file with a header and no rows is: a file that reports nothing is a mistake, not zero units.
            json.Add(DiagnosticKind.Empty, "$.units", "the file has no units: \"units\" is an empty array");
        }
        foreach (var (unit, path) in units)
        {
            if (!json.AnyObject(unit, path))
            {
                continue;
            }
            before = json.ProblemCount;
            // A blank code is said once, at its property, not as "the row has no unit" at each of the unit's values.
            var code = json.String(unit, path, "code", required: true, nonEmpty: true);
            var name = json.String(unit, path, "name", required: false);
            if (name is not null && CellText.UnitName(name) is { } badName)
            {
                // As a table's name cell is refused: a tab or a line break (the walker lets them be in a string) would pass
                // into every output that shows the unit.
                json.Add(new Diagnostic(DiagnosticKind.InvalidCode, null, badName, code), JsonLocator.Child(path, "name"));
                continue;
            }
            var year = json.Int(unit, path, "year", required: false) ?? fileYear;
            var values = json.Property(unit, path, "values", required: true);
            var valuesPath = JsonLocator.Child(path, "values");
            if (values is { } v && !json.AnyObject(v, valuesPath))
            {
                continue;
            }
            if (year is null && json.ProblemCount == before && fileYearRead)
            {
                json.Add(new Diagnostic(DiagnosticKind.MissingAttribute, null, "a unit needs a \"year\", its own or the file's", code), path);
            }
            if (code is null || year is null || values is null)
            {
                continue;
            }
            if (!values.Value.EnumerateObject().Any())
            {
                // No row of it would reach the builder, and the unit would vanish without a word (a CSV unit exists by its rows).
                json.Add(new Diagnostic(DiagnosticKind.Empty, null, "no values are reported: \"values\" is an empty object", code), valuesPath);
                continue;
            }
            foreach (var property in values.Value.EnumerateObject())
            {
                // Anything but a string is read as written (true, false, 95, null are words and numbers of the value list), so
                // that a problem quotes the document's own text, not a word it was turned into.
                var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                var valuePath = JsonLocator.Child(valuesPath, property.Name);
                var place = positions.TryGetValue(valuePath, out var at) ? new InputPlace(file, at.Line, at.Column, valuePath) : new InputPlace(file, Path: valuePath);
                builder.Add(code, name, year.Value, property.Name, text, DecimalMark.Point, place);
            }
        }
    }
}
