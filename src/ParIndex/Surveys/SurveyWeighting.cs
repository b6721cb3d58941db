namespace ParIndex.Surveys;

/// <summary>Whether answers count alike or by their respondents' sampling weights (trọng số).</summary>
public enum SurveyWeighting
{
    /// <summary>Every valid answer counts once (the default: no weights were seen in any SIPAS source).</summary>
    Unweighted = 0,

    /// <summary>Every answer counts with its respondent's <see cref="SurveyResponse.Weight"/>.</summary>
    SamplingWeights,
}
