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
        // PAR Index 2023 as published (historical-results.md): Quảng Ninh first with 92.18, Hải Phòng 91.87, Hà Nội 91.43.
        Assert.StartsWith("1,Quảng Ninh,92.18,A,1,https://", lines[1]);
        Assert.StartsWith("2,Hải Phòng,91.87,A,2,", lines[2]);
        Assert.StartsWith("3,Hà Nội,91.43,A,3,", lines[3]);
    }

    [Fact]
    public void Rank_Compare_ShowsTheEarlierRankMinusThisOne()
    {
        var run = CliRun.Of("rank", "--year", "2024", "--compare", "2023", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        // Quảng Ninh: 1st in 2023, 4th in 2024 (historical-results.md) → −3.
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

    [Fact]
    public void Rank_ScoredUnits_RankExactValuesAndShowTwoDecimals()
    {
        // Sample units (samples/data): A 6 of 7 = 85.714…%, B 3.5 of 7 = 50%, C 2 of 6 = 33.33…%; shown to two decimals.
        var run = CliRun.Of("rank", "-m", Samples.Methodology, "-i", Samples.Csv, "-f", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1,A,Sở A,85.71,B", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("3,C,Sở C,33.33,", run.Out, System.StringComparison.Ordinal);
        var table = CliRun.Of("rank", "-m", Samples.Methodology, "-i", Samples.Csv);
        Assert.Contains("ranked on exact values, as the Ministry ranks; shown to the published 2 decimals", table.Out, System.StringComparison.Ordinal);
    }
}
