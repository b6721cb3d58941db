using System.Text.Json.Serialization;
using NodaTime;

namespace ParIndex.Methodologies;

// The JSON form of a methodology (docs/methodology.schema.json) as Methodology.WriteJson writes it, and of the embedded
// catalogue; reading a methodology goes through MethodologyDocumentReader, which reports every problem with its place.

internal sealed class MethodologyDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public int? FormatVersion { get; set; }

    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? SubjectKind { get; set; }

    public YearsDocument? Years { get; set; }

    public decimal? MaxPoints { get; set; }

    public string? Aggregation { get; set; }

    public LegalBasisDocument? LegalBasis { get; set; }

    public decimal? BonusCap { get; set; }

    public decimal? PenaltyCap { get; set; }

    public List<NodeDocument?>? Areas { get; set; }
}

internal sealed class YearsDocument
{
    public int? First { get; set; }

    public int? Last { get; set; }
}

internal sealed class LegalBasisDocument
{
    public string? DocumentNumber { get; set; }

    public LocalDate? IssuedOn { get; set; }

    public string? Title { get; set; }
}

internal sealed class NodeDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? EnglishName { get; set; }

    public decimal? MaxPoints { get; set; }

    public decimal? Weight { get; set; }

    public string? Aggregation { get; set; }

    public string? Source { get; set; }

    public List<NodeDocument?>? Criteria { get; set; }

    public List<NodeDocument?>? SubCriteria { get; set; }

    public RuleDocument? Rule { get; set; }
}

internal sealed class RuleDocument
{
    public string? Kind { get; set; }

    public List<BandDocument?>? Bands { get; set; }

    public AnnualDate? Due { get; set; }

    public int? DueYearOffset { get; set; }

    public decimal? OnTime { get; set; }

    public decimal? Late { get; set; }

    public decimal? NotDone { get; set; }

    public decimal? Yes { get; set; }

    public decimal? No { get; set; }

    public decimal? Points { get; set; }

    public List<string?>? Conditions { get; set; }

    public decimal? PerOccurrence { get; set; }

    public decimal? Floor { get; set; }
}

internal sealed class BandDocument
{
    public decimal? Lower { get; set; }

    public bool? LowerInclusive { get; set; }

    public decimal? Upper { get; set; }

    public bool? UpperInclusive { get; set; }

    public decimal? Points { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(MethodologyDocument))]
internal sealed partial class MethodologyJsonContext : JsonSerializerContext
{
}
