namespace ParIndex.Targets;

/// <summary>The levels of local government a target covers (cấp tỉnh, cấp huyện, cấp xã); several may be combined.</summary>
[Flags]
internal enum GovernmentLevels
{
    /// <summary>The plan does not say.</summary>
    None = 0,

    /// <summary>Provincial level (cấp tỉnh): departments, the provincial People's Committee.</summary>
    Province = 1,

    /// <summary>District level (cấp huyện): district People's Committees and their offices.</summary>
    District = 2,

    /// <summary>Commune level (cấp xã).</summary>
    Commune = 4,
}
