using System.Collections.Generic;
using NodaTime;
using ParIndex.Geography;
using ParIndex.Targets;
using Xunit;

namespace ParIndex.Tests.Targets;

public class PlanSummaryTests
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

    [Fact]
    public void Counts_OneOfEachStatus_AndOneAtRisk()
    {
        var summary = Plan.Summarize(Values, new LocalDate(2021, 6, 30));

        Assert.Equal((1, 1, 2, 1), (summary.Met, summary.Missed, summary.NotYetDue, summary.Unknown));
        var risk = Assert.Single(summary.AtRisk);
        Assert.Equal("risk", risk.Target.Id);
        Assert.Equal(-2m, risk.Gap);
        Assert.Equal(-1.5m, summary["missed"].Gap);
        Assert.Equal("p on 2021-06-30: 1 met, 1 missed, 2 not yet due, 1 unknown; 1 at risk", summary.ToString());
    }

    [Fact]
    public void Evaluations_FollowThePlansOrder()
    {
        var summary = Plan.Summarize(Values, new LocalDate(2022, 1, 1));

        Assert.Equal(["met", "missed", "unknown", "risk", "track"], System.Linq.Enumerable.Select(summary.Evaluations, e => e.Target.Id));
        Assert.Equal(new LocalDate(2022, 1, 1), summary.AsOf);
        Assert.Same(Plan, summary.Plan);
        Assert.Empty(summary.AtRisk);   // due targets are met or missed, never at risk
    }

    [Fact]
    public void Indexer_UnknownTarget_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => Plan.Summarize(Values, new LocalDate(2022, 1, 1))["nope"]);
}
