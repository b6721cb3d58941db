namespace ParIndex.Targets;

/// <summary>Which classification of online public services (dịch vụ công trực tuyến) a target's wording uses.</summary>
/// <remarks>Levels 1–4 (mức độ 1–4, Decree 43/2011/NĐ-CP) were replaced in 2022 by "partial" and "full" online services
/// (một phần / toàn trình, Decree 42/2022/NĐ-CP); values reported under one cannot be compared with targets set under the other.</remarks>
internal enum OnlineServiceScheme
{
    /// <summary>The target is not about online public services.</summary>
    None = 0,

    /// <summary>Levels 1–4 (mức độ 1–4), used until 2022.</summary>
    Levels1To4,

    /// <summary>Partial and full online services (một phần, toàn trình), from Decree 42/2022/NĐ-CP.</summary>
    PartialAndFull,
}
