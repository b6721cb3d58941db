namespace ParIndex.Surveys;

/// <summary>How the confidence interval of a <see cref="SurveyFigure"/> was computed (khoảng tin cậy).</summary>
public enum IntervalMethod
{
    /// <summary>No interval: the bootstrap was switched off (<see cref="SipasOptions.BootstrapReplicates"/> = 0).</summary>
    None = 0,

    /// <summary>Wilson score interval for a single proportion, with Kish's effective sample size when weighted.</summary>
    Wilson,

    /// <summary>Estimate ± z × the bootstrap standard error over resampled blocks of respondents (seeded), clipped to [0, 100].</summary>
    Bootstrap,

    /// <summary>A combined figure at 0 % or 100 %, where every bootstrap replicate is equal and the bootstrap interval
    /// would have no width: the Wilson score interval of that share on the smallest (effective, Kish's when weighted)
    /// number of answers among the questions behind the figure, which stays inside [0, 100] and keeps its width
    /// (8 of 8 satisfied → [67.56, 100]).</summary>
    WilsonAtBoundary,

    /// <summary>No interval, because none can be estimated: every bootstrap replicate gave the same value, and the figure
    /// is not a share of respondents at 0 % or 100 % (a mean of provinces each at 0 % or 100 %, say). A zero-width
    /// interval would read as certainty.</summary>
    NotEstimable,
}
