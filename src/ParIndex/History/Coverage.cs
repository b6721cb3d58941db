using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ParIndex.Geography;
using ParIndex.Utility;

namespace ParIndex.History;

/// <summary>How much of one year's table a set of rows covers: how many units have a value, a rank, both, and which
/// have no row at all (mức độ đầy đủ của số liệu).</summary>
/// <remarks>Immutable.</remarks>
public sealed class Coverage
{
    private Coverage(PublishedIndex index, int year, ProvinceList list, IReadOnlyCollection<PublishedResult> rows)
    {
        Index = index;
        Year = year;
        Units = list.Provinces.Length;
        Rows = rows.Count;
        WithValue = rows.Count(r => r.Value is not null);
        WithRank = rows.Count(r => r.Rank is not null);
        WithBoth = rows.Count(r => r.Value is not null && r.Rank is not null);
        var present = rows.Select(r => r.Province).ToHashSet();
        Missing = [.. list.Provinces.Where(p => !present.Contains(p))];
    }

    /// <summary>Gets the index.</summary>
    public PublishedIndex Index { get; }

    /// <summary>Gets the assessed year.</summary>
    public int Year { get; }

    /// <summary>Gets the number of units the table ranks (63 up to the 2024 edition).</summary>
    public int Units { get; }

    /// <summary>Gets the number of rows.</summary>
    public int Rows { get; }

    /// <summary>Gets the number of rows with a value.</summary>
    public int WithValue { get; }

    /// <summary>Gets the number of rows with a rank.</summary>
    public int WithRank { get; }

    /// <summary>Gets the number of rows with both a value and a rank.</summary>
    public int WithBoth { get; }

    /// <summary>Gets the units with no row, in code order.</summary>
    public ImmutableArray<Province> Missing { get; }

    /// <summary>Gets whether every unit has both a value and a rank.</summary>
    public bool IsComplete => WithBoth == Units;

    /// <summary>Formats as "2023 Par: 17 of 63 rows, 16 with value, 17 with rank, 16 with both".</summary>
    /// <returns>The counts.</returns>
    public override string ToString() =>
        Invariant.Format($"{Year} {Index}: {Rows} of {Units} rows, {WithValue} with value, {WithRank} with rank, {WithBoth} with both");

    internal static Coverage Of(PublishedIndex index, int year, ProvinceList list, IReadOnlyCollection<PublishedResult> rows) => new(index, year, list, rows);
}
