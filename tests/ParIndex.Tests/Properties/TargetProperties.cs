namespace ParIndex.Tests.Properties;

/// <summary>Laws of targets and their evaluation.</summary>
public class TargetProperties
{
    /// <summary>Shares with two decimals, as provinces report them.</summary>
    private static readonly Gen<decimal> Shares = Gen.Choose(0, 10_000).Select(n => n / 100m);

    private static readonly Gen<Goal> PercentGoals =
        from threshold in Shares
        from comparison in Gen.Elements(Comparison.GreaterThan, Comparison.AtLeast, Comparison.EqualTo, Comparison.AtMost, Comparison.LessThan)
        select comparison switch
        {
            Comparison.GreaterThan => Goal.GreaterThan(threshold),
            Comparison.AtLeast => Goal.AtLeast(threshold),
            Comparison.EqualTo => Goal.EqualTo(threshold),
            Comparison.AtMost => Goal.AtMost(threshold),
            _ => Goal.LessThan(threshold),
        };

    private static readonly Gen<ReportedValue> Reports =
        from year in Gen.Choose(2018, 2021)
        from share in Shares
        from source in Gen.Elements("BC 1", "BC 2", "portal")
        from reportedOn in Gen.Elements<LocalDate?>(null, new LocalDate(2020, 6, 30), new LocalDate(2021, 1, 15), new LocalDate(2021, 3, 1))
        from indicator in Gen.Elements("a", "a", "b")
        select ReportedValue.Percent(indicator, year, share, source, reportedOn);

    [Property(MaxTest = 500)]
    public Property RaisingAValue_NeverUnmeetsALowerBound_LoweringNeverUnmeetsAnUpperBound() =>
        Prop.ForAll(PercentGoals.ToArbitrary(), Shares.ToArbitrary(), Shares.ToArbitrary(), (goal, x, y) =>
        {
            var (low, high) = x <= y ? (x, y) : (y, x);
            var lowValue = ReportedValue.Percent("x", 2020, low, "s");
            var highValue = ReportedValue.Percent("x", 2020, high, "s");
            if (goal.Comparison is Comparison.GreaterThan or Comparison.AtLeast && goal.IsMetBy(lowValue))
            {
                Assert.True(goal.IsMetBy(highValue));
            }
            if (goal.Comparison is Comparison.AtMost or Comparison.LessThan && goal.IsMetBy(highValue))
            {
                Assert.True(goal.IsMetBy(lowValue));
            }
        });

    [Property(MaxTest = 500)]
    public Property Gap_IsNonNegativeWheneverMet_AndNegativeOnlyWhenMissed() =>
        Prop.ForAll(PercentGoals.ToArbitrary(), Shares.ToArbitrary(), (goal, share) =>
        {
            var value = ReportedValue.Percent("x", 2020, share, "s");
            var gap = goal.Gap(value)!.Value;
            if (goal.IsMetBy(value))
            {
                Assert.True(gap >= 0m);
            }
            if (gap < 0m)
            {
                Assert.False(goal.IsMetBy(value));
            }
        });

    [Property(MaxTest = 500)]
    public Property TopN_ABetterRankNeverUnmeets() =>
        Prop.ForAll(Gen.Choose(1, 63).ToArbitrary(), Gen.Choose(1, 63).ToArbitrary(), Gen.Choose(1, 63).ToArbitrary(), (n, a, b) =>
        {
            var goal = Goal.Top(n);
            var (better, worse) = a <= b ? (a, b) : (b, a);
            if (goal.IsMetBy(ReportedValue.Rank("par", 2019, worse, "s")))
            {
                Assert.True(goal.IsMetBy(ReportedValue.Rank("par", 2019, better, "s")));
            }
        });

    [Property(MaxTest = 300)]
    public Property Evaluation_DoesNotDependOnTheOrderOfReportedValues() =>
        Prop.ForAll(
            Reports.ArrayOf().SelectMany(values => Gen.Shuffle(values).Select(shuffled => (values, shuffled))).ToArbitrary(),
            PercentGoals.ToArbitrary(),
            Gen.Elements(new LocalDate(2020, 7, 1), new LocalDate(2021, 2, 1), new LocalDate(2022, 1, 1)).ToArbitrary(),
            (pair, goal, asOf) =>
            {
                var plan = new ReformPlan("p", ParIndex.Geography.ProvinceList.Units63["56"], "t", 2018, 2021, [],
                [
                    new PlanTarget("t", new Indicator("a", "A"), goal, Deadline.InYear(2020)) { Alternatives = [new TargetAlternative(new Indicator("b", "B"), Goal.AtLeast(50m))] },
                ]);

                var one = plan.Evaluate(pair.values, asOf)[0];
                var other = plan.Evaluate(pair.shuffled, asOf)[0];

                Assert.Equal(one.Status, other.Status);
                Assert.Equal(one.Value, other.Value);
                Assert.Equal(one.Gap, other.Gap);
                Assert.Equal(one.IsAtRisk, other.IsAtRisk);
                Assert.Equal(one.ProgressPoints.Select(p => p.Value), other.ProgressPoints.Select(p => p.Value));
            });

    [Property(MaxTest = 300)]
    public Property Evaluation_RaisingTheDeadlineValue_NeverTurnsAMetAtLeastTargetIntoNotMet() =>
        Prop.ForAll(Shares.ToArbitrary(), Shares.ToArbitrary(), Shares.ToArbitrary(), (threshold, x, y) =>
        {
            var (low, high) = x <= y ? (x, y) : (y, x);
            var plan = new ReformPlan("p", ParIndex.Geography.ProvinceList.Units63["56"], "t", 2020, 2020, [], [new PlanTarget("t", new Indicator("a", "A"), Goal.AtLeast(threshold), Deadline.InYear(2020))]);
            TargetStatus StatusWith(decimal share) => plan.Evaluate([ReportedValue.Percent("a", 2020, share, "s")], new LocalDate(2021, 1, 1))[0].Status;

            if (StatusWith(low) == TargetStatus.Met)
            {
                Assert.Equal(TargetStatus.Met, StatusWith(high));
            }
        });
}
