namespace ParIndex.Targets;

/// <summary>How a target (chỉ tiêu) compares a value with its threshold.</summary>
internal enum Comparison
{
    /// <summary>Above the threshold, strictly ("trên 80%").</summary>
    GreaterThan = 1,

    /// <summary>At least the threshold ("từ 30% trở lên", "tối thiểu 30%").</summary>
    AtLeast,

    /// <summary>Exactly the threshold ("100% …"; a share cannot exceed 100%, so 100% is both the least and the most).</summary>
    EqualTo,

    /// <summary>At most the threshold ("giảm xuống 2%").</summary>
    AtMost,

    /// <summary>Below the threshold, strictly ("dưới 2%").</summary>
    LessThan,

    /// <summary>A rank of at most N in a ranking ("thuộc nhóm 10 địa phương dẫn đầu").</summary>
    Top,

    /// <summary>Membership of a named group of a ranking ("ở nhóm tốt").</summary>
    InGroup,

    /// <summary>A qualitative target judged yes or no ("thực hiện thí điểm", "hầu hết …"): no number is forced on it.</summary>
    Achieved,
}
