namespace ParIndex.Tests.Analysis;

public class GapTargetTests
{
    private static readonly Indicator s_par = new("par-index", "Chỉ số CCHC", PublishedIndex.Par);

    private static PlanTarget On(Indicator indicator, Goal goal) => new("t-01", indicator, goal, Deadline.InYear(2023));

    [Fact]
    public void For_SeedPlanHueTop10_IsRank10()
    {
        // Thừa Thiên Huế 2019, hue-01: "thuộc nhóm 10 địa phương dẫn đầu cả nước" (top 10 of the PAR Index).
        var target = SeedPlans.ThuaThienHue2019.Targets[0];

        Assert.Equal(GapTarget.Rank(10), GapTarget.For(target));
    }

    [Fact]
    public void For_GroupAndAtLeast_AreGroupAndIndex()
    {
        Assert.Equal(GapTarget.Group("A"), GapTarget.For(On(s_par, Goal.InGroup("A"))));
        Assert.Equal(GapTarget.Index(90m), GapTarget.For(On(s_par, Goal.AtLeast(90m))));
    }

    [Fact]
    public void For_StrictOrOtherIndicator_ThrowsNamingTheTarget()
    {
        var strict = Assert.Throws<ArgumentException>(() => GapTarget.For(On(s_par, Goal.GreaterThan(90m))));
        var sipas = Assert.Throws<ArgumentException>(() => GapTarget.For(On(new Indicator("satisfaction", "Chỉ số hài lòng", PublishedIndex.Sipas), Goal.AtLeast(80m))));

        Assert.Equal("target", strict.ParamName);
        Assert.Contains("t-01", strict.Message, StringComparison.Ordinal);
        Assert.Contains("not the PAR Index", sipas.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => GapTarget.For(null!));
    }
}
