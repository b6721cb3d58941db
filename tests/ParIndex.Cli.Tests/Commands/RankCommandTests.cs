using System.Linq;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests.Commands;

public class RankCommandTests
{
    [Fact]
    public void Rank_PublishedYear_ListsThePublishedOrderWithValuesAndSources()
    {
        var run = CliRun.Of("rank", "--year", "2023", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("published_rank,province,index,group,rank_by_value,source", lines[0]);
        // PAR Index 2023 as published (the embedded record, with its sources): Quảng Ninh first with 92.18, Hải Phòng 91.87, Hà Nội 91.43.
        Assert.StartsWith("1,Quảng Ninh,92.18,A,1,https://", lines[1]);
        Assert.StartsWith("2,Hải Phòng,91.87,A,2,", lines[2]);
        Assert.StartsWith("3,Hà Nội,91.43,A,3,", lines[3]);
    }

    [Fact]
    public void Rank_Compare_ShowsTheEarlierRankMinusThisOne()
    {
        var run = CliRun.Of("rank", "--year", "2024", "--compare", "2023", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        // Quảng Ninh: 1st in 2023, 4th in 2024 (the embedded record, with its sources) → −3.
        var row = run.Out.Split('\n').Single(l => l.Contains(",Quảng Ninh,", System.StringComparison.Ordinal));
        Assert.StartsWith("4,Quảng Ninh,91.49,A,4,-3,", row);
    }

    [Fact]
    public void Rank_YearWithoutRecord_IsBadInputNamingTheOption()
    {
        var run = CliRun.Of("rank", "--year", "2009");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--year", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("2009", run.Error, System.StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }
}
