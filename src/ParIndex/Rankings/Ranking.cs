using System.Runtime.InteropServices;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Rankings;

/// <summary>
/// A ranking of units by a value, highest first (bảng xếp hạng): by total index, by an area's component index, or by
/// values read from a published table.
/// </summary>
/// <remarks>
/// <para>Values are compared exact by default, as the Ministry ranks, or rounded as <see cref="RankingOptions.Decimals"/>
/// says; equal values share ranks
/// as <see cref="RankingOptions.Ties"/> says; within equal values entries are ordered by unit name, then code, ordinal
/// (culture-invariant), so the order is the same on every machine and for every order of input.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Ranking
{
    // Made when a unit is first looked up (ranking a year's provinces need not make it); the codes were checked to be
    // distinct when ranked.
    private Dictionary<string, int>? _positionByCode;

    private Ranking(RankingOptions options, ImmutableArray<RankedUnit> entries, Dictionary<string, int>? positionByCode = null)
    {
        Options = options;
        Entries = entries;
        _positionByCode = positionByCode;
    }

    /// <summary>Gets the options the ranking was made with.</summary>
    public RankingOptions Options { get; }

    /// <summary>Gets the entries (one <see cref="RankedUnit"/> per ranked unit) in rank order.</summary>
    public ImmutableArray<RankedUnit> Entries { get; }

    /// <summary>Gets the units given but left out because their figure is undefined, each with the reason, in input
    /// order; empty when every unit is ranked. Ranks are among <see cref="Entries"/> only ("1 of 2 ranked").</summary>
    public ImmutableArray<UnrankedUnit> Unranked { get; private init; } = [];

    /// <summary>Gets the entry of a unit.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The unit is not in the ranking.</exception>
    public RankedUnit this[string unitCode] =>
        Find(unitCode) ?? throw new KeyNotFoundException(Unranked.FirstOrDefault(u => string.Equals(u.Unit.Code, unitCode, StringComparison.Ordinal)) is { } left
            ? Invariant.Format($"unit {unitCode} is not ranked: {left.Reason}")
            : Invariant.Format($"unit {unitCode} is not in the ranking"));

    /// <summary>Finds the entry of a unit, if it is in the ranking.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <returns>The entry, or <see langword="null"/> when the unit is not in the ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    public RankedUnit? Find(string unitCode) =>
        (_positionByCode ?? PositionByCode()).TryGetValue(Preconditions.CheckNotNull(unitCode, nameof(unitCode)), out var position) ? Entries[position] : null;

    /// <summary>Each code's position, made once: a thread that loses the race to publish it uses the one published.</summary>
    private Dictionary<string, int> PositionByCode()
    {
        var positions = new Dictionary<string, int>(Entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < Entries.Length; i++)
        {
            positions.Add(Entries[i].Unit.Code, i);
        }
        return System.Threading.Interlocked.CompareExchange(ref _positionByCode, positions, null) ?? positions;
    }

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
    /// <param name="scorecards">The scorecards, all of one assessment year; each unit code at most once.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="RankingOptions.Default"/>.</param>
    /// <returns>The ranking by <see cref="Scorecard.Index"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecards"/> is null or contains null.</exception>
    /// <exception cref="ArgumentException">A unit code appears more than once.</exception>
    /// <exception cref="System.ArgumentException">The scorecards are of more than one assessment year.</exception>
    public static Ranking ByIndex(IEnumerable<Scorecard> scorecards, RankingOptions? options = null)
    {
        // Scorer.ScoreAll's result is read in place (only the ranking is allocated); any other sequence is copied once.
        var input = Preconditions.CheckNotNull(scorecards, nameof(scorecards)) is ImmutableArray<Scorecard> { IsDefault: false } array
            ? ImmutableCollectionsMarshal.AsArray(array)!
            : [.. scorecards];
        Preconditions.CheckNoNulls(input, nameof(scorecards));
        MixedYearsException.ThrowIfMixed(input, nameof(scorecards));
        options ??= RankingOptions.Default;
        return Build(input.Length, i => (input[i].Unit, input[i].Index), options, nameof(scorecards), input);
    }

    /// <summary>The keys of exact indices that share one applicable maximum, or <see langword="null"/>: their total
    /// points' units, complemented (−x − 1) so that ascending order is the ranking's.</summary>
    /// <remarks>A scorecard's maximum is at most its methodology's, which the methodology's check keeps within 10⁸
    /// points (<see cref="Points.MethodologyLimit"/>). For one maximum M of at most 10⁸ points, the decimal index (points ÷ M, then × 100, each rounded to
    /// decimal's 28 or so digits) lies within 10⁻²⁶ of the exact one, while two totals a unit (10⁻¹⁰ point) apart have
    /// exact indices at least 10⁻¹⁰ × 100 ÷ 10⁸ = 10⁻¹⁶ apart: the units order the indices, and equal units are equal
    /// indices.</remarks>
    private static long[]? TotalKeys(Scorecard[] scorecards, RankingOptions options)
    {
        if (options.Decimals is not null || scorecards.Length == 0)
        {
            return null;
        }
        var maximum = scorecards[0].TotalMax;
        var keys = new long[scorecards.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            if (scorecards[i].TotalMax != maximum)
            {
                return null;
            }
            keys[i] = ~scorecards[i].Total.Units;
        }
        return keys;
    }

    /// <summary>Ranks scorecards by one area's component index. Units to which nothing of the area applies (every
    /// criterion not applicable: 0 of 0 points, no percentage) are left out and listed in <see cref="Unranked"/>.</summary>
    /// <param name="scorecards">The scorecards, all of one methodology and one assessment year; each unit code at most once.</param>
    /// <param name="areaCode">The area's code, e.g. "3" (a criterion's code ranks by that criterion's percentage).</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="RankingOptions.Default"/>.</param>
    /// <returns>The ranking by the area's <see cref="NodeScore.Percent"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="scorecards"/> contains null.</exception>
    /// <exception cref="ArgumentException">A unit code appears more than once.</exception>
    /// <exception cref="KeyNotFoundException">A scorecard's methodology has no node with <paramref name="areaCode"/>; the
    /// message quotes the code as written and lists the areas.</exception>
    /// <exception cref="System.ArgumentException">The scorecards are of more than one assessment year.</exception>
    public static Ranking ByArea(IEnumerable<Scorecard> scorecards, string areaCode, RankingOptions? options = null)
    {
        Preconditions.CheckNotNull(areaCode, nameof(areaCode));
        var input = Preconditions.CheckNotNull(scorecards, nameof(scorecards)).ToArray();
        Preconditions.CheckNoNulls(input, nameof(scorecards));
        MixedYearsException.ThrowIfMixed(input, nameof(scorecards));
        if (input.FirstOrDefault(c => c.Methodology.IndexOf(areaCode) < 0)?.Methodology is { } lacking)
        {
            throw new KeyNotFoundException(Invariant.Format($"no area or criterion of {lacking.Id} has the code '{areaCode}' (areas: {string.Join(", ", lacking.Areas.Select(a => a.Code))})"));
        }
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
        unranked is null or { Count: 0 } ? this : new Ranking(Options, Entries, _positionByCode) { Unranked = [.. unranked] };

    /// <summary>Ranks the values: sorts their keys, orders ties by name and code, and makes the entries.</summary>
    /// <param name="n">The number of units.</param>
    /// <param name="input">The unit and value at each position.</param>
    /// <param name="options">The options.</param>
    /// <param name="paramName">The argument named when a unit code repeats.</param>
    /// <param name="scorecards">The scorecards whose indices are the values, or <see langword="null"/>: when their
    /// totals order them exactly (<see cref="TotalKeys"/>), the indices are read only for ties and groups, and by the
    /// entries when asked for.</param>
    private static Ranking Build(int n, Func<int, (AssessedUnit Unit, decimal Value)> input, RankingOptions options, string paramName, Scorecard[]? scorecards = null)
    {
        // Sort (key, index) pairs: a swap moves 12 bytes, and the units are read again by index. Each key is held as its
        // coarse long, or the exact key of a total, complemented (−x − 1) so that ascending order is the ranking's.
        if (scorecards is null ? RepeatedCodes.Any(input, n, static (at, i) => at(i).Unit.Code) : RepeatedCodes.Any(scorecards, n, static (cards, i) => cards[i].Unit.Code))
        {
            throw Duplicates(n, input, paramName);
        }
        var exactKeys = scorecards is null ? null : TotalKeys(scorecards, options);
        var byTotals = exactKeys is not null;
        var keys = exactKeys ?? new long[n];
        var order = new int[n];
        // Each value rounded once, for its key and its row; on the stack for a year's provinces, so that only the
        // ranking itself is allocated. Ranked by totals, the values are not read here.
        var count = byTotals ? 0 : n;
        var rounded = count <= 256 ? stackalloc decimal[count] : new decimal[count];
        for (var i = 0; i < n; i++)
        {
            if (!byTotals)
            {
                rounded[i] = options.Round(input(i).Value);
                keys[i] = ~CoarseOf(rounded[i]);
            }
            order[i] = i;
        }
        Array.Sort(keys, order);

        // Each run of equal longs (ties, mostly) is then put in full order.
        var byKeyNameCode = new TieOrder(input, options);
        for (int start = 0, end = 1; end <= n; end++)
        {
            if (end == n || keys[end] != keys[start])
            {
                if (end - start > 1)
                {
                    order.AsSpan(start, end - start).Sort(byKeyNameCode);
                }
                start = end;
            }
        }

        // The rows: ranks by the tie policy, groups by the bounds (highest first).
        var groups = options.Groups?.Groups ?? ImmutableArray<Group>.Empty;
        var groupIndex = 0;
        var rows = new RankedUnit[n];
        var rank = 0;
        for (var position = 0; position < n; position++)
        {
            var at = order[position];
            var (unit, value) = byTotals ? (scorecards![at].Unit, 0m) : input(at);
            // Equal exact keys are equal indices; equal coarse longs may still be different values.
            var tied = position > 0 && keys[position] == keys[position - 1] && (byTotals || rounded[at] == rounded[order[position - 1]]);
            rank = options.Ties switch
            {
                TiePolicy.Ordinal => position + 1,
                TiePolicy.Dense => tied ? rank : rank + 1,
                _ => tied ? rank : position + 1,
            };
            // Values only fall as the rows go down, so the group only moves down the scheme.
            while (groupIndex < groups.Length && (byTotals ? scorecards![at].Index : rounded[at]) < groups[groupIndex].LowerBound)
            {
                groupIndex++;
            }
            var group = groupIndex < groups.Length ? groups[groupIndex] : null;
            rows[position] = byTotals ? new RankedUnit(rank, scorecards![at], group) : new RankedUnit(rank, unit, value, rounded[at], group);
        }
        return new Ranking(options, ImmutableCollectionsMarshal.AsImmutableArray(rows));
    }

    /// <summary>Names every unit code that appears more than once, in input order.</summary>
    private static ArgumentException Duplicates(int n, Func<int, (AssessedUnit Unit, decimal Value)> input, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = Enumerable.Range(0, n).Select(i => input(i).Unit.Code).Where(code => !seen.Add(code)).Distinct(StringComparer.Ordinal);
        return new ArgumentProblem(paramName, "Units appear more than once: " + string.Join(", ", duplicates) + ".").ToException();
    }

    /// <summary>Floor(key × 10¹⁰) in a long, clamped: monotone, so different longs order the keys, and only equal ones
    /// (ties, or keys with more than 10 decimals) are compared as decimals, which cost tens of nanoseconds when their
    /// scales differ.</summary>
    private static long CoarseOf(decimal key)
    {
        if (Points.TryToUnits(key, out var units))
        {
            return units; // exact: the key has at most 10 decimals
        }
        // Beyond ±10⁹ the product would not fit a long anyway: every such key clamps to the same end (taking the key
        // itself there, as before, ranked 5·10¹⁶ above 10¹⁷), and the decimals order them.
        var scaled = decimal.Floor(Math.Clamp(key, -1_000_000_000m, 1_000_000_000m) * 10_000_000_000m);
        return scaled >= long.MaxValue ? long.MaxValue : scaled <= long.MinValue ? long.MinValue : (long)scaled;
    }

    /// <summary>Orders units whose keys share a coarse long: the ranked value descending, then the unit's name, then its
    /// code (ordinal).</summary>
    private readonly struct TieOrder(Func<int, (AssessedUnit Unit, decimal Value)> input, RankingOptions options) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var (a, aValue) = input(x);
            var (b, bValue) = input(y);
            var byValue = options.Round(bValue).CompareTo(options.Round(aValue));
            if (byValue != 0)
            {
                return byValue;
            }
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Code, b.Code);
        }
    }
}
