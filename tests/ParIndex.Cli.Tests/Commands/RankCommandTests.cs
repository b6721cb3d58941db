namespace ParIndex.Cli.Tests.Commands;

public sealed class RankCommandTests : TempFileTests
{
    // One percentage leaf scored as % ÷ 100 × 1 point, so that each unit's index is its input.
    private const string OneLeaf = """
        { "formatVersion": 1, "id": "YEARS", "title": "Chỉ số theo năm", "subjectKind": "custom", "years": { "first": 2020 }, "maxPoints": 1,
          "areas": [ { "code": "1", "name": "Kết quả", "maxPoints": 1, "criteria": [
            { "code": "1.1", "name": "Tỷ lệ hồ sơ đúng hạn", "maxPoints": 1, "rule": { "kind": "surveyPercentage" } } ] } ] }
        """;

    private string[] TwoYears(params string[] more) =>
    [
        "rank", "-m", Files.Write("m.json", OneLeaf),
        "-i", Files.Write("2023.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,80%\nB,Sở B,2023,1.1,70%\n"),
        "-i", Files.Write("2024.csv", "unit,name,year,code,value\nC,Sở C,2024,1.1,90%\nD,Sở D,2024,1.1,75%\n"),
        "--format", "csv", .. more,
    ];

    [Fact]
    public void Rank_ScoredFilesOfTwoYears_RanksEachYearOnItsOwnWithTheYear()
    {
        var run = CliRun.Ok(TwoYears());

        // By hand: 2023 → A 80.00 (B) 1st, B 70.00 (C) 2nd; 2024 → C 90.00 (A) 1st, D 75.00 (C) 2nd. Never C 1, A 2, D 3, B 4.
        Assert.Equal(
            ["year,rank,code,unit,index,group,note", "2023,1,A,Sở A,80.00,B,", "2023,2,B,Sở B,70.00,C,", "2024,1,C,Sở C,90.00,A,", "2024,2,D,Sở D,75.00,C,"],
            run.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Rank_ScoredFilesWithYear_RanksThatYearOnly()
    {
        var run = CliRun.Ok(TwoYears("--year", "2023"));

        Assert.Equal(["year,rank,code,unit,index,group,note", "2023,1,A,Sở A,80.00,B,", "2023,2,B,Sở B,70.00,C,"], run.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Rank_ScoredFilesWithAYearTheyDoNotHold_IsBadInputNamingTheYears()
    {
        var run = CliRun.Refused(TwoYears("--year", "2022"));

        run.Says("--year: the indicator files hold no results of 2022; years: 2023, 2024");
    }

    [Fact]
    public void Rank_ScoredFilesOfTwoYears_TableSaysEachYearIsRankedOnItsOwn()
    {
        var run = CliRun.Ok([.. TwoYears().SkipLast(2)]);

        run.Prints("each year is ranked on its own", "2024");
    }

    [Fact]
    public void Rank_PublishedYear_ListsThePublishedOrderWithValuesAndSources()
    {
        var run = CliRun.Ok("rank", "--year", "2023", "--format", "csv");

        var lines = run.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("published_rank,province,index,group,rank_by_value,source", lines[0]);
        // PAR Index 2023 as published (the embedded record, with its sources): Quảng Ninh first with 92.18, Hải Phòng 91.87, Hà Nội 91.43.
        // No source states the 2023 group thresholds, so no group is shown (the year's scheme is used by default).
        Assert.StartsWith("1,Quảng Ninh,92.18,,1,https://", lines[1]);
        Assert.StartsWith("2,Hải Phòng,91.87,,2,", lines[2]);
        Assert.StartsWith("3,Hà Nội,91.43,,3,", lines[3]);
        CliRun.Of("rank", "--year", "2023").Prints("No groups: no source found for the group thresholds of Par 2023.");
    }

    [Fact]
    public void Rank_Compare_ShowsTheEarlierRankMinusThisOne()
    {
        var run = CliRun.Ok("rank", "--year", "2024", "--compare", "2023", "--format", "csv");

        // Quảng Ninh: 1st in 2023, 4th in 2024 (the embedded record, with its sources) → −3.
        var row = run.Out.Split('\n').Single(l => l.Contains(",Quảng Ninh,", System.StringComparison.Ordinal));
        Assert.StartsWith("4,Quảng Ninh,91.49,A,4,-3,", row);
    }

    [Fact]
    public void Rank_CompareWithTheYearRanked_IsRefused()
    {
        // 12f09a9 accepted it and showed a change of 0 on every row.
        var run = CliRun.Refused("rank", "--year", "2023", "--compare", "2023");

        Assert.Equal("error: --compare: 2023 is the year ranked: compare it with another year", run.Error.Trim());
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Rank_Published2018_UsesThe2018Groups()
    {
        // 2018 groups (one provincial source, Sơn La): A ≥ 80, B 75–<80, C 70–<75, D < 70. Quảng Ninh 89.06 is in A;
        // under the A ≥ 90 scheme of other years it would be B.
        var run = CliRun.Of("rank", "--year", "2018", "--format", "csv");

        run.Prints("1,Quảng Ninh,89.06,A,1,");
        CliRun.Of("rank", "--year", "2018").Prints("Groups of 2018: A (≥ 80), B (≥ 75), C (≥ 70), D (≥ 0) (http://susta.vn/");
    }

    [Fact]
    public void Rank_YearWithoutRecord_IsBadInputNamingTheOption()
    {
        var run = CliRun.Refused("rank", "--year", "2009");

        run.Says("--year", "2009");
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Rank_ScoredUnits_RankExactValuesAndShowTwoDecimals()
    {
        // Sample units (samples/data): A 6 of 7 = 85.714…%, B 3.5 of 7 = 50%, C 2 of 6 = 33.33…%; shown to two decimals.
        var run = CliRun.Ok("rank", "-m", Samples.Methodology, "-i", Samples.Csv, "-f", "csv");

        run.Prints("1,A,Sở A,85.71,B", "3,C,Sở C,33.33,");
        var table = CliRun.Of("rank", "-m", Samples.Methodology, "-i", Samples.Csv);
        table.Prints("ranked on exact values, as the Ministry ranks; shown to the published 2 decimals");
    }

    private const string NothingApplicableMethodology = """
        { "formatVersion": 1, "id": "BH-DEMO", "title": "Chỉ số CCHC thử nghiệm", "subjectKind": "custom", "years": { "first": 2023 }, "maxPoints": 5,
          "areas": [
            { "code": "1", "name": "Chỉ đạo, điều hành", "maxPoints": 3, "criteria": [
              { "code": "1.1", "name": "Ban hành kế hoạch", "maxPoints": 1, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } },
              { "code": "1.2", "name": "Tỷ lệ nhiệm vụ hoàn thành", "maxPoints": 2, "rule": { "kind": "proportional" } } ] },
            { "code": "2", "name": "Thủ tục hành chính", "maxPoints": 2, "criteria": [
              { "code": "2.1", "name": "Công bố TTHC", "maxPoints": 1, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } },
              { "code": "2.2", "name": "Niêm yết TTHC", "maxPoints": 1, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } } ] } ] }
        """;

    private const string NothingApplicableIndicators =
        "unit,name,year,code,value\nX,Sở X,2023,1.1,yes\nX,Sở X,2023,1.2,1/2\nX,Sở X,2023,2.1,n/a\nX,Sở X,2023,2.2,n/a\n" +
        "Y,Sở Y,2023,1.1,no\nY,Sở Y,2023,1.2,1/2\nY,Sở Y,2023,2.1,no\nY,Sở Y,2023,2.2,no\n";

    [Fact]
    public void Rank_ByAreaWhereNothingAppliesToAUnit_ListsItWithTheReasonInEveryFormat()
    {
        // X: 2.1 and 2.2 n/a → area 2 is 0 of 0 points, no percentage; Y: 0 of 2 = 0.00 %. By area 2: Y rank 1, and X
        // is listed as not ranked, with why, in the table, the CSV and the JSON — it never vanishes.
        var m = Files.Write("methodology.json", NothingApplicableMethodology);
        var i = Files.Write("indicators.csv", NothingApplicableIndicators);

        var csv = CliRun.Ok("rank", "-m", m, "-i", i, "--area", "2", "-f", "csv");
        var json = CliRun.Of("rank", "-m", m, "-i", i, "--area", "2", "-f", "json");
        var table = CliRun.Of("rank", "-m", m, "-i", i, "--area", "2");
        var score = CliRun.Of("score", "-m", m, "-i", i);

        Assert.Equal(["year,rank,code,unit,area_percent,group,note", "2023,1,Y,Sở Y,0.00,,", "2023,,X,Sở X,,,not ranked: nothing of area 2 applies to it"], csv.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
        json.Prints(
            "\"note\": \"not ranked: nothing of area 2 applies to it\"",
            "1 of the 2 units given are ranked; ranks are among those 1.");
        table.Prints("Not ranked: X Sở X, nothing of area 2 applies to it.");
        score.Prints("area_2 of X Sở X is blank: nothing of area 2 applies to it");
    }

    [Theory]
    // Before, each was dropped without a word: the published 2023 ranking printed as if it had not been typed, and the
    // scored units ranked with no comparison.
    [InlineData("the published ranking", "--area", "rank", "--year", "2023", "--area", "2")]
    [InlineData("the published ranking", "--methodology", "rank", "--year", "2023", "--methodology", "CA-MAU-1880-2013-FRAGMENT")]
    [InlineData("a ranking of scored units", "--compare", "rank", "-m", "CA-MAU-1880-2013-FRAGMENT", "-i", "SAMPLE", "--compare", "2022")]
    [InlineData("a ranking of scored units", "--index", "rank", "-m", "CA-MAU-1880-2013-FRAGMENT", "-i", "SAMPLE", "--index", "sipas")]
    public void Rank_OptionOfTheOtherMode_IsRefused(string mode, string option, params string[] args)
    {
        var run = CliRun.Refused([.. args.Select(a => a == "SAMPLE" ? Samples.Csv : a)]);

        run.Says($"{option}: {option} does not apply to {mode}");
    }
}
