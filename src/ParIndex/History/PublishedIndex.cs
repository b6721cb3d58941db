namespace ParIndex.History;

/// <summary>Which published provincial index a row belongs to (chỉ số công bố).</summary>
public enum PublishedIndex
{
    /// <summary>The PAR Index (Chỉ số cải cách hành chính), published since 2012.</summary>
    Par = 1,

    /// <summary>SIPAS (Chỉ số hài lòng về sự phục vụ hành chính), measured nationwide since 2017.</summary>
    Sipas,
}
