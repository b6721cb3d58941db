namespace ParIndex.Surveys;

/// <summary>One respondent as <see cref="SurveyTally.ReadJsonAsync"/> reads it, field by field. <see cref="Weight"/>:
/// 1 when absent; null when written <c>null</c>, a missing weight, reported.</summary>
internal sealed record ResponseDocument(int? Year, string? Province, string? District, string? Commune, string? Group, double? Weight, int[]? Answers);
