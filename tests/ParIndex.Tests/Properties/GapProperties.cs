using ParIndex.Tests.Analysis;

namespace ParIndex.Tests.Properties;

[Properties(MaxTest = 200)]
public class GapProperties
{
    private static readonly Gen<RankingOptions> Policies =
        from ties in Gen.Elements(Enum.GetValues<TiePolicy>())
        from decimals in Gen.Elements<int?>(null, 2)
        select new RankingOptions { Ties = ties, Decimals = decimals };

    [Property(MaxTest = 500)]
    public Property RequiredIndex_ReachesTheRank_AndAnythingLowerDoesNot() =>
        Prop.ForAll(
            Generators.MixedRankingCases.Where(c => c.Values.Length > 0).ToArbitrary(),
            Gen.Choose(1, 10).ToArbitrary(),
            Policies.ToArbitrary(),
            (@case, n, options) =>
            {
                var unit = @case.Values[0];
                if (n > @case.Values.Length)
                {
                    // No unit can rank past the number of units: refused, as rank 0 is.
                    Assert.Throws<ArgumentOutOfRangeException>(() => IndexGap.Compute(unit, @case.Values.Skip(1), GapTarget.Rank(n), options));
                    return;
                }
                var gap = IndexGap.Compute(unit, @case.Values.Skip(1), GapTarget.Rank(n), options);
                int RankAt(decimal value) => Ranking.Create([.. @case.Values.Skip(1), new UnitValue(unit.Unit, value)], options)[unit.Unit.Code].Rank;

                var reached = gap.IsStrict ? gap.RequiredIndex + 0.0000000001m : gap.RequiredIndex;
                Assert.True(RankAt(reached) <= n, $"at {reached}");
                var below = gap.IsStrict ? gap.RequiredIndex : gap.RequiredIndex - 0.0000000001m;
                if (below >= 0m)
                {
                    Assert.True(RankAt(below) > n, $"at {below}");
                }
                Assert.Equal(RankAt(unit.Value) <= n, gap.IsMet);
            });

    [Property]
    public Property ClosingTheReportedGap_ReachesTheTarget_AndASmallerChangeDoesNot() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (unit, others, target, options) = c;
            var report = GapReport.Compute(unit, others, target, options);
            bool Reaches(Scorecard changed) => target.Kind == GapTargetKind.Rank
                ? Ranking.ByIndex([.. others, changed], options)[unit.Unit.Code].Rank <= target.RankOrBetter
                : Key(changed.Index, options) >= Key(target.IndexAtLeast, options);

            Assert.Equal(Reaches(unit), report.Gap.IsMet);
            if (report.LeastCombination is { } combination)
            {
                Assert.True(Reaches(GapAnalysisTests.Apply(unit, combination)), string.Join("; ", combination));
                Assert.True(combination.Sum(ch => ch.Gain) >= report.PointsNeeded);
            }
            foreach (var leaf in report.Leaves.Where(l => l.ClosesAlone))
            {
                var closing = leaf.ClosingChange!;
                Assert.True(Reaches(GapAnalysisTests.Apply(unit, [closing])), closing.ToString());
                foreach (var smaller in Smaller(leaf, closing))
                {
                    Assert.False(Reaches(GapAnalysisTests.Apply(unit, [smaller])), "smaller: " + smaller);
                }
            }
        });

    // Targets are compared as the ranking compares: an index target at the options' rounding.
    private static decimal Key(decimal value, RankingOptions options) =>
        options.Decimals is { } d ? Math.Round(value, d, MidpointRounding.AwayFromZero) : value;

    // The discrete options that gain less, or a continuous input a little lower (10⁻⁶ % or one whole count less).
    private static IEnumerable<LeafChange> Smaller(LeafGap leaf, LeafChange closing)
    {
        var rule = leaf.Leaf.Rule!;
        if (rule is SurveyPercentageRule or ProportionalRule)
        {
            var input = closing.Input;
            var lower = input.Kind == IndicatorKind.Percent
                ? IndicatorValue.Percent(input.Number - 0.000001m)
                : IndicatorValue.Ratio(input.Number - (input.Number == decimal.Truncate(input.Number) && input.Denominator == decimal.Truncate(input.Denominator) ? 1m : 0.000001m), input.Denominator);
            if (lower.Number > leaf.Input!.Value.Number)
            {
                yield return Fake(leaf.Code, lower);
            }
            yield break;
        }
        foreach (var option in leaf.Options.Where(o => o.Gain < closing.Gain))
        {
            yield return option;
        }
    }

    private static LeafChange Fake(string code, IndicatorValue input) => new() { Code = code, Input = input }; // Apply reads code and input

    private static Gen<(Scorecard Unit, Scorecard[] Others, GapTarget Target, RankingOptions Options)> Cases =>
        from methodology in Generators.Methodologies
        from count in Gen.Choose(1, 5)
        from values in Gen.ArrayOf(Gen.CollectToArray(methodology.Leaves.Select(l => Generators.ValueFor(l.Rule!))).Where(v => v.Any(x => x.Kind != IndicatorKind.NotApplicable)), count + 1)
        from rank in Gen.Choose(1, count + 1)
        from index in Gen.Choose(0, 10000).Select(v => v / 100m)
        from byRank in Gen.Elements(true, false)
        from options in Policies
        let cards = values.Select((v, i) => Score(methodology, "U" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), v)).ToArray()
        select (cards[0], cards[1..], byRank ? GapTarget.Rank(rank) : GapTarget.Index(index), options);

    private static Scorecard Score(Methodology methodology, string code, IndicatorValue[] values) =>
        new Scorer(methodology).Score(Generators.Indicators(code, methodology, values));
}
