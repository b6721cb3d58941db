using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ParIndex.Methodologies;

namespace ParIndex.Benchmarks;

/// <summary>Parse a 104-leaf methodology: the source-generated reader (with its checks and the model's validation)
/// against System.Text.Json with reflection into plain classes (no checks) as the baseline; and the catalogue.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip };
    private byte[] _document = null!;

    [GlobalSetup]
    public void Setup() => _document = Methodology.WriteJsonUtf8(SyntheticData.Methodology());

    /// <summary>Deserialises into mirror classes by reflection: no validation, no model, no diagnostics.</summary>
    [Benchmark(Baseline = true)]
    public object? ReflectionDeserialize() => JsonSerializer.Deserialize<PlainMethodology>(_document, ReflectionOptions);

    [Benchmark]
    public Methodology ReadMethodology() => Methodology.ReadJson(_document);

    [Benchmark]
    public byte[] WriteMethodology() => Methodology.WriteJsonUtf8(SyntheticData.Cached);

    /// <summary>Loading the embedded catalogue from its resource, as the first use in a process does.</summary>
    [Benchmark]
    public int CatalogCold() => CatalogReader.Load().Length;

    /// <summary>The catalogue after its first load.</summary>
    [Benchmark]
    public int CatalogWarm() => MethodologyVersion.All.Length;

    public sealed class PlainMethodology
    {
        public int FormatVersion { get; set; }
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? SubjectKind { get; set; }
        public PlainYears? Years { get; set; }
        public decimal MaxPoints { get; set; }
        public PlainNode[]? Areas { get; set; }
    }

    public sealed class PlainYears
    {
        public int First { get; set; }
        public int? Last { get; set; }
    }

    public sealed class PlainNode
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public decimal MaxPoints { get; set; }
        public string? Source { get; set; }
        public PlainNode[]? Criteria { get; set; }
        public PlainNode[]? SubCriteria { get; set; }
        public JsonElement? Rule { get; set; }
    }
}
