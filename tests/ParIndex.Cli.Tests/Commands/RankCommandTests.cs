using System.Linq;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests.Commands;

public sealed class RankCommandTests : System.IDisposable
{
    // One percentage leaf scored as % ÷ 100 × 1 point, so that each unit's index is its input.
    private const string OneLeaf = """
        { "formatVersion": 1, "id": "YEARS", "title": "Chỉ số theo năm", "subjectKind": "custom", "years": { "first": 2020 }, "maxPoints": 1,
          "areas": [ { "code": "1", "name": "Kết quả", "maxPoints": 1, "criteria": [
            { "code": "1.1", "name": "Tỷ lệ hồ sơ đúng hạn", "maxPoints": 1, "rule": { "kind": "surveyPercentage" } } ] } ] }
        """;

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string[] TwoYears(params string[] more) =>
    [
        "rank", "-m", _files.Write("m.json", OneLeaf),
        "-i", _files.Write("2023.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,80%\nB,Sở B,2023,1.1,70%\n"),
        "-i", _files.Write("2024.csv", "unit,name,year,code,value\nC,Sở C,2024,1.1,90%\nD,Sở D,2024,1.1,75%\n"),
        "--format", "csv", .. more,
    ];

    [Fact]
    public void Rank_ScoredFilesOfTwoYears_RanksEachYearOnItsOwnWithTheYear()
    {
        var run = CliRun.Of(TwoYears());

        // By hand: 2023 → A 80.00 (B) 1st, B 70.00 (C) 2nd; 2024 → C 90.00 (A) 1st, D 75.00 (C) 2nd. Never C 1, A 2, D 3, B 4.
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["year,rank,code,unit,index,group", "2023,1,A,Sở A,80.00,B", "2023,2,B,Sở B,70.00,C", "2024,1,C,Sở C,90.00,A", "2024,2,D,Sở D,75.00,C"],
            run.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Rank_ScoredFilesWithYear_RanksThatYearOnly()
    {
        var run = CliRun.Of(TwoYears("--year", "2023"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["year,rank,code,unit,index,group", "2023,1,A,Sở A,80.00,B", "2023,2,B,Sở B,70.00,C"], run.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Rank_ScoredFilesWithAYearTheyDoNotHold_IsBadInputNamingTheYears()
    {
        var run = CliRun.Of(TwoYears("--year", "2022"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--year: the indicator files hold no results of 2022; years: 2023, 2024", run.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_ScoredFilesOfTwoYears_TableSaysEachYearIsRankedOnItsOwn()
    {
        var run = CliRun.Of([.. TwoYears().SkipLast(2)]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("each year is ranked on its own", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("2024", run.Out, System.StringComparison.Ordinal);
    }

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
