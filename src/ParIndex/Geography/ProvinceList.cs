using System.Diagnostics.CodeAnalysis;
using NodaTime;
using ParIndex.Data;

namespace ParIndex.Geography;

/// <summary>A list of provincial units in force for a period: the 63 units (1 August 2008 – 30 June 2025) or the 34
/// units (from 1 July 2025, Resolution 202/2025/QH15) (danh sách đơn vị hành chính cấp tỉnh).</summary>
/// <remarks>Loaded once from the embedded Data/provinces-63.csv and Data/provinces-34.csv (sources in Data/README.md).
/// Immutable and thread-safe.</remarks>
public sealed class ProvinceList
{
    private readonly Dictionary<string, Province> _byCode;
    private readonly ProvinceNameIndex _names;

    private ProvinceList(ProvinceListId id, LocalDate validFrom, LocalDate? validTo, ImmutableArray<Province> provinces)
    {
        Id = id;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Provinces = provinces;
        _byCode = provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);
        _names = new ProvinceNameIndex(provinces);
    }

    private static readonly Lazy<ProvinceList> s_units63 = new(() => Load(ProvinceListId.Units63, "provinces-63.csv", "gso_code", new LocalDate(2008, 8, 1), new LocalDate(2025, 6, 30)));
    private static readonly Lazy<ProvinceList> s_units34 = new(() => Load(ProvinceListId.Units34, "provinces-34.csv", "code", new LocalDate(2025, 7, 1), null));

    /// <summary>Gets the 63 units of 1 August 2008 (Hà Tây merged into Hà Nội, Resolution 15/2008/QH12) to 30 June 2025,
    /// with the codes of the General Statistics Office and the six socio-economic regions.</summary>
    public static ProvinceList Units63 => s_units63.Value;

    /// <summary>Gets the 34 units from 1 July 2025, with the codes of Official Letter 915/CTK-CSCL.</summary>
    public static ProvinceList Units34 => s_units34.Value;

    /// <summary>Gets which list this is.</summary>
    internal ProvinceListId Id { get; }

    /// <summary>Gets the first day the list is in force.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>Gets the last day the list is in force, or <see langword="null"/> while it still is.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Gets the units in code order.</summary>
    public ImmutableArray<Province> Provinces { get; }

    /// <summary>Gets the unit with a code.</summary>
    /// <param name="code">The two-digit code, e.g. "46".</param>
    /// <returns>The unit.</returns>
    /// <exception cref="KeyNotFoundException">The list has no such code.</exception>
    public Province this[string code] =>
        TryGet(code, out var province) ? province : throw new KeyNotFoundException(Invariant.Format($"The {(int)Id}-unit list has no code '{code}'."));

    /// <summary>Gets a list by its id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not defined.</exception>
    internal static ProvinceList Get(ProvinceListId id) => id switch
    {
        ProvinceListId.Units63 => Units63,
        ProvinceListId.Units34 => Units34,
        _ => throw new ArgumentProblem(nameof(id), "Unknown province list.", id).ToException(),
    };

    /// <summary>Gets the list in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see cref="Units63"/> up to 30 June 2025, <see cref="Units34"/> from 1 July 2025.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 1 August 2008, when there were 64 units.</exception>
    public static ProvinceList ForDate(LocalDate date)
    {
        if (date < Units63.ValidFrom)
        {
            throw new ArgumentProblem(nameof(date), "Before 1 August 2008 there were 64 provincial units; that list is not included.", date).ToException();
        }
        return date >= Units34.ValidFrom ? Units34 : Units63;
    }

    /// <summary>Whether the list is in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is between <see cref="ValidFrom"/> and <see cref="ValidTo"/>, inclusive.</returns>
    public bool Contains(LocalDate date) => date >= ValidFrom && (ValidTo is not { } end || date <= end);

    /// <summary>Finds a unit by code without throwing.</summary>
    /// <param name="code">The code.</param>
    /// <param name="province">The unit, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string code, [NotNullWhen(true)] out Province? province) =>
        _byCode.TryGetValue(Preconditions.CheckNotNull(code, nameof(code)), out province);

    /// <summary>Finds the unit of this list that a name denotes, as it appears in documents and spreadsheets.</summary>
    /// <param name="name">The name as found, e.g. "TP.HCM" or "Thanh Hoá".</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="DiagnosticException">The name matches no unit of the list, or more than one: the diagnostic lists
    /// the nearest candidates (or, for a name of the 63-unit list matched against the 34-unit one, what it became).</exception>
    /// <remarks>
    /// <para>Accepted without configuration (variants met in documents and the press; docs/background.md): Unicode NFC or
    /// NFD; old or new tone placement ("Hoà Bình", "Thanh Hoá", "Khánh Hoà"); any case; any dash or hyphen, with or
    /// without spaces ("Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu"); extra spaces; the prefixes "Tỉnh", "Thành phố", "TP.",
    /// "TP", "T.P." and the English "Province" and "City"; ASCII without diacritics ("Ba Ria - Vung Tau"); English names
    /// ("Hanoi", "Ho Chi Minh City"); written-together forms ("Daklak", "Kontum"); and the abbreviations and older
    /// spellings of the notes ("TP HCM", "TPHCM", "HCMC", "Sài Gòn", "TT-Huế", "BR-VT", "Đắc Lắc", "Bắc Cạn", "HN").</para>
    /// <para>A name is matched against this list only: "Lào Cai" is code 10 in the 63 list and code 15 (with Yên Bái) in
    /// the 34 list; for a document's date take the list of <see cref="ForDate"/>. A match never picks one of two units.
    /// Thread-safe.</para>
    /// </remarks>
    public Province Match(string name) => ProvinceNames.Match(name, this);

    /// <summary>Finds the unit of this list that a name denotes (as <see cref="Match"/>), without throwing.</summary>
    /// <param name="name">The name as found.</param>
    /// <param name="province">The unit, when exactly one matches.</param>
    /// <returns><see langword="true"/> when exactly one unit matches; <see langword="false"/> when none or several do.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryMatch(string name, [NotNullWhen(true)] out Province? province) => ProvinceNames.TryMatch(name, this, out province);

    /// <summary>Formats as "63 units, 2008-08-01 – 2025-06-30".</summary>
    /// <returns>Size and period.</returns>
    public override string ToString() =>
        Invariant.Format($"{Provinces.Length} units, {ValidFrom:uuuu-MM-dd} – {(ValidTo is { } end ? end.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")}");

    /// <summary>The name index of the units (see <see cref="ProvinceNames"/>).</summary>
    internal ProvinceNameIndex Names => _names;

    private static ProvinceList Load(ProvinceListId id, string file, string codeColumn, LocalDate from, LocalDate? to)
    {
        var csv = EmbeddedData.ReadCsv(file);
        var provinces = ImmutableArray.CreateBuilder<Province>(csv.Count);
        for (var row = 0; row < csv.Count; row++)
        {
            var kind = csv.Get(row, "type") switch
            {
                "tinh" => ProvinceKind.Province,
                "thanh_pho_truc_thuoc_trung_uong" => ProvinceKind.CentrallyRunCity,
                var other => throw csv.Invalid(row, "type", "unknown type", other),
            };
            Region? region = id == ProvinceListId.Units63 ? ParseRegion(csv, row, "region") : null;
            provinces.Add(new Province
            {
                List = id,
                Code = csv.Get(row, codeColumn),
                Name = csv.Get(row, "name_vi"),
                AsciiName = csv.Get(row, "name_ascii"),
                EnglishName = csv.Get(row, "name_en"),
                Kind = kind,
                Region = region,
            });
        }
        return new ProvinceList(id, from, to, provinces.MoveToImmutable());
    }

    /// <summary>Reads a region as the data files write it ("Red River Delta").</summary>
    internal static Region ParseRegion(CsvReader csv, int row, string column) => csv.Get(row, column) switch
    {
        "Northern Midlands and Mountains" => Region.NorthernMidlandsAndMountains,
        "Red River Delta" => Region.RedRiverDelta,
        "North Central and Central Coast" => Region.NorthCentralAndCentralCoast,
        "Central Highlands" => Region.CentralHighlands,
        "Southeast" => Region.Southeast,
        "Mekong River Delta" => Region.MekongRiverDelta,
        var other => throw csv.Invalid(row, column, "unknown region", other),
    };
}
