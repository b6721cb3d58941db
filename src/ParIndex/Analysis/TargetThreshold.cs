using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.Analysis;

/// <summary>The least index that reaches a target among other units' values, under a ranking's ties and rounding.</summary>
internal static class TargetThreshold
{
    /// <summary>The set of indices that reach the target is {x ≥ Value} or, when Strict, {x &gt; Value}.</summary>
    internal static (decimal Value, bool Strict) Required(AssessedUnit unit, IReadOnlyList<UnitValue> others, GapTarget target, RankingOptions options)
    {
        var decimals = options.Decimals;
        decimal Key(decimal value) => decimals is { } d ? PublishedRounding.Round(value, d) : value;
        switch (target.Kind)
        {
            case GapTargetKind.Index:
                return AtLeastKey(target.IndexAtLeast, decimals);
            case GapTargetKind.Group:
                var scheme = options.Groups ?? throw new ArgumentProblem(nameof(target), "The ranking options have no group scheme, so a group target cannot be reached.").ToException();
                var group = scheme.Groups.FirstOrDefault(g => string.Equals(g.Name, target.GroupName, StringComparison.Ordinal))
                    ?? throw new ArgumentProblem(nameof(target), Invariant.Format($"Group {target.GroupName} is not in the scheme ({string.Join(", ", scheme.Groups.Select(g => g.Name))}).")).ToException();
                return AtLeastKey(group.LowerBound, decimals);
            default:
                var n = target.RankOrBetter;
                if (n > others.Count + 1)
                {
                    // Refused as rank 0 is (GapTarget.Rank): "met" would hide a target no unit can have.
                    throw new ArgumentProblem(nameof(target), Invariant.Format($"Rank {n} is past the last rank: {others.Count + 1} units are ranked."), n).ToException();
                }
                if (others.Count < n)
                {
                    return (0m, false); // fewer than N others: the last place is rank N or better
                }
                switch (options.Ties)
                {
                    case TiePolicy.Dense:
                        var distinct = others.Select(o => Key(o.Value)).Distinct().OrderDescending().ToList();
                        return distinct.Count < n ? (0m, false) : AtLeastKey(distinct[n - 1], decimals);
                    case TiePolicy.Ordinal:
                        // Ties are ordered by name, then code (ordinal), as Ranking orders them.
                        var nth = others.OrderByDescending(o => Key(o.Value)).ThenBy(o => o.Unit.Name, StringComparer.Ordinal)
                            .ThenBy(o => o.Unit.Code, StringComparer.Ordinal).ElementAt(n - 1);
                        return ComesBefore(unit, nth.Unit) ? AtLeastKey(Key(nth.Value), decimals) : AboveKey(Key(nth.Value), decimals);
                    default:
                        // Standard: the rank is 1 + the number of others strictly above, so the N-th highest must not be above.
                        var keys = others.Select(o => Key(o.Value)).OrderDescending().ToList();
                        return AtLeastKey(keys[n - 1], decimals);
                }
        }
    }

    internal static bool Meets(decimal index, (decimal Value, bool Strict) required) =>
        required.Strict ? index > required.Value : index >= required.Value;

    private static bool ComesBefore(AssessedUnit unit, AssessedUnit other)
    {
        var byName = string.CompareOrdinal(unit.Name, other.Name);
        return byName < 0 || (byName == 0 && string.CompareOrdinal(unit.Code, other.Code) < 0);
    }

    // key(x) ≥ k: exactly x ≥ k; at d decimals, x ≥ c − ½·10⁻ᵈ where c is k rounded up to d decimals.
    private static (decimal, bool) AtLeastKey(decimal key, int? decimals)
    {
        if (decimals is not { } d)
        {
            return (key, false);
        }
        var step = PublishedRounding.LastPlace(d);
        return HalfBelow(Math.Ceiling(key / step) * step, step);
    }

    // key(x) > k: exactly x > k; at d decimals, x ≥ c − ½·10⁻ᵈ where c is the next multiple of 10⁻ᵈ above k.
    private static (decimal, bool) AboveKey(decimal key, int? decimals)
    {
        if (decimals is not { } d)
        {
            return (key, true);
        }
        var step = PublishedRounding.LastPlace(d);
        return HalfBelow((Math.Floor(key / step) + 1m) * step, step);
    }

    // The values that round (half away from zero) to c or more. Above zero the midpoint c − ½ step rounds up to c, so
    // it is included; at or below zero it rounds away from zero, to c − step (−0.005 → −0.01), so it is not.
    private static (decimal, bool) HalfBelow(decimal c, decimal step) => (c - (step / 2m), c <= 0m);
}
