using ParIndex.Utility;

namespace ParIndex.Composites;

/// <summary>One unit's place in a composite result (xếp hạng): its rank and the value ranked.</summary>
/// <remarks>Immutable.</remarks>
public sealed class CompositeRank
{
    internal CompositeRank(int rank, string unitCode, string unitName, double value)
    {
        Rank = rank;
        UnitCode = unitCode;
        UnitName = unitName;
        Value = value;
    }

    /// <summary>Gets the rank, from 1 (the highest value); equal values share the lowest rank (1, 2, 2, 4).</summary>
    public int Rank { get; }

    /// <summary>Gets the unit's code.</summary>
    public string UnitCode { get; }

    /// <summary>Gets the unit's name.</summary>
    public string UnitName { get; }

    /// <summary>Gets the value ranked, exact (not rounded).</summary>
    public double Value { get; }

    /// <summary>Formats as "1. CHE Switzerland 68.3812": rank, code, name, the value to two to four decimals.</summary>
    /// <returns>The row as text.</returns>
    public override string ToString() => Invariant.Format($"{Rank}. {UnitCode} {UnitName} {Value:0.00##}");
}
