using System.Globalization;
using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.Analysis;

// Gap to a target (khoảng cách đến chỉ tiêu), reached through GapReport.Compute and IndexGap.Compute.
internal static class GapAnalysis
{
    private const decimal Resolution = 0.0000000001m; // the scorer keeps points to 10 decimals

    public static IndexGap ForValue(UnitValue unit, IEnumerable<UnitValue> others, GapTarget target, RankingOptions? options = null, decimal? maxPoints = null)
    {
        Preconditions.CheckNotNull(unit, nameof(unit));
        Preconditions.CheckNotNull(target, nameof(target));
        // A maximum of 0 or below made every gap need 0 (or negative) points without a word.
        ArgumentProblem.ThrowIf(ArgumentProblem.Unless(maxPoints is null or > 0m, nameof(maxPoints),
            Invariant.Format($"The methodology's total points must be more than 0, not {(maxPoints is { } m ? Invariant.Format(m) : null)}."), maxPoints));
        var rest = Others(unit.Unit, others, nameof(others));
        options ??= RankingOptions.Default;
        var (required, strict) = TargetThreshold.Required(unit.Unit, rest, target, options);
        var rank = RankOf(unit, rest, options);
        var met = TargetThreshold.Meets(unit.Value, (required, strict));
        decimal? points = maxPoints is { } max ? (met ? 0m : (required - unit.Value) * max / 100m) : null;
        return new IndexGap { Unit = unit.Unit, Target = target, Index = unit.Value, Rank = rank, Decimals = options.Decimals, RequiredIndex = required, IsStrict = strict, MaxPoints = maxPoints, PointsNeeded = points };
    }

    public static GapReport ForScorecard(Scorecard unit, IEnumerable<Scorecard> scorecards, GapTarget target, RankingOptions? options,
        IReadOnlyDictionary<string, decimal>? costPerPoint, decimal defaultCostPerPoint)
    {
        Preconditions.CheckNotNull(unit, nameof(unit));
        Preconditions.CheckNotNull(scorecards, nameof(scorecards));
        Preconditions.CheckNotNull(target, nameof(target));
        Preconditions.CheckArgument(!unit.Methodology.HasMeans, nameof(unit),
            "The methodology takes a weighted mean; gap analysis needs one whose points sum (Aggregation.SumOfPoints).");
        options ??= RankingOptions.Default;
        // Copied, so that the report does not change with the caller's dictionary. A code is read as a criterion's code is
        // (trimmed, no zero-width characters, NFC), and one code written two such ways is refused, not one cost dropped.
        var costs = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (var code in (costPerPoint?.Keys ?? []).Order(StringComparer.Ordinal))
        {
            if (!costs.TryAdd(Text.Key(code), costPerPoint![code]))
            {
                throw new ArgumentProblem(nameof(costPerPoint), $"Costs per point are of leaves, one each: '{code}' names leaf {Text.Key(code)} again, written another way (spaces at its ends, a zero-width character or another Unicode form).").ToException();
            }
        }
        if (defaultCostPerPoint <= 0m)
        {
            throw new ArgumentProblem(nameof(defaultCostPerPoint), "Costs per point must be more than 0: the default cost per point is " + defaultCostPerPoint.ToString(CultureInfo.InvariantCulture) + ".").ToException();
        }
        if (costs.Where(c => c.Value <= 0m).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => "leaf " + c.Key + " costs " + c.Value.ToString(CultureInfo.InvariantCulture) + " a point").FirstOrDefault() is { } bad)
        {
            throw new ArgumentProblem(nameof(costPerPoint), "Costs per point must be more than 0: " + bad + ".").ToException();
        }
        // A cost under a mistyped code would price nothing and leave every leaf at the default, without a word.
        var methodology = unit.Methodology;
        if (costs.Keys.Where(code => methodology.IndexOf(code) is var i && (i < 0 || !methodology.Nodes[i].IsLeaf)).Order(StringComparer.Ordinal).FirstOrDefault() is { } unknown)
        {
            var codes = unit.Methodology.Leaves.Select(l => l.Code).ToList();
            throw new ArgumentProblem(nameof(costPerPoint), $"Costs per point are of leaves: '{unknown}' is not a leaf of {unit.Methodology.Id} (leaves: {string.Join(", ", codes.Take(10))}{(codes.Count > 10 ? ", …" : string.Empty)}).").ToException();
        }
        var cards = scorecards.ToList();
        Preconditions.CheckNoNulls(cards, nameof(scorecards));
        var self = new UnitValue(unit.Unit, unit.Index);
        var rest = Others(unit.Unit, cards.Select(c => new UnitValue(c.Unit, c.Index)), nameof(scorecards));

        IndexGap GapUnder(int? decimals)
        {
            var ranking = new RankingOptions { Ties = options.Ties, Groups = options.Groups, Decimals = decimals };
            var required = TargetThreshold.Required(unit.Unit, rest, target, ranking);
            return new IndexGap { Unit = unit.Unit, Target = target, Index = unit.Index, Rank = RankOf(self, rest, ranking), Decimals = decimals, RequiredIndex = required.Value, IsStrict = required.Strict, MaxPoints = unit.MaxPoints, PointsNeeded = PointsNeeded(unit, required) };
        }

        var exact = GapUnder(null);
        var published = GapUnder(PublishedRounding.IndexDecimals);
        var gap = options.Decimals switch
        {
            null => exact,
            PublishedRounding.IndexDecimals => published,
            var decimals => GapUnder(decimals),
        };

        var areaOf = AreaCodes(unit);
        var candidates = new List<LeafCandidates>();
        var leaves = ImmutableArray.CreateBuilder<LeafGap>(unit.Methodology.Leaves.Length);
        var needed = gap.PointsNeeded;
        foreach (var leaf in unit.Methodology.Leaves)
        {
            var score = unit[leaf.Code];
            var explanation = score.Explanation!;
            if (explanation.Status != LeafStatus.Scored || explanation.Input is not { } input)
            {
                leaves.Add(new LeafGap(score, areaOf[leaf.Code], [], null));
                continue;
            }
            var leafCandidates = LeafCandidates.Create(leaf, input, score.Points, score.MaxPoints, unit.Year, costs.GetValueOrDefault(leaf.Code, defaultCostPerPoint));
            candidates.Add(leafCandidates);
            ImmutableArray<LeafChange> shown = leafCandidates.IsContinuous ? [leafCandidates.Continuous(leafCandidates.ContinuousCap)] : [.. leafCandidates.Discrete];
            var closing = needed is > 0m && gap.IsReachable ? leafCandidates.Closing(needed.Value) : null;
            leaves.Add(new LeafGap(score, areaOf[leaf.Code], shown, closing));
        }

        ImmutableArray<LeafChange>? combination = gap.IsMet ? []
            : gap.IsReachable && LeastCombination.Find(candidates, needed ?? 0m) is { } found
                ? [.. found.OrderBy(c => unit.Methodology.Leaves.IndexOf(unit.Methodology.Leaves.First(l => l.Code == c.Code)))]
                : null;
        var areas = unit.Areas;
        return new GapReport { Scorecard = unit, Options = options, Exact = exact, Published = published, Gap = gap, Areas = areas, Leaves = leaves.MoveToImmutable(), LeastCombination = combination };
    }

    // The least points, to the scorer's resolution, whose index (points ÷ maximum × 100, as the scorer computes it)
    // reaches the threshold, minus the points obtained; 0 when met.
    private static decimal PointsNeeded(Scorecard unit, (decimal Value, bool Strict) required)
    {
        if (TargetThreshold.Meets(unit.Index, required))
        {
            return 0m;
        }
        var max = unit.MaxPoints;
        static decimal IndexOf(decimal points, decimal max) => points / max * 100m;
        var points = Math.Ceiling(required.Value * max / 100m / Resolution) * Resolution;
        while (!TargetThreshold.Meets(IndexOf(points, max), required))
        {
            points += Resolution;
        }
        while (points - Resolution > unit.Points && TargetThreshold.Meets(IndexOf(points - Resolution, max), required))
        {
            points -= Resolution;
        }
        return (points - unit.Points) / 1.000000000000000000000000000000m; // the division drops trailing zeros
    }

    // paramName: the caller's parameter, which a null or a null element is named by (not this method's own).
    private static List<UnitValue> Others(AssessedUnit unit, IEnumerable<UnitValue> values, string paramName)
    {
        Preconditions.CheckNotNull(values, paramName);
        var list = values.ToList();
        Preconditions.CheckNoNulls(list, paramName);
        list.RemoveAll(v => string.Equals(v.Unit.Code, unit.Code, StringComparison.Ordinal));
        return list;
    }

    private static int RankOf(UnitValue unit, List<UnitValue> others, RankingOptions options) =>
        Ranking.Create([.. others, unit], options)[unit.Unit.Code].Rank;

    private static Dictionary<string, string> AreaCodes(Scorecard unit)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var area in unit.Methodology.Areas)
        {
            var stack = new Stack<Methodologies.MethodologyNode>([area]);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                map[node.Code] = area.Code;
                foreach (var child in node.Children)
                {
                    stack.Push(child);
                }
            }
        }
        return map;
    }
}
