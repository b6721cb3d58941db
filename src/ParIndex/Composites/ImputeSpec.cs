namespace ParIndex.Composites;

/// <summary>How an impute step fills missing values; which parameters apply depends on <see cref="Method"/>.</summary>
/// <param name="Method">The method.</param>
/// <param name="Group">The group column of the group methods (e.g. <c>EurAsia_group</c>).</param>
/// <param name="ByRow">Whether mean or median is taken over each unit's row (COINr's <c>impute_by = "row"</c>) rather
/// than each indicator's column.</param>
/// <param name="ByTable">Whether each period's table is filled at once (COINr's <c>impute_by = "df"</c>), by <see cref="ImputeMethod.Em"/>.</param>
/// <param name="NormaliseFirst">By row: whether each column is min-maxed to [0, 1] (direction applied) before and back
/// after (COINr's <c>normalise_first</c>, by default true by row).</param>
/// <param name="GroupLevel">By row or by table: the level whose aggregates split the indicators, each row imputed within each
/// group (COINr's <c>group_level</c>), or null for all indicators together.</param>
/// <param name="MaxTime">Latest: how many earlier periods of the data to look back at most (COINr's <c>max_time</c>), or null for all.</param>
/// <param name="Period">Panel methods: the period whose rows the step writes, or null for every row.</param>
internal sealed record ImputeSpec(ImputeMethod Method, string? Group = null, bool ByRow = false, bool ByTable = false, bool NormaliseFirst = true, int? GroupLevel = null, int? MaxTime = null, int? Period = null)
{
    internal bool Panel => Method is ImputeMethod.Latest or ImputeMethod.Linear or ImputeMethod.Constant;
}
