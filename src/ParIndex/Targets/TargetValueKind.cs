namespace ParIndex.Targets;

/// <summary>The kind of value of a target's threshold, of the values it is evaluated against and of its gap (the plan
/// JSON's <c>"unit"</c>) (loại giá trị chỉ tiêu).</summary>
public enum TargetValueKind
{
    /// <summary>A share in % (0–100); the gap is in percentage points.</summary>
    Percent = 1,

    /// <summary>A whole count; the gap is a count.</summary>
    Count,

    /// <summary>A rank (1 is first); the gap is in places.</summary>
    Rank,

    /// <summary>A named group of a ranking; there is no gap.</summary>
    Group,

    /// <summary>Yes or no; there is no gap.</summary>
    YesNo,
}
