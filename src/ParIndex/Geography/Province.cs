using NodaTime;

namespace ParIndex.Geography;

/// <summary>A provincial unit (tỉnh or thành phố trực thuộc trung ương) of one <see cref="ProvinceList"/>: its code,
/// names, kind and region.</summary>
/// <remarks>
/// <para>Instances come from <see cref="ProvinceList.Units63"/> and <see cref="ProvinceList.Units34"/> only. Equality is
/// by list and code: "Lào Cai" of the 63 list (code 10) and "Lào Cai" of the 34 list (code 15, the former Yên Bái
/// with Lào Cai) are different units.</para>
/// <para>Sources: the General Statistics Office's 63 codes (GitHub daohoangson/dvhcvn, thanglequoc/vietnamese-provinces-database)
/// and Official Letter 915/CTK-CSCL for the 34 (GitHub dvhcvn/20250701); see Data/README.md. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Province : IEquatable<Province>
{
    /// <summary>Thừa Thiên Huế became the centrally-run Thành phố Huế on this date (Resolution 175/2024/QH15).</summary>
    private static readonly LocalDate s_hueCity = new(2025, 1, 1);

    internal Province()
    {
    }

    /// <summary>Gets the list the unit belongs to.</summary>
    internal ProvinceListId List { get; init; }

    /// <summary>Gets the two-digit code ("01", "96"), unique within its list (<see cref="ProvinceList"/>).</summary>
    public string Code { get; internal init; } = null!;

    /// <summary>Gets the bare Vietnamese name in NFC with modern tone placement, without "Tỉnh" or "Thành phố"
    /// ("Hồ Chí Minh", "Thanh Hóa", "Bà Rịa - Vũng Tàu").</summary>
    public string Name { get; internal init => field = Text.Nfc(value); } = null!;

    /// <summary>Gets the name without diacritics, đ written d ("Ba Ria - Vung Tau").</summary>
    public string AsciiName { get; internal init; } = null!;

    /// <summary>Gets the usual English name ("Hanoi", "Ho Chi Minh City"); a convention, not an official list.</summary>
    public string EnglishName { get; internal init; } = null!;

    /// <summary>Gets whether the unit is a province or a centrally-run city, in the list's own terms (Thừa Thiên Huế
    /// is a province in the 63 list; see <see cref="KindOn"/>).</summary>
    public ProvinceKind Kind { get; internal init; }

    /// <summary>Gets the socio-economic region for a unit of the 63 list, or <see langword="null"/> for the 34 list.</summary>
    public Region? Region { get; internal init; }

    /// <summary>Gets the official full name: "Tỉnh " or "Thành phố " followed by <see cref="Name"/>.</summary>
    public string FullName => (Kind == ProvinceKind.Province ? "Tỉnh " : "Thành phố ") + Name;

    /// <summary>Gets the reference (list and code) that identifies this unit.</summary>
    internal ProvinceReference Reference => ProvinceReference.Of(List, Code);

    /// <summary>Gets the bare Vietnamese name on a date: "Huế" for code 46 of the 63 list from 1 January 2025
    /// (Resolution 175/2024/QH15), otherwise <see cref="Name"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The name in force on that date.</returns>
    public string NameOn(LocalDate date) => IsHueCityOn(date) ? "Huế" : Name;

    /// <summary>Gets the kind on a date: a centrally-run city for code 46 of the 63 list from 1 January 2025,
    /// otherwise <see cref="Kind"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The kind in force on that date.</returns>
    public ProvinceKind KindOn(LocalDate date) => IsHueCityOn(date) ? ProvinceKind.CentrallyRunCity : Kind;

    /// <summary>Formats as "46 Thừa Thiên Huế (63)": code, name, list.</summary>
    /// <returns>Code, name and the number of units of the list.</returns>
    public override string ToString() => Invariant.Format($"{Code} {Name} ({(int)List})");

    /// <summary>Compares list and code.</summary>
    /// <param name="other">The unit to compare with.</param>
    /// <returns><see langword="true"/> when both are the same unit of the same list.</returns>
    // Written by hand, not a record: a province is known by its list and code; its names and kind do not take part.
    public bool Equals(Province? other) => other is not null && List == other.List && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Province);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(List, Code);

    private bool IsHueCityOn(LocalDate date) => List == ProvinceListId.Units63 && Code == "46" && date >= s_hueCity;
}
