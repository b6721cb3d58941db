namespace ParIndex.Composites;

/// <summary>The normalisation methods of a normalise step (COINr's <c>n_*</c> functions).</summary>
internal enum NormaliseMethod
{
    MinMax,
    ZScore,
    Scaled,
    Rank,
    PercentileRank,
    Borda,
    DistanceToMax,
    DistanceToReference,
    DistanceToTarget,
    FractionOfMax,
    Goalposts,
    None,
}
