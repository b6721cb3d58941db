namespace ParIndex.Tests.Targets;

public class ProgressPointTests
{
    [Fact]
    public void Progress_ThreeYearsTowardsA2020Target()
    {
        // Target "trên 80%" satisfaction by 2020; reported 74 (2018), 79.5 (2019), 82 (2020): gaps −6, −0.5, +2.
        var plan = new ReformPlan("p", ParIndex.Geography.ProvinceList.Units63["54"], "t", 2018, 2020, [],
            [new PlanTarget("s", new Indicator("satisfaction.procedures", "Hài lòng về TTHC"), Goal.GreaterThan(80m), Deadline.InYear(2020))]);
        ReportedValue[] values = [ReportedValue.Percent("satisfaction.procedures", 2019, 79.5m, "r"), ReportedValue.Percent("satisfaction.procedures", 2018, 74m, "r"), ReportedValue.Percent("satisfaction.procedures", 2020, 82m, "r")];

        var progress = plan.Evaluate(values, new LocalDate(2021, 1, 1))[0].ProgressPoints;

        Assert.Equal([(2018, -6m, false), (2019, -0.5m, false), (2020, 2m, true)], progress.Select(p => (p.Year, p.Gap!.Value, p.MeetsGoal)));
        Assert.Equal("2019: 79.5% (gap -0.5)", progress[1].ToString());
        Assert.Equal("2020: 82% (gap 2), meets the goal", progress[2].ToString());
    }
}
