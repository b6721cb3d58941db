namespace ParIndex.Analysis;

/// <summary>
/// The cheapest set of leaf changes whose gains add up to at least the points needed: a multiple-choice knapsack over
/// the discrete leaves' outcomes (at most one per leaf), kept as a Pareto frontier of (gain, cost), with the continuous
/// leaves filled cheapest point first on top of each frontier state — exact, since a continuous leaf's cost is linear.
/// Ties are broken by fewer changes.
/// </summary>
internal static class LeastCombination
{
    internal static List<LeafChange>? Find(IReadOnlyList<LeafCandidates> leaves, decimal needed)
    {
        if (needed <= 0m)
        {
            return [];
        }
        var frontier = new List<State> { new(0m, 0m, 0, null, null) };
        foreach (var leaf in leaves.Where(l => !l.IsContinuous && l.Discrete.Count > 0))
        {
            var next = new List<State>(frontier);
            foreach (var state in frontier)
            {
                foreach (var option in leaf.Discrete)
                {
                    // Gains beyond the need are worth no more than the need itself.
                    next.Add(new State(Math.Min(needed, state.Gain + option.Gain), state.Cost + option.Cost, state.Changes + 1, option, state));
                }
            }
            frontier = Prune(next);
        }

        var continuous = leaves.Where(l => l.IsContinuous).OrderBy(l => l.CostPerPoint).ThenBy(l => l.Leaf.Code, StringComparer.Ordinal).ToList();
        var capacity = continuous.Sum(l => l.ContinuousCap);
        State? best = null;
        var bestCost = 0m;
        var bestChanges = 0;
        foreach (var state in frontier)
        {
            var rest = needed - state.Gain;
            if (rest > capacity)
            {
                continue;
            }
            var (cost, changes) = (state.Cost, state.Changes);
            foreach (var leaf in continuous)
            {
                if (rest <= 0m)
                {
                    break;
                }
                var take = Math.Min(rest, leaf.ContinuousCap);
                cost += take * leaf.CostPerPoint;
                changes++;
                rest -= take;
            }
            if (best is null || cost < bestCost || (cost == bestCost && changes < bestChanges))
            {
                (best, bestCost, bestChanges) = (state, cost, changes);
            }
        }
        if (best is null)
        {
            return null;
        }

        var result = new List<LeafChange>();
        for (var state = best; state?.Option is not null; state = state.Previous)
        {
            result.Add(state.Option);
        }
        var remaining = needed - best.Gain;
        foreach (var leaf in continuous)
        {
            if (remaining <= 0m)
            {
                break;
            }
            var take = Math.Min(remaining, leaf.ContinuousCap);
            result.Add(leaf.Continuous(take));
            remaining -= take;
        }
        return result;
    }

    // Keeps the states that no other beats on both gain (higher) and (cost, changes) (lower).
    private static List<State> Prune(List<State> states)
    {
        states.Sort((a, b) => a.Gain != b.Gain ? b.Gain.CompareTo(a.Gain) : a.Cost != b.Cost ? a.Cost.CompareTo(b.Cost) : a.Changes.CompareTo(b.Changes));
        var kept = new List<State>();
        foreach (var state in states)
        {
            if (kept.Count == 0 || state.Cost < kept[^1].Cost || (state.Cost == kept[^1].Cost && state.Changes < kept[^1].Changes))
            {
                kept.Add(state);
            }
        }
        return kept;
    }

    private sealed record State(decimal Gain, decimal Cost, int Changes, LeafChange? Option, State? Previous);
}
