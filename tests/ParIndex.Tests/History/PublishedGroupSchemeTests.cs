namespace ParIndex.Tests.History;

public class PublishedGroupSchemeTests
{
    [Theory]
    [InlineData(2015)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2024)]
    public void For_ConfirmedYears_AreA90B80C70(int year)
    {
        var groups = PublishedGroupScheme.For(PublishedIndex.Par, year);
        Assert.Equal([("A", 90m), ("B", 80m), ("C", 70m)], groups.Scheme!.Groups.Select(g => (g.Name, g.LowerBound)));
        Assert.False(string.IsNullOrWhiteSpace(groups.Source));
    }

    [Fact]
    public void For_2016_AddsGroupDBelow70_And2018_HasItsOwnThresholds()
    {
        // 2016 (Sở Nội vụ Bắc Giang): A > 90, B 80–<90, C 70–<80, D < 70. 2018 (Sơn La): A ≥ 80, B 75–<80, C 70–<75, D < 70.
        Assert.Equal([("A", 90m), ("B", 80m), ("C", 70m), ("D", 0m)], PublishedGroupScheme.For(PublishedIndex.Par, 2016).Scheme!.Groups.Select(g => (g.Name, g.LowerBound)));
        var eighteen = PublishedGroupScheme.For(PublishedIndex.Par, 2018);
        Assert.Equal([("A", 80m), ("B", 75m), ("C", 70m), ("D", 0m)], eighteen.Scheme!.Groups.Select(g => (g.Name, g.LowerBound)));
        Assert.Equal("B", eighteen.Scheme.Classify(79.05m)!.Name);
        Assert.Contains("unconfirmed", eighteen.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PublishedIndex.Par, 2012)]
    [InlineData(PublishedIndex.Par, 2019)]
    [InlineData(PublishedIndex.Par, 2023)]
    [InlineData(PublishedIndex.Sipas, 2024)]
    public void For_YearsWithoutASource_HaveNoScheme_AndSayWhy(PublishedIndex index, int year)
    {
        var groups = PublishedGroupScheme.For(index, year);
        Assert.Null(groups.Scheme);
        Assert.Contains("groups unknown", groups.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Default_JudgesGroupsWithTheYearsScheme()
    {
        // A 2018 table whose count says 9 provinces in group A: rank 5 with 80.50 is in A under the 2018 scheme (≥ 80),
        // but would be B under A ≥ 90 — a mismatch only with the wrong year's scheme.
        var rows = new[] { new PublishedResult(PublishedIndex.Par, 2018, ProvinceList.Units63["80"], 80.50m, 5, "s") };
        PublishedAggregate[] counts = [new(PublishedIndex.Par, 2018, AggregateMeasure.GroupCount, null, "A", 9m, "s")];

        Assert.True(ValidationReport.Validate(rows, counts).IsValid);
        var ministry = ValidationReport.Validate(rows, counts, new RankingOptions { Groups = GroupScheme.Ministry });
        Assert.Equal(DiagnosticKind.GroupMismatch, Assert.Single(ministry.Problems).Kind);
    }
}
