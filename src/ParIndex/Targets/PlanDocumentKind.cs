namespace ParIndex.Targets;

/// <summary>The kind of document that issued a plan, as its number shows ("…/KH-UBND", "…/QĐ-UBND").</summary>
internal enum PlanDocumentKind
{
    /// <summary>The source does not say.</summary>
    Unknown = 0,

    /// <summary>A plan (kế hoạch, KH-UBND).</summary>
    Plan,

    /// <summary>A decision issuing a plan (quyết định, QĐ-UBND).</summary>
    Decision,

    /// <summary>A programme (chương trình) or its implementation plan.</summary>
    Programme,
}
