namespace ParIndex.Composites;

/// <summary>How an impute step fills a missing value (COINr's <c>i_mean</c>, <c>i_median</c>, <c>i_mean_grp</c>, <c>i_median_grp</c>).</summary>
internal enum ImputeMethod
{
    Mean,
    Median,
    GroupMean,
    GroupMedian,
}
