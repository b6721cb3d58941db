namespace ParIndex.Rankings;

/// <summary>How equal values share ranks (đồng hạng).</summary>
public enum TiePolicy
{
    /// <summary>Standard competition ranking: 1, 2, 2, 4 (the default).</summary>
    Standard = 0,

    /// <summary>Dense ranking: 1, 2, 2, 3.</summary>
    Dense,

    /// <summary>Ordinal ranking: 1, 2, 3, 4, ties ordered by name then code.</summary>
    Ordinal,
}
