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
    /// <see cref="IndicatorValue.TryParse"/>), or JSON numbers (read with a decimal point) and booleans (yes/no). Every
    /// problem is reported with its JSON path ("$.units[0].values['1.1']") and the source's name. Limits: a document of
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
        JsonDocument document;
        var bytes = ReadOnlyMemory<byte>.Empty;
        try
        {
            using var copy = BoundedRead.ReadAtMost(utf8Json, JsonMaxBytes);
            if (copy is null)
            {
                builder.Report(new InputPlace(file, Path: "$").Problem(DiagnosticKind.LimitExceeded, null, JsonMessages.TooLarge(JsonMaxBytes)));
                return;
            }
            // JsonDocument checks UTF-8 only when a string is read, and then throws InvalidOperationException.
            if (!System.Text.Unicode.Utf8.IsValid(copy.GetBuffer().AsSpan(0, (int)copy.Length)))
            {
                builder.Report(new InputPlace(file).Problem(DiagnosticKind.InvalidEncoding, null, "the file is not valid UTF-8; save it as UTF-8"));
                return;
            }
            bytes = copy.GetBuffer().AsMemory(0, (int)copy.Length);
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = JsonMaxDepth });
        }
        catch (JsonException e)
        {
            // The document is read again by the package's own pass, which words the syntax error from the reader's state.
            var problems = new List<Diagnostic>();
            JsonLocator.Check(bytes.Span, JsonMaxDepth, problems, allowComments: false);
            var syntax = problems.Find(p => p.Kind == DiagnosticKind.MalformedJson);
            builder.Report(new InputPlace(file, syntax?.Line ?? (int?)e.LineNumber + 1, syntax?.Column ?? (int?)e.BytePositionInLine + 1)
                .Problem(DiagnosticKind.MalformedJson, null, "malformed JSON: " + (syntax?.Message ?? "the reader stopped here")));
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("units", out var units) || units.ValueKind != JsonValueKind.Array)
            {
                builder.Report(new InputPlace(file, Path: "$").Problem(DiagnosticKind.MissingAttribute, null, "expected an object with a \"units\" array"));
                return;
            }
            int? fileYear = root.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out var yy) ? yy : null;
            var u = 0;
            foreach (var unit in units.EnumerateArray())
            {
                var path = Invariant.Format($"$.units[{u++}]");
                var code = unit.ValueKind == JsonValueKind.Object && unit.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : null;
                int? year = unit.ValueKind == JsonValueKind.Object && unit.TryGetProperty("year", out var uy) && uy.ValueKind == JsonValueKind.Number && uy.TryGetInt32(out var uyy) ? uyy : fileYear;
                if (code is null || year is null || !unit.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
                {
                    builder.Report(new InputPlace(file, Path: path).Problem(DiagnosticKind.MissingAttribute, null, "a unit needs \"code\" (string), \"values\" (object) and a \"year\" (its own or the file's)", code));
                    continue;
                }
                var name = unit.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                foreach (var property in values.EnumerateObject())
                {
                    var text = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString()!,
                        JsonValueKind.True => "yes",
                        JsonValueKind.False => "no",
                        _ => property.Value.GetRawText(),
                    };
                    builder.Add(code, name, year.Value, property.Name, text, DecimalMark.Point, new InputPlace(file, Path: path + ".values['" + property.Name + "']"));
                }
            }
        }
    }
}
