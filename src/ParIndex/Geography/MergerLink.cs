using System;
using ParIndex.Utility;

namespace ParIndex.Geography;

/// <summary>One row of the 2025 merger map: a unit of the 63 list and the unit of the 34 list it became part of (đơn vị hợp nhất).</summary>
/// <remarks>Source: Data/province-merger-2025.csv (GitHub dvhcvn/20250701 mapping/splits.json, checked against the annex
/// of Resolution 60-NQ/TW and the Government's plan; see Data/README.md). Immutable; equality by both units.</remarks>
public sealed record MergerLink
{
    internal MergerLink(Province old, Province successor, bool merged, bool gaveName, bool holdsSeat)
    {
        Old = old;
        New = successor;
        Merged = merged;
        GaveName = gaveName;
        HoldsSeat = holdsSeat;
    }

    /// <summary>Gets the unit of the 63 list.</summary>
    public Province Old { get; }

    /// <summary>Gets the unit of the 34 list it became part of.</summary>
    public Province New { get; }

    /// <summary>Gets whether the new unit was formed from two or more old units (23 of the 34 were).</summary>
    public bool Merged { get; }

    /// <summary>Gets whether the new unit took this old unit's name.</summary>
    public bool GaveName { get; }

    /// <summary>Gets whether the new unit's seat (trụ sở) is in this old unit; the new unit keeps the seat's old code
    /// (Official Letter 915/CTK-CSCL).</summary>
    public bool HoldsSeat { get; }

    /// <summary>Formats as "15 Yên Bái (63) → 15 Lào Cai (34), seat".</summary>
    /// <returns>Both units and the flags.</returns>
    public override string ToString() =>
        Invariant.Format($"{Old} → {New}{(GaveName ? ", name" : "")}{(HoldsSeat ? ", seat" : "")}");
}
