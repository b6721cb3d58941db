using System.Text.Json.Serialization;
using NodaTime;

namespace ParIndex.Methodologies;

// The JSON form of a methodology (docs/methodology.schema.json) as Methodology.WriteJson writes it, in the order written;
// null members are left out. Only written: reading a methodology goes through MethodologyDocumentReader, which reports
// every problem with its place.

internal sealed record MethodologyDocument(
    int FormatVersion,
    string Id,
    string Title,
    string SubjectKind,
    YearsDocument Years,
    decimal MaxPoints,
    string? Aggregation,
    LegalBasisDocument? LegalBasis,
    decimal? BonusCap,
    decimal? PenaltyCap,
    List<NodeDocument> Areas);

internal sealed record YearsDocument(int First, int? Last);

internal sealed record LegalBasisDocument(string DocumentNumber, LocalDate? IssuedOn, string? Title);

internal sealed record NodeDocument(
    string Code,
    string Name,
    string? EnglishName,
    decimal MaxPoints,
    decimal? Weight,
    string? Aggregation,
    string? Source,
    List<NodeDocument>? Criteria,
    List<NodeDocument>? SubCriteria,
    RuleDocument? Rule);

internal sealed record RuleDocument(
    string Kind,
    List<BandDocument>? Bands = null,
    AnnualDate? Due = null,
    int? DueYearOffset = null,
    decimal? OnTime = null,
    decimal? Late = null,
    decimal? NotDone = null,
    decimal? Yes = null,
    decimal? No = null,
    decimal? Points = null,
    List<string>? Conditions = null,
    decimal? PerOccurrence = null,
    decimal? Floor = null);

internal sealed record BandDocument(decimal? Lower, bool? LowerInclusive, decimal? Upper, bool? UpperInclusive, decimal Points);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(MethodologyDocument))]
internal sealed partial class MethodologyJsonContext : JsonSerializerContext
{
}
