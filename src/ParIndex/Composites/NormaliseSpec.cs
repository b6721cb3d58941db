namespace ParIndex.Composites;

/// <summary>One normalisation with its parameters; which apply depends on <see cref="Method"/>.</summary>
/// <param name="Method">The method.</param>
/// <param name="Lower">The lower end of the output range (min-max: 0 by default; the [0, 1] methods: 0).</param>
/// <param name="Upper">The upper end of the output range (min-max: 100 by default; the [0, 1] methods: 1).</param>
/// <param name="Mean">The z-score's mean (0).</param>
/// <param name="Sd">The z-score's standard deviation (1).</param>
/// <param name="Reference">The reference unit of distance to reference.</param>
/// <param name="CapMax">Whether distances to a reference or target are capped at 1 (the top of the range).</param>
/// <param name="Target">The target of distance to target, in the indicator's units; the metadata's when null.</param>
/// <param name="GoalLower">The lower goalpost (or the scaled method's lower bound), in the indicator's units.</param>
/// <param name="GoalUpper">The upper goalpost (or the scaled method's upper bound), in the indicator's units.</param>
/// <param name="Truncate">Whether goalposts truncate to [0, 1] before scaling to the range (COINr's <c>trunc2posts</c>).</param>
/// <param name="RangeGiven">Whether the range was given: rank and Borda then map their scale onto it (COINr's own have none).</param>
internal sealed record NormaliseSpec(
    NormaliseMethod Method,
    double Lower = 0,
    double Upper = 100,
    double Mean = 0,
    double Sd = 1,
    string? Reference = null,
    bool CapMax = false,
    double? Target = null,
    double? GoalLower = null,
    double? GoalUpper = null,
    bool Truncate = true,
    bool RangeGiven = false)
{
    /// <summary>COINr's default: min-max to [0, 100].</summary>
    internal static NormaliseSpec Default { get; } = new(NormaliseMethod.MinMax);
}
