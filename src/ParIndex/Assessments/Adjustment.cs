namespace ParIndex.Assessments;

/// <summary>A change the appraisal made to a self-assessed score (điều chỉnh khi thẩm định).</summary>
/// <remarks>Immutable; equal when code, from, to and reason are equal.</remarks>
public sealed record Adjustment
{
    internal Adjustment()
    {
    }

    /// <summary>Gets the leaf's code.</summary>
    public string Code { get; internal init; } = null!;

    /// <summary>Gets the self-assessed score.</summary>
    public decimal From { get; internal init; }

    /// <summary>Gets the appraised score.</summary>
    public decimal To { get; internal init; }

    /// <summary>Gets the appraiser's reason.</summary>
    public string Reason { get; internal init; } = null!;

    /// <summary>Formats as "1.1.1: 1 → 0.5 (plan issued late)".</summary>
    /// <returns>Code, scores and reason.</returns>
    public override string ToString() => Code + ": " + Invariant.Format(From) + " → " + Invariant.Format(To) + " (" + Reason + ")";
}
