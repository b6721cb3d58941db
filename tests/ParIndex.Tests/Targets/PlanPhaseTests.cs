namespace ParIndex.Tests.Targets;

public class PlanPhaseTests
{
    [Fact]
    public void Constructor_KeepsNameAndYears()
    {
        var phase = new PlanPhase(" giai đoạn 2 ", 2016, 2020);

        Assert.Equal("giai đoạn 2", phase.Name);
        Assert.Equal((2016, 2020), (phase.FirstYear, phase.LastYear));
        Assert.Equal("giai đoạn 2 (2016–2020)", phase.ToString());
    }

    [Fact]
    public void Constructor_LastBeforeFirst_Throws() =>
        Assert.Equal("lastYear", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanPhase("p", 2016, 2015)).ParamName);

    [Fact]
    public void Constructor_BlankName_Throws() =>
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new PlanPhase("", 2016, 2020)).ParamName);
}
