using System.Text.Json.Serialization;
using ParIndex.Methodologies;

namespace ParIndex.Surveys;

// The JSON shapes of the embedded instruments (Data/sipas-instruments.json), with their source-generated context (no
// reflection at run time, trim- and AOT-safe), and the fields of a survey response read by SurveyTally.ReadJsonAsync.

internal sealed class InstrumentsDocument
{
    public Dictionary<string, string>? Sources { get; set; }

    public List<InstrumentDocument>? Instruments { get; set; }
}

internal sealed class InstrumentDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public DecisionDocument? Decision { get; set; }

    public YearsDocument? Years { get; set; }

    public List<string>? Sources { get; set; }

    public List<string>? Notes { get; set; }

    public string? SatisfactionFrom { get; set; }

    public List<ElementDocument>? Elements { get; set; }
}

internal sealed class DecisionDocument
{
    public string? Number { get; set; }

    public string? IssuedOn { get; set; }
}

internal sealed class ElementDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? EnglishName { get; set; }

    public string? Part { get; set; }

    public string? Status { get; set; }

    public List<string>? Sources { get; set; }

    public List<QuestionDocument>? Questions { get; set; }
}

internal sealed class QuestionDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? EnglishName { get; set; }

    public string? Scale { get; set; }

    public string? Status { get; set; }

    public List<string>? Sources { get; set; }
}

/// <summary>One respondent as <see cref="SurveyTally.ReadJsonAsync"/> reads it, field by field.</summary>
internal sealed class ResponseDocument
{
    public int? Year { get; set; }

    public string? Province { get; set; }

    public string? District { get; set; }

    public string? Commune { get; set; }

    public string? Group { get; set; }

    /// <summary>Absent: weight 1. Present but null: a missing weight, reported.</summary>
    public double? Weight { get; set; } = 1.0;

    public int[]? Answers { get; set; }
}

#if NET10_0_OR_GREATER
// A key twice in one object would leave it to the serializer which value counts; .NET 8's has no such check (the last wins).
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowDuplicateProperties = false)]
#else
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
#endif
[JsonSerializable(typeof(InstrumentsDocument))]
internal sealed partial class SurveyJsonContext : JsonSerializerContext
{
}
