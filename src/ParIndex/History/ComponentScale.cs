namespace ParIndex.History;

/// <summary>How a published area (component) value is expressed (thang điểm).</summary>
public enum ComponentScale
{
    /// <summary>Points obtained in the area (out of the area's maximum, when given).</summary>
    Points = 1,

    /// <summary>Percent of the area's maximum (the component index).</summary>
    PercentOfMaximum,
}
