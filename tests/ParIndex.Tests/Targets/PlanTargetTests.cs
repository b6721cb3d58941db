namespace ParIndex.Tests.Targets;

public class PlanTargetTests
{
    private static readonly Indicator Online = new("online-services.full", "Dịch vụ công trực tuyến toàn trình");

    [Fact]
    public void OnlineServices_PartialAndFullBefore2022_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanTarget("t", Online, Goal.AtLeast(50m), Deadline.InYear(2021)) { OnlineServices = OnlineServiceScheme.PartialAndFull });

    [Fact]
    public void OnlineServices_PartialAndFullFrom2022_IsKept()
    {
        var target = new PlanTarget("t", Online, Goal.AtLeast(50m), Deadline.InYear(2023)) { OnlineServices = OnlineServiceScheme.PartialAndFull };

        Assert.Equal(OnlineServiceScheme.PartialAndFull, target.OnlineServices);
    }

    [Fact]
    public void Defaults_UnspecifiedScope_NoNote_NoAlternatives()
    {
        var target = new PlanTarget(" t ", Online, Goal.AtLeast(50m), Deadline.InYear(2023)) { Note = "  " };

        Assert.Equal("t", target.Id);
        Assert.Same(TargetScope.Unspecified, target.Scope);
        Assert.Null(target.Note);
        Assert.Empty(target.Alternatives);
        Assert.Equal(OnlineServiceScheme.None, target.OnlineServices);
    }

    [Fact]
    public void Alternatives_WithNull_Throws() =>
        Assert.Throws<ArgumentException>(() => new PlanTarget("t", Online, Goal.AtLeast(50m), Deadline.InYear(2023)) { Alternatives = [null!] });

    [Fact]
    public void Constructor_NullGoal_Throws() =>
        Assert.Equal("goal", Assert.Throws<ArgumentNullException>(() => new PlanTarget("t", Online, null!, Deadline.InYear(2023))).ParamName);

    [Fact]
    public void ToString_ShowsGoalDeadlineAndAlternatives()
    {
        var target = new PlanTarget("kh-06", new Indicator("dossiers.online", "x"), Goal.AtLeast(30m), Deadline.InYear(2021))
        { Alternatives = [new TargetAlternative(new Indicator("dossiers.online.published-procedures", "y"), Goal.AtLeast(50m))] };

        Assert.Equal("kh-06: dossiers.online ≥ 30% by 2021 or dossiers.online.published-procedures ≥ 50%", target.ToString());
    }

    [Fact]
    public void Equals_ComparesEveryPart()
    {
        PlanTarget Make(string? note) => new("t", Online, Goal.AtLeast(50m), Deadline.InYear(2023)) { Note = note, Scope = new TargetScope(GovernmentLevels.Commune) };

        Assert.Equal(Make("n"), Make("n"));
        Assert.NotEqual(Make("n"), Make("m"));
    }
}
