namespace ParIndex.Targets;

/// <summary>How a deadline is stated in a plan.</summary>
internal enum DeadlineKind
{
    /// <summary>A year ("năm 2020"): due at its end, measured by the value for that year.</summary>
    Year = 1,

    /// <summary>A date: due on it, measured by the value for its year.</summary>
    Date,

    /// <summary>The end of one of the plan's phases ("giai đoạn 1"): due at the end of the phase's last year.</summary>
    Phase,
}
