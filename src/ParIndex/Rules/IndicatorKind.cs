namespace ParIndex.Rules;

/// <summary>The kinds of value a unit reports for a leaf criterion; each scoring rule reads one kind (loại số liệu tiêu chí).</summary>
public enum IndicatorKind
{
    /// <summary>No value: the <see langword="default"/> of <see cref="IndicatorValue"/>, always rejected as input.</summary>
    None = 0,

    /// <summary>The leaf does not apply to the unit (không áp dụng); it is removed from the maxima.</summary>
    NotApplicable,

    /// <summary>A share or survey result in percent, 0 to 100.</summary>
    Percent,

    /// <summary>A count or other non-negative number (meetings held, violations found).</summary>
    Number,

    /// <summary>A numerator over a positive denominator (dossiers settled on time over dossiers received).</summary>
    Ratio,

    /// <summary>Yes or no (đạt / không đạt).</summary>
    Flag,

    /// <summary>One yes/no answer for each of a rule's conditions.</summary>
    Conditions,

    /// <summary>The date a task was completed, or the fact that it was not done.</summary>
    Completion,

    /// <summary>Points already decided by an assessor (a self-assessed or appraised score): accepted by any leaf, whose
    /// rule is then not applied; they must lie in [0, the leaf's maximum].</summary>
    Points,
}
