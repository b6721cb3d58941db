namespace ParIndex.Tests.Targets;

public class GoalTests
{
    private static ReportedValue Percent(decimal value) => ReportedValue.Percent("x", 2020, value, "test");

    private static ReportedValue Rank(int rank) => ReportedValue.Rank("x", 2019, rank, "test");

    [Theory]
    // "trên 80%": 80 is not above 80.
    [InlineData(nameof(Comparison.GreaterThan), 80.01, true, 0.01)]
    [InlineData(nameof(Comparison.GreaterThan), 80, false, 0)]
    [InlineData(nameof(Comparison.GreaterThan), 79.5, false, -0.5)]
    // "từ 80% trở lên": 80 is enough.
    [InlineData(nameof(Comparison.AtLeast), 80, true, 0)]
    [InlineData(nameof(Comparison.AtLeast), 79.99, false, -0.01)]
    // "100%": 98% falls 2 points short.
    [InlineData(nameof(Comparison.EqualTo), 80, true, 0)]
    [InlineData(nameof(Comparison.EqualTo), 78, false, -2)]
    // "giảm xuống 80%" (at most): 78 leaves 2 points to spare, 81 is 1 point over.
    [InlineData(nameof(Comparison.AtMost), 78, true, 2)]
    [InlineData(nameof(Comparison.AtMost), 80, true, 0)]
    [InlineData(nameof(Comparison.AtMost), 81, false, -1)]
    [InlineData(nameof(Comparison.LessThan), 80, false, 0)]
    [InlineData(nameof(Comparison.LessThan), 79, true, 1)]
    public void IsMetByAndGap_PercentComparisons_FollowTheWording(string comparisonName, double value, bool met, double gap)
    {
        var comparison = Enum.Parse<Comparison>(comparisonName); // by name: Comparison is internal, a test method's parameters public
        var goal = comparison switch
        {
            Comparison.GreaterThan => Goal.GreaterThan(80m),
            Comparison.AtLeast => Goal.AtLeast(80m),
            Comparison.EqualTo => Goal.EqualTo(80m),
            Comparison.AtMost => Goal.AtMost(80m),
            _ => Goal.LessThan(80m),
        };

        Assert.Equal(met, goal.IsMetBy(Percent((decimal)value)));
        Assert.Equal((decimal)gap, goal.Gap(Percent((decimal)value)));
        Assert.Equal(comparison, goal.Comparison);
        Assert.Equal(TargetValueKind.Percent, goal.ValueKind);
    }

    [Theory]
    // Top 10: rank 10 is in (0 places to spare), rank 4 has 6 to spare, rank 12 is 2 places short.
    [InlineData(10, true, 0)]
    [InlineData(4, true, 6)]
    [InlineData(12, false, -2)]
    public void IsMetByAndGap_Top10_CountsPlaces(int rank, bool met, int gap)
    {
        var goal = Goal.Top(10);

        Assert.Equal(met, goal.IsMetBy(Rank(rank)));
        Assert.Equal(gap, goal.Gap(Rank(rank)));
        Assert.Equal(TargetValueKind.Rank, goal.ValueKind);
    }

    [Fact]
    public void IsMetBy_InGroup_ComparesNamesInNfc()
    {
        var goal = Goal.InGroup("tốt");

        Assert.True(goal.IsMetBy(ReportedValue.InGroup("pci", 2021, "to\u0302\u0301t", "test")));
        Assert.False(goal.IsMetBy(ReportedValue.InGroup("pci", 2021, "khá", "test")));
        Assert.Null(goal.Gap(ReportedValue.InGroup("pci", 2021, "khá", "test")));
    }

    [Fact]
    public void IsMetBy_Achieved_ReadsTheJudgement()
    {
        var goal = Goal.Achieved();

        Assert.True(goal.IsMetBy(ReportedValue.Achieved("pilot", 2015, true, "report")));
        Assert.False(goal.IsMetBy(ReportedValue.Achieved("pilot", 2015, false, "report")));
        Assert.Null(goal.Threshold);
        Assert.Equal(TargetValueKind.YesNo, goal.ValueKind);
    }

    [Fact]
    public void IsMetBy_ValueOfAnotherUnit_ThrowsNamingTheValue()
    {
        var error = Assert.Throws<ArgumentException>(() => Goal.Top(10).IsMetBy(Percent(90m)));

        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void Count_Goal_ComparesWholeNumbers()
    {
        var goal = Goal.AtLeast(4m, TargetValueKind.Count);

        Assert.True(goal.IsMetBy(ReportedValue.Count("meetings", 2020, 4, "report")));
        Assert.Equal(-1m, goal.Gap(ReportedValue.Count("meetings", 2020, 3, "report")));
    }

    [Theory]
    [InlineData(-1, TargetValueKind.Percent, "threshold")]
    [InlineData(100.5, TargetValueKind.Percent, "threshold")]
    [InlineData(2.5, TargetValueKind.Count, "threshold")]
    [InlineData(10, TargetValueKind.Rank, "valueKind")]
    public void AtLeast_OutOfDomain_Throws(double threshold, TargetValueKind unit, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Goal.AtLeast((decimal)threshold, unit));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Top_Zero_Throws() =>
        Assert.Equal("places", Assert.Throws<ArgumentOutOfRangeException>(() => Goal.Top(0)).ParamName);

    [Fact]
    public void InGroup_Blank_Throws() =>
        Assert.Equal("group", Assert.Throws<ArgumentException>(() => Goal.InGroup(" ")).ParamName);

    [Fact]
    public void ToString_ReadsLikeThePlan()
    {
        Assert.Equal("> 80%", Goal.GreaterThan(80m).ToString());
        Assert.Equal("≥ 30%", Goal.AtLeast(30m).ToString());
        Assert.Equal("= 100%", Goal.EqualTo(100m).ToString());
        Assert.Equal("≤ 2%", Goal.AtMost(2m).ToString());
        Assert.Equal("< 5%", Goal.LessThan(5m).ToString());
        Assert.Equal("top 10", Goal.Top(10).ToString());
        Assert.Equal("in group tốt", Goal.InGroup("tốt").ToString());
        Assert.Equal("achieved", Goal.Achieved().ToString());
    }

    [Fact]
    public void Equals_SameParts_AreEqualWithEqualHashes()
    {
        ContractAssert.ClassEqualityContract(Goal.AtLeast(50m), Goal.AtLeast(50.0m), Goal.GreaterThan(50m), Goal.AtLeast(50m, TargetValueKind.Count));
    }
}
