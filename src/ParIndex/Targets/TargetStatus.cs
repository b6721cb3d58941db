namespace ParIndex.Targets;

/// <summary>Where a target stands on the evaluation date (đạt, không đạt).</summary>
public enum TargetStatus
{
    /// <summary>Due, and the value for its deadline meets it (đạt).</summary>
    Met = 1,

    /// <summary>Due, and the value for its deadline does not meet it (không đạt).</summary>
    NotMet,

    /// <summary>The deadline has not passed yet; the latest value, if any, shows how it is going.</summary>
    NotYetDue,

    /// <summary>Due, but no value for its deadline is known: neither reported nor in the published record.</summary>
    NoData,
}
