namespace ParIndex.Tests.Targets;

public class ReportedValueTests
{
    // A one-area methodology: 1.1 (2 points, bands) and 1.2 (1 point, yes/no), as in the README's quick start.
    private static readonly Methodology Demo = new("DEMO", "Demo", SubjectKind.Custom, AssessmentYears.From(2019), 3m,
        [new Area { Code = "1", Name = "Chỉ đạo", MaxPoints = 3m, Criteria = [
            new Criterion { Code = "1.1", Name = "Kế hoạch", MaxPoints = 2m, Rule = BandRule.ForPercent(Band.Above(90m, 2m), Band.Between(70m, 90m, 1m), Band.Below(70m, 0m)) },
            new Criterion { Code = "1.2", Name = "Báo cáo", MaxPoints = 1m, Rule = new YesNoRule(1m) }] }]);

    private static Scorecard Score(string code, decimal plan, bool report) => new Scorer(Demo).Score(new ReportedIndicators(new AssessedUnit(code, "Sở " + code), 2019,
        new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Percent(plan), ["1.2"] = IndicatorValue.Flag(report) }));

    [Fact]
    public void Percent_KeepsEverything()
    {
        var value = ReportedValue.Percent("dossiers.online", 2020, 21.5m, "BC 15/BC-UBND", new LocalDate(2021, 1, 10));

        Assert.Equal(("dossiers.online", 2020, TargetValueKind.Percent, 21.5m, ValueOrigin.Reported), (value.IndicatorId, value.Year, value.ValueKind, value.Number!.Value, value.Origin));
        Assert.Equal(new LocalDate(2021, 1, 10), value.ReportedOn);
        Assert.Equal("2020 dossiers.online = 21.5% (BC 15/BC-UBND)", value.ToString());
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    public void Percent_OutOfRange_Throws(double percent) =>
        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => ReportedValue.Percent("x", 2020, (decimal)percent, "s")).ParamName);

    [Fact]
    public void Factories_BlankArguments_Throw()
    {
        Assert.Equal("indicatorId", Assert.Throws<ArgumentException>(() => ReportedValue.Count(" ", 2020, 1, "s")).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => ReportedValue.Achieved("x", 2020, true, "")).ParamName);
        Assert.Equal("rank", Assert.Throws<ArgumentOutOfRangeException>(() => ReportedValue.Rank("x", 2020, 0, "s")).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => ReportedValue.Count("x", 2020, -1, "s")).ParamName);
    }

    [Fact]
    public void FromScorecard_TakesThePublishedRoundingOfTheIndex_OrANodesPercent()
    {
        // A: 95% → 2 of 2, no report → 0 of 1: 2/3 = 66.67% (README quick start); area 1 the same.
        var card = Score("A", 95m, false);

        var index = ReportedValue.FromScorecard("dept.index", card);
        var node = ReportedValue.FromScorecard("dept.plan", card, "1.1");

        Assert.Equal((66.67m, 2019, ValueOrigin.Scorecard), (index.Number!.Value, index.Year, index.Origin));
        Assert.Equal(100m, node.Number);
        Assert.Contains("DEMO", index.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRanking_TakesTheUnitsRank()
    {
        // A 66.67 (95%, no report), B 100 (95%, report), C 33.33 (80%, no report) → B 1, A 2, C 3.
        var ranking = Ranking.ByIndex([Score("A", 95m, false), Score("B", 95m, true), Score("C", 80m, false)]);

        var value = ReportedValue.FromRanking("dept.rank", ranking, "A", 2019);

        Assert.Equal((2m, TargetValueKind.Rank, ValueOrigin.Ranking), (value.Number!.Value, value.ValueKind, value.Origin));
        Assert.Throws<KeyNotFoundException>(() => ReportedValue.FromRanking("dept.rank", ranking, "Z", 2019));
    }

    [Fact]
    public void FromPublished_ValueOrRank_WithTheRowsSource()
    {
        var row = new PublishedResult(PublishedIndex.Par, 2019, ParIndex.Geography.ProvinceList.Units63["22"], 90.09m, 1, "http://news.gov.vn/Utilities/PrintView.aspx?ID=40168");
        var rankOnly = new PublishedResult(PublishedIndex.Par, 2019, ParIndex.Geography.ProvinceList.Units63["15"], null, 26, "s");

        Assert.Equal(90.09m, ReportedValue.FromPublished("par", row, TargetValueKind.Percent)!.Number);
        Assert.Equal(1m, ReportedValue.FromPublished("par", row, TargetValueKind.Rank)!.Number);
        Assert.Equal(row.Source, ReportedValue.FromPublished("par", row, TargetValueKind.Rank)!.Source);
        Assert.Null(ReportedValue.FromPublished("par", rankOnly, TargetValueKind.Percent));
        Assert.Equal("valueKind", Assert.Throws<ArgumentOutOfRangeException>(() => ReportedValue.FromPublished("par", row, TargetValueKind.Group)).ParamName);
    }

    [Fact]
    public void Equals_ByValue()
    {
        ContractAssert.ClassEqualityContract(ReportedValue.InGroup("pci", 2021, "tốt", "VCCI"), ReportedValue.InGroup("pci", 2021, "tốt", "VCCI"));
        ContractAssert.ClassEqualityContract(ReportedValue.Percent("x", 2020, 5m, "s"), ReportedValue.Percent("x", 2020, 5.0m, "s"), ReportedValue.Percent("x", 2020, 5m, "s", new LocalDate(2021, 1, 1)));
    }
}
