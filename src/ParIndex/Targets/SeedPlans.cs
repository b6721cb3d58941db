using ParIndex.Data;

namespace ParIndex.Targets;

/// <summary>
/// The five provincial reform plans embedded as samples, read from news articles (each plan's
/// <see cref="ReformPlan.Source"/> names its article): Phú Yên 2011–2020, Thừa Thiên Huế 2019, Phú Thọ 2020
/// (6112/KH-UBND), Khánh Hòa 2021 and Gia Lai 2011–2015 (464/QĐ-UBND), 48 targets in all.
/// </summary>
/// <remarks>
/// <para>Data/reform-plans.json, in the <see cref="ReformPlan.JsonSchema">plan JSON</see> format. Every number is the article's; where an
/// article is unclear (Khánh Hòa's "sớm hạn", Phú Yên's "hầu hết", a bare "60%" read as at least 60%) the target's note
/// says so. Against the embedded <see cref="History.PublishedRecord"/> only Khánh Hòa's 2021 satisfaction target can be
/// decided (SIPAS 2021: 84.40%); Thừa Thiên Huế's "top 10 in PAR Index 2019" cannot, since the record has no 2019 row
/// for it (it holds ranks 1–5, 11, 15, 26, 44, 48 and 63). No public data in this library answers the others: they are
/// the provinces' own operational figures. Thread-safe.</para>
/// </remarks>
internal static class SeedPlans
{
    private static readonly Lazy<ImmutableArray<ReformPlan>> Plans = new(Load);

    /// <summary>Gets the five plans, in the order above.</summary>
    public static ImmutableArray<ReformPlan> All => Plans.Value;

    /// <summary>Gets Phú Yên's plan implementing the 2011–2020 master programme (two phases, 15 targets).</summary>
    public static ReformPlan PhuYen2011To2020 => Get("phu-yen-2011-2020");

    /// <summary>Gets Thừa Thiên Huế's 2019 plan (8 targets, the first "PAR Index 2019 in the top 10").</summary>
    public static ReformPlan ThuaThienHue2019 => Get("thua-thien-hue-2019");

    /// <summary>Gets Phú Thọ's plan 6112/KH-UBND of 31/12/2019 for 2020 (12 targets).</summary>
    public static ReformPlan PhuTho2020 => Get("phu-tho-2020");

    /// <summary>Gets Khánh Hòa's 2021 plan (6 targets, one with an alternative).</summary>
    public static ReformPlan KhanhHoa2021 => Get("khanh-hoa-2021");

    /// <summary>Gets Gia Lai's one-stop plan 2011–2015, Decision 464/QĐ-UBND (7 targets).</summary>
    public static ReformPlan GiaLai2011To2015 => Get("gia-lai-2011-2015");

    private static ReformPlan Get(string id) => All.First(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    private static ImmutableArray<ReformPlan> Load() => EmbeddedData.Read("reform-plans.json", bytes => ReformPlan.ReadJson(bytes));
}
