namespace ParIndex.Surveys;

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
