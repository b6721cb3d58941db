namespace ParIndex.Surveys;

/// <summary>How the confidence interval of a <see cref="SurveyFigure"/> was computed.</summary>
public enum IntervalMethod
{
    /// <summary>No interval: the bootstrap was switched off (<see cref="SipasOptions.BootstrapReplicates"/> = 0).</summary>
    None = 0,

    /// <summary>Wilson score interval for a single proportion, with Kish's effective sample size when weighted.</summary>
    Wilson,

    /// <summary>Estimate ± z × the bootstrap standard error over resampled groups of respondents (seeded), clipped to [0, 100].</summary>
    Bootstrap,
}
