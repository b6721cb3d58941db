using System.IO;
using System.Text;
using System.Text.Json;

namespace ParIndex.Data;

/// <summary>
/// The one way into the data the package embeds (the files of <c>Data/</c> and the JSON Schemas, each embedded as
/// <c>ParIndex.Data.&lt;file&gt;</c>). Every problem, a missing file or one that does not read, is an
/// <see cref="InvalidEmbeddedDataException"/> naming the file. Callers hold what they load in a <see cref="Lazy{T}"/>,
/// so each file is read once, on first use, thread-safe.
/// </summary>
internal static class EmbeddedData
{
    private const string Prefix = "ParIndex.Data.";

    /// <summary>Gets the names of the embedded files that start with <paramref name="start"/>, in ordinal order.</summary>
    internal static ImmutableArray<string> Files(string start) =>
        [.. typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix + start, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>Reads a file's bytes.</summary>
    internal static byte[] ReadBytes(string file)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw Invalid(file, "it is missing from the package");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Reads a UTF-8 text file.</summary>
    internal static string ReadText(string file) => Encoding.UTF8.GetString(ReadBytes(file)).TrimStart('\uFEFF');

    /// <summary>Reads a CSV table by its header.</summary>
    internal static CsvReader ReadCsv(string file) => CsvReader.Parse(file, ReadText(file));

    /// <summary>Reads a file in one of the package's own formats (a methodology, reform plans): what that reader
    /// reports about the file is the package's defect.</summary>
    internal static T Read<T>(string file, Func<byte[], T> read)
    {
        try
        {
            return read(ReadBytes(file));
        }
        catch (DiagnosticException error)
        {
            throw Invalid(file, error.Message, error);
        }
    }

    /// <summary>Reads an embedded JSON file of the package's own (the catalogue, the survey instruments) through the one
    /// JSON reader: <paramref name="walk"/> builds the model from the root element, and any problem, placed at its line
    /// and column, is the package's defect.</summary>
    /// <param name="file">The file's name, for the failure.</param>
    /// <param name="bytes">Its bytes (the fuzzer feeds any).</param>
    /// <param name="maxDepth">The deepest nesting the format allows.</param>
    /// <param name="walk">Reads the root element, adding problems to the walker; its result is kept only without problems.</param>
    internal static T ReadJson<T>(string file, byte[] bytes, int maxDepth, Func<JsonWalker, JsonElement, T> walk)
    {
        ReadOnlySpan<byte> utf8 = bytes;
        var problems = new List<Diagnostic>();
        var model = default(T);
        using (var document = JsonWalker.Open(ref utf8, int.MaxValue, maxDepth, problems))
        {
            if (document is not null)
            {
                var json = new JsonWalker();
                model = walk(json, document.RootElement);
                problems.AddRange(json.Placed(utf8, maxDepth, firstTypeErrorOnly: false));
            }
        }
        return problems.Count == 0 ? model! : throw Invalid(file, string.Join("; ", problems));
    }

    /// <summary>Makes the failure of a file, to throw.</summary>
    internal static InvalidEmbeddedDataException Invalid(string file, string problem, Exception? inner = null) => new(file, problem, inner);
}
