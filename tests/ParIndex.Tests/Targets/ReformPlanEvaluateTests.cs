namespace ParIndex.Tests.Targets;

public class ReformPlanEvaluateTests
{
    private static readonly Indicator A = new("a", "Chỉ tiêu A");
    private static readonly Indicator B = new("b", "Chỉ tiêu B");
    private static readonly Indicator C = new("c", "Chỉ tiêu C");
    private static readonly Indicator D = new("d", "Chỉ tiêu D");
    private static readonly Indicator E = new("e", "Chỉ tiêu E");

    private static readonly ReformPlan Plan = new("p", ProvinceList.Units63["56"], "Kế hoạch", 2020, 2021, [],
    [
        new PlanTarget("met", A, Goal.AtLeast(30m), Deadline.InYear(2020)),
        new PlanTarget("missed", B, Goal.AtMost(2m), Deadline.InYear(2020)),
        new PlanTarget("unknown", C, Goal.EqualTo(100m), Deadline.InYear(2020)),
        new PlanTarget("risk", D, Goal.GreaterThan(81m), Deadline.InYear(2021)),
        new PlanTarget("track", E, Goal.Top(10), Deadline.InYear(2021)),
    ]);

    private static readonly IReadOnlyList<ReportedValue> Values =
    [
        ReportedValue.Percent("a", 2020, 31m, "r"),
        ReportedValue.Percent("b", 2020, 3.5m, "r"),   // 1.5 points over the 2% ceiling
        ReportedValue.Percent("d", 2020, 79m, "r"),    // would miss "trên 81%" by 2
        ReportedValue.Rank("e", 2020, 8, "r"),
    ];

    // The counts a user (and `parindex targets`) makes from the evaluations: by status, and those at risk.
    [Fact]
    public void Counts_OneOfEachStatus_AndOneAtRisk()
    {
        var evaluations = Plan.Evaluate(Values, new LocalDate(2021, 6, 30));

        int Count(TargetStatus status) => evaluations.Count(e => e.Status == status);
        Assert.Equal((1, 1, 2, 1), (Count(TargetStatus.Met), Count(TargetStatus.NotMet), Count(TargetStatus.NotYetDue), Count(TargetStatus.NoData)));
        var risk = Assert.Single(evaluations, e => e.IsAtRisk);
        Assert.Equal("risk", risk.Target.Id);
        Assert.Equal(-2m, risk.Gap);
        Assert.Equal(-1.5m, evaluations.Single(e => e.Target.Id == "missed").Gap);
    }

    [Fact]
    public void Evaluations_FollowThePlansOrder()
    {
        var evaluations = Plan.Evaluate(Values, new LocalDate(2022, 1, 1));

        Assert.Equal(["met", "missed", "unknown", "risk", "track"], evaluations.Select(e => e.Target.Id));
        Assert.DoesNotContain(evaluations, e => e.IsAtRisk);   // due targets are met or missed, never at risk
    }
}
