namespace ParIndex.Geography;

/// <summary>The kind of a provincial unit (đơn vị hành chính cấp tỉnh).</summary>
public enum ProvinceKind
{
    /// <summary>A province (tỉnh).</summary>
    Province = 1,

    /// <summary>A centrally-run city (thành phố trực thuộc trung ương).</summary>
    CentrallyRunCity,
}
