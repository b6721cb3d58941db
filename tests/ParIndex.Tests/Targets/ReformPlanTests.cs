namespace ParIndex.Tests.Targets;

public class ReformPlanTests
{
    private static readonly Province PhuYen = ProvinceList.Units63["54"];
    private static readonly PlanPhase Phase1 = new("giai đoạn 1", 2011, 2015);
    private static readonly PlanPhase Phase2 = new("giai đoạn 2", 2016, 2020);

    private static PlanTarget Target(string id, Deadline deadline) =>
        new(id, new Indicator("satisfaction.agencies", "Mức độ hài lòng"), Goal.GreaterThan(60m), deadline);

    [Fact]
    public void Constructor_KeepsEverything()
    {
        var plan = new ReformPlan("py", PhuYen, "Chương trình CCHC", 2011, 2020, [Phase1, Phase2], [Target("a", Deadline.EndOf(Phase1)), Target("b", Deadline.InYear(2020))])
        {
            DocumentNumber = "6112/KH-UBND",
            DocumentKind = PlanDocumentKind.Plan,
            IssuedOn = new LocalDate(2019, 12, 31),
            Source = "article",
        };

        Assert.Equal(2, plan.Targets.Length);
        Assert.Equal([Phase1, Phase2], plan.Phases.ToArray());
        Assert.Same(plan.Targets[1], plan["b"]);
        Assert.Equal("py: 6112/KH-UBND, Phú Yên, 2011–2020, 2 targets", plan.ToString());
    }

    [Fact]
    public void Constructor_EveryProblem_ReportedAtOnce()
    {
        var stray = new PlanPhase("giai đoạn 3", 2021, 2025);
        var error = Assert.Throws<InvalidPlanException>(() => new ReformPlan("py", PhuYen, "t", 2011, 2020, [Phase1, new PlanPhase("giai đoạn 1b", 2015, 2016)],
            [Target("a", Deadline.InYear(2010)), Target("a", Deadline.EndOf(stray)), Target("c", Deadline.InYear(2021))]));

        Assert.Collection(error.Diagnostics,
            d => Assert.Equal((DiagnosticKind.DuplicateCode, "a"), (d.Kind, d.ItemCode)),
            d => Assert.Equal((DiagnosticKind.PhasesOverlap, (string?)null), (d.Kind, d.ItemCode)),
            d => Assert.Equal((DiagnosticKind.OutsidePlanPeriod, "a"), (d.Kind, d.ItemCode)),
            d => Assert.Equal((DiagnosticKind.OutsidePlanPeriod, "a"), (d.Kind, d.ItemCode)),
            d => Assert.Equal((DiagnosticKind.OutsidePlanPeriod, "c"), (d.Kind, d.ItemCode)));
        TextAssert.Holds(error.Message, "overlaps", "which the plan does not have");
    }

    [Theory]
    [InlineData("giai đoạn 2", 2015, 2020)] // shares 2015 with giai đoạn 1 (2011–2015)
    [InlineData("giai đoạn 1", 2016, 2020)] // no year in common, the same name
    public void Constructor_PhasesSharingAYearOrAName_PhasesOverlap(string name, int first, int last)
    {
        var error = Assert.Throws<InvalidPlanException>(() => new ReformPlan("py", PhuYen, "t", 2011, 2020, [Phase1, new PlanPhase(name, first, last)], []));

        var d = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.PhasesOverlap, (string?)null), (d.Kind, d.ItemCode));
    }

    [Fact]
    public void Constructor_TopBeyondTheUnitsOfTheList_IsRefusedNamingTheTarget()
    {
        // Phú Yên is on the 63-unit list: top 63 can be met or missed by a rank, top 64 is met by every unit.
        var rank = new Indicator("par.rank", "Thứ hạng Chỉ số CCHC");
        var error = Assert.Throws<InvalidPlanException>(() => new ReformPlan("py", PhuYen, "t", 2011, 2020, [], [new PlanTarget("r", rank, Goal.Top(64), Deadline.InYear(2020))]));

        var d = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.ValueOutOfRange, "r"), (d.Kind, d.ItemCode));
        Assert.Single(new ReformPlan("py", PhuYen, "t", 2011, 2020, [], [new PlanTarget("r", rank, Goal.Top(63), Deadline.InYear(2020))]).Targets);
    }

    [Fact]
    public void Constructor_NullTarget_Throws() =>
        Assert.Equal("targets", Assert.Throws<ArgumentException>(() => new ReformPlan("p", PhuYen, "t", 2011, 2020, [], [null!])).ParamName);

    [Fact]
    public void Indexer_UnknownTarget_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => new ReformPlan("p", PhuYen, "t", 2011, 2020, [], [])["x"]);

    [Fact]
    public void Evaluate_NullValues_Throws() =>
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => new ReformPlan("p", PhuYen, "t", 2011, 2020, [], []).Evaluate(null!, new LocalDate(2021, 1, 1))).ParamName);
}
