using System.IO;
using System.Text;
using System.Text.Json;
using NodaTime.Serialization.SystemTextJson;
using ParIndex.Data;

namespace ParIndex.Methodologies;

// The JSON format of a methodology sits beside the model, as the other formats do (Surveys/SurveyJson.cs).
// Source-generated System.Text.Json: no reflection at run time, trim- and AOT-safe.
public sealed partial class Methodology
{
    /// <summary>The version of ParIndex's methodology JSON format (documented by <c>docs/methodology.schema.json</c>,
    /// also embedded in the package) that this library writes and reads.</summary>
    public const int JsonFormatVersion = 1;

    // Built on first use of the JSON members, not with every methodology.
    private static class Json
    {
        internal static readonly MethodologyJsonContext Context = new(new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            ReadCommentHandling = JsonCommentHandling.Skip, // the embedded catalogue cites its sources in comments
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Vietnamese readable
            Converters = { NodaConverters.LocalDateConverter, NodaConverters.AnnualDateConverter },
        });

        internal static readonly Lazy<string> Schema = new(() => EmbeddedData.ReadText("methodology.schema.json"));
    }

    /// <summary>Gets the JSON Schema (draft-07) of the methodology JSON format, as shipped in the package and in
    /// <c>docs/</c>. It checks the shape of a document; the reader also checks what a schema cannot (unique codes, sums,
    /// bands).</summary>
    public static string JsonSchema => Json.Schema.Value;

    /// <summary>Reads a methodology (bộ chỉ số) from UTF-8 JSON in ParIndex's format.</summary>
    /// <param name="utf8Json">The document: at most 4 MiB and 64 levels deep.</param>
    /// <returns>The validated methodology.</returns>
    /// <remarks>
    /// <para>Reading never yields a half-built methodology: it returns a validated <see cref="Methodology"/> or throws a
    /// <see cref="DiagnosticException"/> whose diagnostics name the JSON path, line and column and the rule broken
    /// ("$.areas[0].criteria[3] (line 41, column 11), criterion 1.1.4: bands overlap at 90%"). Bad syntax or a value of
    /// the wrong JSON type stops at the first such error; otherwise every problem of the file is reported together:
    /// first those of its structure (missing, unknown and repeated properties, unknown kinds), then, when the structure
    /// is sound, those of the model (sums, bands, duplicate codes). Thread-safe.</para>
    /// </remarks>
    /// <exception cref="DiagnosticException">The document is malformed, breaks a limit, does not follow the
    /// format, or describes an invalid methodology; every problem found is listed with its place.</exception>
    public static Methodology ReadJson(ReadOnlySpan<byte> utf8Json) => ReadJson(utf8Json, null);

    // The limits are options for the tests and the fuzzers, which try them at their edges; users have the defaults.
    internal static Methodology ReadJson(ReadOnlySpan<byte> utf8Json, MethodologyJsonOptions? options) =>
        MethodologyDocumentReader.Read(utf8Json, options ?? MethodologyJsonOptions.Default);

    /// <summary>Reads a methodology from JSON text in ParIndex's format.</summary>
    /// <param name="json">The document: at most 4 MiB as UTF-8 and 64 levels deep.</param>
    /// <returns>The validated methodology.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DiagnosticException">As for <see cref="ReadJson(ReadOnlySpan{byte})"/>.</exception>
    public static Methodology ParseJson(string json) => ParseJson(json, null);

    internal static Methodology ParseJson(string json, MethodologyJsonOptions? options) =>
        ReadJson(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json, nameof(json))), options);

    /// <summary>Reads a methodology from a stream of UTF-8 JSON in ParIndex's format, up to the size limit.</summary>
    /// <param name="utf8Json">The stream (at most 4 MiB); read to its end, not closed.</param>
    /// <returns>The validated methodology.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DiagnosticException">As for <see cref="ReadJson(ReadOnlySpan{byte})"/>.</exception>
    public static Methodology ReadJson(Stream utf8Json) => ReadJson(utf8Json, null);

    internal static Methodology ReadJson(Stream utf8Json, MethodologyJsonOptions? options)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        options ??= MethodologyJsonOptions.Default;
        using var buffer = BoundedRead.ReadAtMost(utf8Json, options.MaxBytes)
            ?? throw new InvalidMethodologyException([new Diagnostic(DiagnosticKind.LimitExceeded, null, JsonMessages.TooLarge(options.MaxBytes)) { JsonPath = "$" }]);
        return ReadJson(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Writes a methodology as indented UTF-8 JSON in ParIndex's format.</summary>
    /// <param name="methodology">The methodology.</param>
    /// <returns>The document, which <see cref="ReadJson(ReadOnlySpan{byte})"/> reads back to an equal methodology.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="methodology"/> is null.</exception>
    /// <exception cref="DiagnosticException">A leaf carries a rule type of the user's own, which has no JSON form
    /// (the diagnostic names the leaf).</exception>
    public static byte[] WriteJsonUtf8(Methodology methodology) =>
        JsonSerializer.SerializeToUtf8Bytes(MethodologyDocumentWriter.Write(Preconditions.CheckNotNull(methodology, nameof(methodology))), Json.Context.MethodologyDocument);

    /// <summary>Writes a methodology as indented JSON text in ParIndex's format.</summary>
    /// <param name="methodology">The methodology.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="methodology"/> is null.</exception>
    /// <exception cref="DiagnosticException">A leaf carries a rule type that has no JSON form.</exception>
    public static string WriteJson(Methodology methodology) => Encoding.UTF8.GetString(WriteJsonUtf8(methodology));
}
