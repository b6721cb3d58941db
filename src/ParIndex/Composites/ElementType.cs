namespace ParIndex.Composites;

/// <summary>What a row of a composite indicator's metadata describes (loại thành phần; COINr's <c>iMeta$Type</c>).</summary>
internal enum ElementType
{
    /// <summary>An indicator (chỉ số thành phần): a level-1 column of the unit data, aggregated upwards.</summary>
    Indicator = 1,

    /// <summary>An aggregate (pillar, sub-index, index) at level 2 or above, computed from its children; never given as data.</summary>
    Aggregate,

    /// <summary>A text column of the unit data that groups units (e.g. <c>EurAsia_group</c>), used by group imputation.</summary>
    Group,

    /// <summary>A numeric column of the unit data that indicators may be divided by (GDP, population, area).</summary>
    Denominator,

    /// <summary>Any other column of the unit data, carried along and not used.</summary>
    Other,
}
