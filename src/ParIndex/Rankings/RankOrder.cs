using System;
using System.Buffers;
using System.Collections.Generic;
using ParIndex.Scoring;

namespace ParIndex.Rankings;

/// <summary>Puts unit indices in ranking order: value descending, then unit name, then code (ordinal).</summary>
internal static class RankOrder
{
    /// <summary>Orders by whole-number keys. Published values have two decimals and span a few thousand steps, so a
    /// counting sort does it in linear time; wider spans use a comparison sort.</summary>
    internal static void Sort(ReadOnlySpan<long> keys, AssessedUnit[] units, int[] order)
    {
        var n = keys.Length;
        if (n == 0)
        {
            return;
        }
        long highest = long.MinValue, lowest = long.MaxValue;
        foreach (var key in keys)
        {
            highest = Math.Max(highest, key);
            lowest = Math.Min(lowest, key);
        }
        var span = (ulong)(highest - lowest);
        if (span <= (ulong)(4 * n) + 1024)
        {
            CountingSort(keys, highest, (int)span + 1, order);
        }
        else
        {
            ComparisonSort(keys, units, order);
            return;
        }
        SortTies(keys, units, order);
    }

    /// <summary>Orders by decimal keys (values that do not fit a long at a common scale).</summary>
    internal static void Sort(ReadOnlySpan<decimal> keys, AssessedUnit[] units, int[] order) => ComparisonSort(keys, units, order);

    /// <summary>A stable counting sort on (highest − key): the highest value first, equal values in input order.</summary>
    private static void CountingSort(ReadOnlySpan<long> keys, long highest, int buckets, int[] order)
    {
        var starts = ArrayPool<int>.Shared.Rent(buckets + 1);
        try
        {
            Array.Clear(starts, 0, buckets + 1);
            foreach (var key in keys)
            {
                starts[highest - key + 1]++;
            }
            for (var b = 1; b <= buckets; b++)
            {
                starts[b] += starts[b - 1];
            }
            for (var i = 0; i < keys.Length; i++)
            {
                order[starts[highest - keys[i]]++] = i;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
        }
    }

    /// <summary>Orders each run of equal keys by name, then code.</summary>
    private static void SortTies(ReadOnlySpan<long> keys, AssessedUnit[] units, int[] order)
    {
        var comparer = new NameThenCode(units);
        for (int start = 0, end = 1; end <= keys.Length; end++)
        {
            if (end == keys.Length || keys[order[end]] != keys[order[start]])
            {
                if (end - start > 16)
                {
                    order.AsSpan(start, end - start).Sort(comparer);
                }
                else
                {
                    // Runs of ties are short: an insertion sort with a direct call beats the general sort's dispatch.
                    for (var a = start + 1; a < end; a++)
                    {
                        var item = order[a];
                        var b = a - 1;
                        for (; b >= start && comparer.Compare(order[b], item) > 0; b--)
                        {
                            order[b + 1] = order[b];
                        }
                        order[b + 1] = item;
                    }
                }
                start = end;
            }
        }
    }

    private static void ComparisonSort<TKey>(ReadOnlySpan<TKey> keys, AssessedUnit[] units, int[] order)
        where TKey : struct, IComparable<TKey>
    {
        var pooled = ArrayPool<Item<TKey>>.Shared.Rent(keys.Length);
        try
        {
            var items = pooled.AsSpan(0, keys.Length);
            for (var i = 0; i < keys.Length; i++)
            {
                items[i] = new Item<TKey>(keys[i], units[i].Name, units[i].Code, i);
            }
            items.Sort();
            for (var i = 0; i < items.Length; i++)
            {
                order[i] = items[i].Index;
            }
        }
        finally
        {
            ArrayPool<Item<TKey>>.Shared.Return(pooled, clearArray: true);
        }
    }

    private readonly struct NameThenCode(AssessedUnit[] units) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byName = string.CompareOrdinal(units[x].Name, units[y].Name);
            return byName != 0 ? byName : string.CompareOrdinal(units[x].Code, units[y].Code);
        }
    }

    private readonly struct Item<TKey>(TKey key, string name, string code, int index) : IComparable<Item<TKey>>
        where TKey : struct, IComparable<TKey>
    {
        public int Index { get; } = index;

        private TKey Key { get; } = key;

        private string Name { get; } = name;

        private string Code { get; } = code;

        public int CompareTo(Item<TKey> other)
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
