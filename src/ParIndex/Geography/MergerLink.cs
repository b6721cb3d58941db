using NodaTime;
using ParIndex.Data;

namespace ParIndex.Geography;

/// <summary>One row of the 2025 merger of provincial units (sắp xếp đơn vị hành chính cấp tỉnh năm 2025, Resolution
/// 202/2025/QH15): a unit of the 63 list and the unit of the 34 list it became part of (đơn vị hợp nhất). 63 units became
/// 34; 52 old units formed 23 new ones and 11 were left unchanged. The map is read both ways with <see cref="Of"/> and
/// <see cref="Into"/>.</summary>
/// <remarks>Source: Data/province-merger-2025.csv (GitHub dvhcvn/20250701 mapping/splits.json, checked against the annex
/// of Resolution 60-NQ/TW and the Government's plan; see Data/README.md), loaded once, on first use. Immutable and
/// thread-safe; equality by both units.</remarks>
public sealed record MergerLink
{
    private static readonly Lazy<ImmutableArray<MergerLink>> s_links = new(Load);
    private static readonly Lazy<Dictionary<Province, MergerLink>> s_byOld = new(() => All.ToDictionary(l => l.Old));
    private static readonly Lazy<Dictionary<Province, ImmutableArray<MergerLink>>> s_byNew = new(() =>
        All.GroupBy(l => l.New).ToDictionary(g => g.Key, g => g.OrderBy(l => l.Old.Code, StringComparer.Ordinal).ToImmutableArray()));

    /// <summary>Gets the day Resolution 202/2025/QH15 was adopted and took effect: 12 June 2025.</summary>
    public static LocalDate AdoptedOn { get; } = new(2025, 6, 12);

    /// <summary>Gets the day the 34 units' governments began work: 1 July 2025.</summary>
    public static LocalDate EffectiveDate { get; } = new(2025, 7, 1);

    /// <summary>Gets every link, one per unit of the 63 list, in old-code order.</summary>
    public static ImmutableArray<MergerLink> All => s_links.Value;

    /// <summary>Finds what a unit of the 63 list became.</summary>
    /// <param name="old">A unit of <see cref="ProvinceList.Units63"/>.</param>
    /// <returns>Its link to a unit of the 34 list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="old"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="old"/> is not of the 63 list.</exception>
    public static MergerLink Of(Province old)
    {
        Preconditions.CheckNotNull(old, nameof(old));
        Preconditions.CheckArgument(old.List == ProvinceListId.Units63, nameof(old), "The unit must be of the 63-unit list.");
        return s_byOld.Value[old];
    }

    /// <summary>Finds the units of the 63 list a unit of the 34 list was formed from.</summary>
    /// <param name="successor">A unit of <see cref="ProvinceList.Units34"/>.</param>
    /// <returns>Its links, one per constituent (one for the 11 unchanged units), in old-code order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="successor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="successor"/> is not of the 34 list.</exception>
    public static ImmutableArray<MergerLink> Into(Province successor)
    {
        Preconditions.CheckNotNull(successor, nameof(successor));
        Preconditions.CheckArgument(successor.List == ProvinceListId.Units34, nameof(successor), "The unit must be of the 34-unit list.");
        return s_byNew.Value[successor];
    }

    private static ImmutableArray<MergerLink> Load()
    {
        var csv = EmbeddedData.ReadCsv("province-merger-2025.csv");
        var links = ImmutableArray.CreateBuilder<MergerLink>(csv.Count);
        for (var row = 0; row < csv.Count; row++)
        {
            var old = ProvinceList.Units63[csv.Get(row, "old_gso_code")];
            var successor = ProvinceList.Units34[csv.Get(row, "new_code")];
            // The file repeats the names as a check on the codes.
            if (old.Name != Text.Nfc(csv.Get(row, "old_name_vi")) || successor.Name != Text.Nfc(csv.Get(row, "new_name_vi")))
            {
                throw EmbeddedData.Invalid(csv.Name, Invariant.Format($"line {row + 2}: the names do not match the codes"));
            }
            links.Add(new MergerLink { Old = old, New = successor, Merged = csv.GetYesNo(row, "merged"), GaveName = csv.GetYesNo(row, "gave_name"), HoldsSeat = csv.GetYesNo(row, "seat") });
        }
        return links.MoveToImmutable();
    }

    internal MergerLink()
    {
    }

    /// <summary>Gets the unit of the 63 list.</summary>
    public Province Old { get; internal init; } = null!;

    /// <summary>Gets the unit of the 34 list it became part of.</summary>
    public Province New { get; internal init; } = null!;

    /// <summary>Gets whether the new unit was formed from two or more old units (23 of the 34 were).</summary>
    public bool Merged { get; internal init; }

    /// <summary>Gets whether the new unit took this old unit's name.</summary>
    public bool GaveName { get; internal init; }

    /// <summary>Gets whether the new unit's seat (trụ sở) is in this old unit; the new unit keeps the seat's old code
    /// (Official Letter 915/CTK-CSCL).</summary>
    public bool HoldsSeat { get; internal init; }

    /// <summary>Formats as "15 Yên Bái (63) → 15 Lào Cai (34), seat".</summary>
    /// <returns>Both units and the flags.</returns>
    public override string ToString() =>
        Invariant.Format($"{Old} → {New}{(GaveName ? ", name" : "")}{(HoldsSeat ? ", seat" : "")}");
}
