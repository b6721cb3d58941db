namespace ParIndex.Composites;

/// <summary>How an impute step fills a missing value: COINr's <c>i_mean</c>, <c>i_median</c>, <c>i_mean_grp</c>,
/// <c>i_median_grp</c>, and the <c>imp_type</c> of its <c>impute_panel</c> (<c>latest</c>, <c>linear</c>, <c>constant</c>).</summary>
internal enum ImputeMethod
{
    Mean,
    Median,
    GroupMean,
    GroupMedian,

    /// <summary>The unit's value at the latest earlier period that has one.</summary>
    Latest,

    /// <summary>Linear interpolation in time between the unit's values; before the first or after the last, the nearest.</summary>
    Linear,

    /// <summary>The unit's value at the previous period that has one; before the first, the first.</summary>
    Constant,

    /// <summary>By table: the conditional expectation under the multivariate normal fitted by EM (see <see cref="EmImputation"/>).</summary>
    Em,
}
