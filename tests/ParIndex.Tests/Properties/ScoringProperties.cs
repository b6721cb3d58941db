namespace ParIndex.Tests.Properties;

[Properties(Arbitrary = [typeof(Generators)], MaxTest = 200)]
public class ScoringProperties
{
    [Property]
    public void EveryNode_IsWithinZeroAndItsApplicableMaximum(ScoringCase @case)
    {
        var card = TryScore(@case);
        if (card is null)
        {
            return;
        }
        foreach (var node in card.Nodes)
        {
            Assert.InRange(node.Points, 0m, node.MaxPoints);
            Assert.InRange(node.MaxPoints, 0m, node.Node.MaxPoints);
        }
        Assert.InRange(card.Index, 0m, 100m);
    }

    [Property]
    public void EveryParent_IsTheSumOfItsChildren(ScoringCase @case)
    {
        var card = TryScore(@case);
        if (card is null)
        {
            return;
        }
        foreach (var node in card.Nodes.Where(n => !n.Node.IsLeaf))
        {
            Assert.Equal(node.Points, node.Node.Children.Sum(c => card[c.Code].Points));
            Assert.Equal(node.MaxPoints, node.Node.Children.Sum(c => card[c.Code].MaxPoints));
        }
    }

    [Property]
    public void Total_IsTheSumOfTheAreas_AndTheIndexTheirShare(ScoringCase @case)
    {
        var card = TryScore(@case);
        if (card is null)
        {
            return;
        }
        Assert.Equal(card.Points, card.Areas.Sum(a => a.Points));
        Assert.Equal(card.MaxPoints, card.Areas.Sum(a => a.MaxPoints));
        Assert.Equal(card.Points / card.MaxPoints * 100m, card.Index);
    }

    [Property]
    public void NotApplicableLeaves_AreExactlyWhatTheMaximumLoses(ScoringCase @case)
    {
        var card = TryScore(@case);
        if (card is null)
        {
            return;
        }
        var removed = @case.Methodology.Leaves.Where(l => @case.Indicators[l.Code].Kind == IndicatorKind.NotApplicable).Sum(l => l.MaxPoints);
        Assert.Equal(@case.Methodology.MaxPoints - removed, card.MaxPoints);
    }

    [Property]
    public Property RaisingOneIndicator_NeverLowersAScore() =>
        Prop.ForAll(
            Generators.ScoringCases
                .Where(c => c.Methodology.Leaves.Any(l => c.Indicators[l.Code].Kind != IndicatorKind.NotApplicable))
                .SelectMany(c =>
                    from leaf in Gen.Elements(c.Methodology.Leaves.Where(l => c.Indicators[l.Code].Kind != IndicatorKind.NotApplicable).ToArray())
                    from better in Generators.Improve(leaf.Rule!, c.Indicators[leaf.Code])
                    select (Case: c, Leaf: leaf, Better: better))
                .ToArbitrary(),
            t =>
            {
                var scorer = new Scorer(t.Case.Methodology);
                var before = scorer.Score(t.Case.Indicators);
                var values = t.Case.Methodology.Leaves.Select(l => l.Code == t.Leaf.Code ? t.Better : t.Case.Indicators[l.Code]).ToArray();
                var after = scorer.Score(Generators.Indicators("U", t.Case.Methodology, values));
                return after[t.Leaf.Code].Points >= before[t.Leaf.Code].Points && after.Points >= before.Points && after.Index >= before.Index;
            });

    [Property]
    public void Scoring_IsDeterministic(ScoringCase @case)
    {
        var first = TryScore(@case);
        var second = TryScore(@case);
        Assert.Equal(first?.Points, second?.Points);
        Assert.Equal(first?.Explanations.Select(e => e.Text), second?.Explanations.Select(e => e.Text));
    }

    [Property]
    public void EveryScoredLeaf_HasItsRulesPoints_KeptToTenDecimals(ScoringCase @case)
    {
        // The scorer takes the built-in rules' integer fast path; each rule's public decimal Evaluate is the reference.
        var card = TryScore(@case);
        if (card is null)
        {
            return;
        }
        foreach (var leaf in card.Explanations.Where(e => e.Status == LeafStatus.Scored))
        {
            var outcome = leaf.Rule.Evaluate(leaf.Input!.Value, new RuleContext(leaf.Leaf.MaxPoints, @case.Indicators.Year));
            Assert.Equal(Math.Round(outcome.Points, 10, MidpointRounding.ToEven), leaf.Points);
            Assert.Equal(outcome.Step, leaf.Step);
        }
    }

    /// <summary>Scores a case; a case whose every leaf is not applicable must fail with exactly that diagnostic.</summary>
    private static Scorecard? TryScore(ScoringCase @case)
    {
        var scorer = new Scorer(@case.Methodology);
        if (@case.Methodology.Leaves.All(l => @case.Indicators[l.Code].Kind == IndicatorKind.NotApplicable))
        {
            var error = Assert.Throws<InvalidIndicatorsException>(() => scorer.Score(@case.Indicators));
            Assert.Equal(DiagnosticKind.NothingApplicable, Assert.Single(error.Diagnostics).Kind);
            return null;
        }
        return scorer.Score(@case.Indicators);
    }
}
