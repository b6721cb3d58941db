namespace ParIndex.Analysis;

/// <summary>What a <see cref="GapTarget"/> asks for (chỉ tiêu: thứ hạng, nhóm, điểm số).</summary>
internal enum GapTargetKind
{
    /// <summary>A rank of N or better ("top 10", "trong nhóm 10 tỉnh dẫn đầu").</summary>
    Rank = 0,

    /// <summary>A group of the ranking's scheme or better ("nhóm A").</summary>
    Group,

    /// <summary>An index of at least X ("đạt trên 90 điểm").</summary>
    Index,
}
