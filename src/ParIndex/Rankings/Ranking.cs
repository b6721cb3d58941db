using System;
using System.Buffers;
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
/// <para>Values are compared exact by default, as the Ministry ranks, or rounded as <see cref="RankingOptions.Decimals"/>
/// says; equal values share ranks
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

    /// <summary>Gets the units given but left out because their figure is undefined, each with the reason, in input
    /// order; empty when every unit is ranked. Ranks are among <see cref="Entries"/> only ("1 of 2 ranked").</summary>
    public ImmutableArray<UnrankedUnit> Unranked { get; private init; } = [];

    /// <summary>Gets the row of a unit.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">The unit is not in the ranking.</exception>
    public RankedUnit this[string unitCode] =>
        Entries.FirstOrDefault(e => string.Equals(e.Unit.Code, unitCode, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException(Unranked.FirstOrDefault(u => string.Equals(u.Unit.Code, unitCode, StringComparison.Ordinal)) is { } left
            ? Invariant.Format($"unit {unitCode} is not ranked: {left.Reason}")
            : Invariant.Format($"unit {unitCode} is not in the ranking"));

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
        return Build(input.Length, i => (input[i].Unit, input[i].Value), options ?? RankingOptions.Default, nameof(values));
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
        return Build(input.Length, i => (input[i].Unit, input[i].Index), options ?? RankingOptions.Default, nameof(scorecards));
    }

    /// <summary>Ranks scorecards by one area's component index. Units to which nothing of the area applies (every
    /// criterion not applicable: 0 of 0 points, no percentage) are left out and listed in <see cref="Unranked"/>.</summary>
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
        List<UnrankedUnit>? unranked = null;
        foreach (var scorecard in input)
        {
            if (scorecard[areaCode].Percent is { } percent)
            {
                values.Add(new UnitValue(scorecard.Unit, percent));
            }
            else
            {
                (unranked ??= []).Add(new UnrankedUnit(scorecard.Unit, Invariant.Format($"nothing of area {areaCode} applies to it")));
            }
        }
        return Create(values, options).WithUnranked(unranked);
    }

    /// <summary>The same ranking, listing the units left out of it and why.</summary>
    /// <param name="unranked">The units and reasons, or <see langword="null"/> for none.</param>
    internal Ranking WithUnranked(IReadOnlyCollection<UnrankedUnit>? unranked) =>
        unranked is null or { Count: 0 } ? this : new Ranking(Options, Entries) { Unranked = [.. unranked] };

    private static Ranking Build(int n, Func<int, (AssessedUnit Unit, decimal Value)> input, RankingOptions options, string paramName)
    {
        // Working arrays come from the pool: for a large ranking they would land on the large-object heap, and the
        // collections of that heap would cost more than the ranking itself.
        var units = ArrayPool<AssessedUnit>.Shared.Rent(n);
        var exact = ArrayPool<decimal>.Shared.Rent(n);
        var keys = ArrayPool<decimal>.Shared.Rent(n);
        var scaled = ArrayPool<long>.Shared.Rent(n);
        var order = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                (units[i], exact[i]) = input(i);
            }
            CheckDistinctCodes(units.AsSpan(0, n), paramName);

            // Decimal comparisons cost tens of nanoseconds when scales differ. When every value and bound is a whole
            // number at one common scale that fits in a long (always so for two-decimal values), rank on longs.
            var bounds = options.Groups?.Groups.Select(g => g.LowerBound).ToArray() ?? [];
            var scaledBounds = new long[bounds.Length];
            if (ScaledKeys.TryCreate(exact.AsSpan(0, n), options.Decimals, bounds, scaled, scaledBounds, keys))
            {
                RankOrder.Sort(scaled.AsSpan(0, n), units, order);
                return Rows(n, units, exact, keys, scaled, scaledBounds, order, options);
            }
            for (var i = 0; i < n; i++)
            {
                keys[i] = options.Round(exact[i]);
            }
            RankOrder.Sort(keys.AsSpan(0, n), units, order);
            return Rows(n, units, exact, keys, keys, bounds, order, options);
        }
        finally
        {
            ArrayPool<AssessedUnit>.Shared.Return(units, clearArray: true);
            ArrayPool<decimal>.Shared.Return(exact);
            ArrayPool<decimal>.Shared.Return(keys);
            ArrayPool<long>.Shared.Return(scaled);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    /// <summary>Makes the rows from the order: ranks by the tie policy, groups by the bounds (highest first).</summary>
    private static Ranking Rows<TKey>(int n, AssessedUnit[] units, decimal[] exact, decimal[] keys, TKey[] sortKeys, TKey[] bounds, int[] order, RankingOptions options)
        where TKey : struct, IComparable<TKey>
    {
        var groups = options.Groups?.Groups ?? ImmutableArray<Group>.Empty;
        var groupIndex = 0;
        var rows = new RankedUnit[n];
        var rank = 0;
        for (var position = 0; position < n; position++)
        {
            var index = order[position];
            var key = sortKeys[index];
            var tied = position > 0 && key.CompareTo(sortKeys[order[position - 1]]) == 0;
            rank = options.Ties switch
            {
                TiePolicy.Ordinal => position + 1,
                TiePolicy.Dense => tied ? rank : rank + 1,
                _ => tied ? rank : position + 1,
            };
            // Values only fall as the rows go down, so the group only moves down the scheme.
            while (groupIndex < bounds.Length && key.CompareTo(bounds[groupIndex]) < 0)
            {
                groupIndex++;
            }
            rows[position] = new RankedUnit(rank, units[index], exact[index], keys[index], groupIndex < groups.Length ? groups[groupIndex] : null);
        }
        return new Ranking(options, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(rows));
    }

    [ThreadStatic]
    private static HashSet<string>? s_codes;

    private static void CheckDistinctCodes(ReadOnlySpan<AssessedUnit> units, string paramName)
    {
        // One set per thread, reused: a set for a large ranking would otherwise land on the large-object heap each time.
        var seen = s_codes ??= new HashSet<string>(StringComparer.Ordinal);
        List<string>? duplicates = null;
        try
        {
            foreach (var unit in units)
            {
                if (!seen.Add(unit.Code))
                {
                    (duplicates ??= []).Add(unit.Code);
                }
            }
        }
        finally
        {
            seen.Clear();
        }
        if (duplicates is not null)
        {
            throw new ArgumentException("Units appear more than once: " + string.Join(", ", duplicates.Distinct(StringComparer.Ordinal)) + ".", paramName);
        }
    }
}
