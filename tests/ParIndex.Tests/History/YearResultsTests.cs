namespace ParIndex.Tests.History;

public class YearResultsTests
{
    [Fact]
    public void Rows_RankedFirstByRank_ThenValueOnlyRowsHighestFirst()
    {
        foreach (var year in PublishedRecord.Years(PublishedIndex.Par))
        {
            var rows = PublishedRecord.Results(PublishedIndex.Par, year).Rows;
            var ranked = rows.TakeWhile(r => r.Rank is not null).Select(r => r.Rank!.Value).ToList();
            Assert.Equal(ranked.Order(), ranked);
            var valueOnly = rows.Skip(ranked.Count).Select(r => r.Value!.Value).ToList();
            Assert.Equal(valueOnly.OrderDescending(), valueOnly);
        }
    }

    [Fact]
    public void Groups_AreTheYearsPublishedThresholds_WithTheirSource()
    {
        // 2018 (Sơn La's report, unconfirmed): A ≥ 80, B 75–<80, C 70–<75, D < 70; 2024: A ≥ 90, B 80–<90, C 70–<80.
        var eighteen = PublishedRecord.Results(PublishedIndex.Par, 2018);
        Assert.Equal([("A", 80m), ("B", 75m), ("C", 70m), ("D", 0m)], eighteen.Groups!.Groups.Select(g => (g.Name, g.LowerBound)));
        Assert.Contains("unconfirmed", eighteen.GroupsSource, StringComparison.Ordinal);
        Assert.Equal([("A", 90m), ("B", 80m), ("C", 70m)], PublishedRecord.Results(PublishedIndex.Par, 2024).Groups!.Groups.Select(g => (g.Name, g.LowerBound)));
    }

    [Fact]
    public void Groups_OfSipas_AreNone_AndTheSourceSaysSo()
    {
        var sipas = PublishedRecord.Results(PublishedIndex.Sipas, 2024);
        Assert.Null(sipas.Groups);
        Assert.Contains("SIPAS", sipas.GroupsSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_Par2012_MatchesTheRows()
    {
        var results = PublishedRecord.Results(PublishedIndex.Par, 2012);
        var coverage = results;
        Assert.Equal(results.Rows.Count(r => r.Value is not null), coverage.WithValue);
        Assert.Equal(results.Rows.Count(r => r.Rank is not null), coverage.WithRank);
        Assert.False(coverage.IsComplete);
        Assert.StartsWith("2012 Par: ", coverage.ToString(), System.StringComparison.Ordinal);
    }
}
