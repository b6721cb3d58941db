namespace ParIndex.Composites;

/// <summary>How one aggregate is computed from its children.</summary>
/// <param name="Method">The function.</param>
/// <param name="P">The generalised mean's exponent (not 0).</param>
/// <param name="Shift">A constant added to every child before a geometric, harmonic or generalised mean and subtracted
/// from the result, so that zeros (the minimum of a min-max column) can be aggregated; 0 by default.</param>
/// <param name="Threshold">The share of children that must have a value (COINr's <c>dat_thresh</c>); below it the
/// aggregate is missing. 0 by default: any one child suffices.</param>
internal sealed record AggregateSpec(AggregateMethod Method, double P = 1, double Shift = 0, double Threshold = 0)
{
    /// <summary>COINr's default: the weighted arithmetic mean.</summary>
    internal static AggregateSpec Default { get; } = new(AggregateMethod.Arithmetic);
}
