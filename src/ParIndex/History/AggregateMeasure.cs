namespace ParIndex.History;

/// <summary>What a <see cref="PublishedAggregate"/> measures.</summary>
internal enum AggregateMeasure
{
    /// <summary>An average value in % (national, or of a region's provinces).</summary>
    Average = 1,

    /// <summary>The number of provinces in a group (A ≥ 90%, B 80–&lt;90%, C 70–&lt;80%).</summary>
    GroupCount,
}
