namespace ParIndex.Scoring;

/// <summary>What the scorer found for one leaf: how it obtained its points, the indicator used and the rule's step.</summary>
/// <remarks>Kept per leaf in a scorecard, so that explanations are made only when asked for.</remarks>
internal readonly struct LeafResult(LeafStatus status, int entry = -1, int step = -1)
{
    /// <summary>Gets how the leaf obtained its points.</summary>
    public LeafStatus Status { get; } = status;

    /// <summary>Gets the index of the indicator used in the unit's <see cref="ReportedIndicators"/>, or -1 when none was.</summary>
    public int Entry { get; } = entry;

    /// <summary>Gets the index of the band or level the rule applied, or -1 for a formula or no rule.</summary>
    public int Step { get; } = step;
}
