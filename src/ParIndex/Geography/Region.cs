namespace ParIndex.Geography;

/// <summary>The six socio-economic regions (vùng kinh tế - xã hội) the General Statistics Office uses for the 63
/// provinces, as listed in Resolution 81/2023/QH15 (National Master Plan).</summary>
/// <remarks>Not the eight geographic regions some datasets use; no official assignment of the 34 units of 2025 was
/// read, so those have none.</remarks>
public enum Region
{
    /// <summary>Trung du và miền núi phía Bắc (14 provinces).</summary>
    NorthernMidlandsAndMountains = 1,

    /// <summary>Đồng bằng sông Hồng (11, Quảng Ninh included).</summary>
    RedRiverDelta,

    /// <summary>Bắc Trung Bộ và duyên hải miền Trung (14).</summary>
    NorthCentralAndCentralCoast,

    /// <summary>Tây Nguyên (5).</summary>
    CentralHighlands,

    /// <summary>Đông Nam Bộ (6).</summary>
    Southeast,

    /// <summary>Đồng bằng sông Cửu Long (13).</summary>
    MekongRiverDelta,
}
