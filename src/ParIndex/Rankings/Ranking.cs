using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ParIndex.Scoring;
using ParIndex.Utility;

namespace ParIndex.Rankings;

/// <summary>
/// A ranking of units by a value, highest first (bảng xếp hạng): by total index, by an area's component index, or by
/// values read from a published table.
/// </summary>
/// <remarks>
/// <para>Values are rounded as <see cref="RankingOptions.Decimals"/> says before comparing; equal values share ranks
/// as <see cref="RankingOptions.Ties"/> says; within equal values rows are ordered by unit name, then code, ordinal
/// (culture-invariant), so the order is the same on every machine and for every order of input.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Ranking
{
    private Ranking(RankingOptions options, ImmutableArray<RankedUnit> entries)
    {
        Options = options;
        Entries = entries;
    }

    /// <summary>Gets the options the ranking was made with.</summary>
    public RankingOptions Options { get; }

    /// <summary>Gets the rows in rank order.</summary>
    public ImmutableArray<RankedUnit> Entries { get; }

    /// <summary>Gets the row of a unit.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">The unit is not in the ranking.</exception>
    public RankedUnit this[string unitCode] =>
        Entries.FirstOrDefault(e => string.Equals(e.Unit.Code, unitCode, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException(Invariant.Format($"unit {unitCode} is not in the ranking"));

    /// <summary>Ranks values given directly, such as a published table.</summary>
    /// <param name="values">The units and their values; each unit code at most once.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="RankingOptions.Default"/>.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null or contains null.</exception>
    /// <exception cref="ArgumentException">A unit code appears more than once (the codes are named).</exception>
    public static Ranking Create(IEnumerable<UnitValue> values, RankingOptions? options = null)
    {
        var input = Preconditions.CheckNotNull(values, nameof(values)).ToArray();
        Preconditions.CheckNoNulls(input, nameof(values));
        var units = new AssessedUnit[input.Length];
        var exact = new decimal[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            units[i] = input[i].Unit;
            exact[i] = input[i].Value;
        }
        return Build(units, exact, options ?? RankingOptions.Default, nameof(values));
    }

    /// <summary>Ranks scorecards by their total index.</summary>
    /// <param name="scorecards">The scorecards; each unit code at most once.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="RankingOptions.Default"/>.</param>
    /// <returns>The ranking by <see cref="Scorecard.Index"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecards"/> is null or contains null.</exception>
    /// <exception cref="ArgumentException">A unit code appears more than once.</exception>
    public static Ranking ByIndex(IEnumerable<Scorecard> scorecards, RankingOptions? options = null)
    {
        var input = Preconditions.CheckNotNull(scorecards, nameof(scorecards)).ToArray();
        Preconditions.CheckNoNulls(input, nameof(scorecards));
        var units = new AssessedUnit[input.Length];
        var exact = new decimal[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            units[i] = input[i].Unit;
            exact[i] = input[i].Index;
        }
        return Build(units, exact, options ?? RankingOptions.Default, nameof(scorecards));
    }

    /// <summary>Ranks scorecards by one area's component index. Units to which nothing of the area applies are left out.</summary>
    /// <param name="scorecards">The scorecards, all of one methodology; each unit code at most once.</param>
    /// <param name="areaCode">The area's code, e.g. "3".</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="RankingOptions.Default"/>.</param>
    /// <returns>The ranking by the area's <see cref="NodeScore.Percent"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="scorecards"/> contains null.</exception>
    /// <exception cref="ArgumentException">A unit code appears more than once.</exception>
    /// <exception cref="KeyNotFoundException">A scorecard's methodology has no node with <paramref name="areaCode"/>.</exception>
    public static Ranking ByArea(IEnumerable<Scorecard> scorecards, string areaCode, RankingOptions? options = null)
    {
        Preconditions.CheckNotNull(areaCode, nameof(areaCode));
        var input = Preconditions.CheckNotNull(scorecards, nameof(scorecards)).ToArray();
        Preconditions.CheckNoNulls(input, nameof(scorecards));
        var values = new List<UnitValue>(input.Length);
        foreach (var scorecard in input)
        {
            if (scorecard[areaCode].Percent is { } percent)
            {
                values.Add(new UnitValue(scorecard.Unit, percent));
            }
        }
        return Create(values, options);
    }

    private static Ranking Build(AssessedUnit[] units, decimal[] exact, RankingOptions options, string paramName)
    {
        var n = units.Length;
        var items = new SortItem[n];
        for (var i = 0; i < n; i++)
        {
            var key = options.Decimals is { } decimals ? Math.Round(exact[i], decimals, MidpointRounding.AwayFromZero) : exact[i];
            items[i] = new SortItem(key, units[i].Name, units[i].Code, i);
        }
        Array.Sort(items);
        CheckDistinctCodes(items, paramName);

        var rows = new RankedUnit[n];
        var rank = 0;
        for (var position = 0; position < n; position++)
        {
            var item = items[position];
            var tied = position > 0 && item.Key == items[position - 1].Key;
            rank = options.Ties switch
            {
                TiePolicy.Ordinal => position + 1,
                TiePolicy.Dense => tied ? rank : rank + 1,
                _ => tied ? rank : position + 1,
            };
            rows[position] = new RankedUnit(rank, units[item.Index], exact[item.Index], item.Key, options.Groups?.Classify(item.Key));
        }
        return new Ranking(options, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(rows));
    }

    private static void CheckDistinctCodes(SortItem[] items, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<string>? duplicates = null;
        foreach (var item in items)
        {
            if (!seen.Add(item.Code))
            {
                (duplicates ??= []).Add(item.Code);
            }
        }
        if (duplicates is not null)
        {
            throw new ArgumentException("Units appear more than once: " + string.Join(", ", duplicates.Distinct(StringComparer.Ordinal)) + ".", paramName);
        }
    }

    /// <summary>Sorts by value descending, then name and code ascending (ordinal).</summary>
    private readonly struct SortItem(decimal key, string name, string code, int index) : IComparable<SortItem>
    {
        public decimal Key { get; } = key;

        public string Name { get; } = name;

        public string Code { get; } = code;

        public int Index { get; } = index;

        public int CompareTo(SortItem other)
        {
            var byValue = other.Key.CompareTo(Key);
            if (byValue != 0)
            {
                return byValue;
            }
            var byName = string.CompareOrdinal(Name, other.Name);
            return byName != 0 ? byName : string.CompareOrdinal(Code, other.Code);
        }
    }
}
