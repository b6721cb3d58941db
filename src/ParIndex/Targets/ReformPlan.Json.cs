using System.Text;
using ParIndex.Data;

namespace ParIndex.Targets;

// The plan JSON format, beside the model it reads and writes.
public sealed partial class ReformPlan
{
    /// <summary>The version of the plan JSON format this library reads and writes.</summary>
    public const int JsonFormatVersion = 1;

    private const int MaxJsonBytes = 4 * 1024 * 1024;
    private const int MaxJsonDepth = 64;

    private static readonly Lazy<string> SchemaText = new(() => EmbeddedData.ReadText("reform-plans.schema.json"));

    /// <summary>Gets the JSON Schema (draft-07) of the plan format, in which <see cref="ReadJson(ReadOnlySpan{byte})"/>
    /// reads reform plans (kế hoạch cải cách hành chính) and their targets and <see cref="WriteJson"/> writes them (also
    /// <c>docs/reform-plans.schema.json</c>; the embedded <see cref="Seeds"/> are written in it). It checks a document's
    /// shape; the reader also checks what a schema cannot (deadlines inside the period, unique ids, province codes).</summary>
    /// <remarks>
    /// <para>A document is <c>{ "formatVersion": 1, "plans": [ … ] }</c>; comments are allowed (cite the source beside the
    /// numbers), trailing commas, repeated properties and properties the format does not define are errors. Reading never
    /// yields half a plan: it returns every plan or throws an <see cref="DiagnosticException"/> whose diagnostics name the
    /// JSON path, line and column of each problem ("$.plans[0].targets[3].goal (line 41, column 19): …"). Bad syntax stops
    /// at the first error; otherwise every problem is reported together. Limits: 4 MiB, depth 64. Thread-safe.</para>
    /// </remarks>
    public static string JsonSchema => SchemaText.Value;

    /// <summary>Reads plans from UTF-8 JSON in the format of <see cref="JsonSchema"/>.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The plans, in the document's order.</returns>
    /// <exception cref="DiagnosticException">The document is malformed, too large or too deep, does not follow the
    /// format, or describes an invalid plan; every problem found is listed with its place.</exception>
    public static ImmutableArray<ReformPlan> ReadJson(ReadOnlySpan<byte> utf8Json) => PlanDocumentReader.Read(utf8Json, MaxJsonBytes, MaxJsonDepth);

    /// <summary>Reads plans from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The plans, in the document's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DiagnosticException">As for <see cref="ReadJson(ReadOnlySpan{byte})"/>.</exception>
    public static ImmutableArray<ReformPlan> ParseJson(string json) =>
        ReadJson(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json, nameof(json))));

    /// <summary>Writes plans as indented UTF-8 JSON, which <see cref="ReadJson(ReadOnlySpan{byte})"/> reads back to
    /// plans with equal targets, phases and documents.</summary>
    /// <param name="plans">The plans.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plans"/> contains null.</exception>
    public static byte[] WriteJsonUtf8(IEnumerable<ReformPlan> plans)
    {
        ImmutableArray<ReformPlan> all = [.. Preconditions.CheckNotNull(plans, nameof(plans))];
        Preconditions.CheckNoNulls(all, nameof(plans));
        return PlanDocumentWriter.Write(all);
    }

    /// <summary>Writes plans as indented JSON text.</summary>
    /// <param name="plans">The plans.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plans"/> contains null.</exception>
    public static string WriteJson(IEnumerable<ReformPlan> plans) => Encoding.UTF8.GetString(WriteJsonUtf8(plans));
}
