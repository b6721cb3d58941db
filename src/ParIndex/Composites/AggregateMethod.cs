namespace ParIndex.Composites;

/// <summary>The aggregation functions of an aggregate step (COINr's <c>a_*</c> functions).</summary>
internal enum AggregateMethod
{
    Arithmetic,
    Geometric,
    Harmonic,
    Generalised,
    Copeland,
}
