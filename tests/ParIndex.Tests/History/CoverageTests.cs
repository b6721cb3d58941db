using System.Linq;
using ParIndex.History;
using Xunit;

namespace ParIndex.Tests.History;

public class CoverageTests
{
    [Fact]
    public void Counts_Par2012_MatchTheRows()
    {
        var results = PublishedRecord.Results(PublishedIndex.Par, 2012);
        var coverage = results.Coverage;
        Assert.Equal(results.Rows.Length, coverage.Rows);
        Assert.Equal(results.Rows.Count(r => r.Value is not null), coverage.WithValue);
        Assert.Equal(results.Rows.Count(r => r.Rank is not null), coverage.WithRank);
        Assert.False(coverage.IsComplete);
        Assert.StartsWith("2012 Par: ", coverage.ToString(), System.StringComparison.Ordinal);
    }
}
