using ParIndex.Rules;

namespace ParIndex.Scoring;

/// <summary>What the scorer found for one leaf: its points, how it obtained them, and the step its rule applied.</summary>
/// <remarks>Kept per leaf in a scorecard, so that sums over the tree and explanations are made only when asked for.</remarks>
internal readonly struct LeafResult(Points points, LeafStatus status, int step = -1)
{
    /// <summary>Gets the points obtained.</summary>
    public Points Points { get; } = points;

    /// <summary>Gets how the leaf obtained its points.</summary>
    public LeafStatus Status { get; } = status;

    /// <summary>Gets the index of the band or level the rule applied, or -1 for a formula or no rule.</summary>
    public int Step { get; } = step;

    /// <summary>Gets whether the leaf left its ancestors' maxima (declared not applicable, or no survey conducted).</summary>
    public bool LeavesMaxima => Status is LeafStatus.NotApplicable or LeafStatus.NoSurvey;
}
