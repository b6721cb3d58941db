namespace ParIndex.Cli.Tests.Commands;

public sealed class ValidateCommandTests : TempFileTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("sample-ca-mau-1880-2013-fragment.txt")] // 542d627 read it as a results CSV: "missing columns"
    [InlineData("sample-ca-mau-1880-2013-fragment")]
    public void Validate_EmbeddedSampleMethodology_HasNoProblems(string? copiedAs)
    {
        var sample = Path.Combine(RepositoryFiles.Root, "src", "ParIndex", "Data", "sample-ca-mau-1880-2013-fragment.json");
        var path = copiedAs is null ? sample : Files.Write(copiedAs, File.ReadAllText(sample));

        var run = CliRun.Ok("validate", path, "-f", "json");

        run.Prints($"\"title\": \"{Path.GetFileName(path)}: no problems\"", "CA-MAU-1880-2013-FRAGMENT");
    }

    [Fact]
    public void Validate_ResultsWithWrongRanksNamesAndDuplicates_ListsEachWithItsLine()
    {
        // PAR Index 2023 as published: Quảng Ninh 92.18 first, Hải Phòng 91.87 second; here the ranks are swapped.
        var path = Files.Write("results.csv",
            "year,province,value_percent,rank\n" +
            "2023,Quảng Ninh,92.18,2\n" +
            "2023,Hải Phòng,91.87,1\n" +
            "2023,Atlantis,90,4\n" +
            "2023,Quảng Ninh,92.18,2\n" +
            "2023,Hà Giang,101,5\n");

        var problems = ProblemsIn(path);

        TextAssert.Holds(
            problems,
            "results.csv:4:2,UnknownName",
            "results.csv:5:2,DuplicateCode",
            "results.csv:6:3,ValueOutOfRange",
            "results.csv:2,RankMismatch",
            "results.csv:3,RankMismatch");
    }

    [Fact]
    public void Validate_AWorkbookThatIsNone_IsBadInputAsAnUnreadableCsvIs()
    {
        // bdebdb1 and later listed NotAWorkbook as a problem found in the results (exit 1), while a CSV that cannot be
        // read as a table is bad input (exit 2).
        var path = Files.Write("results.xlsx", "year,province,value_percent,rank\n2023,Quảng Ninh,92.18,1\n");

        var run = CliRun.Of("validate", path);

        Assert.StartsWith("error: " + path + ": the file cannot be read as a table (1 problem)", run.Error, StringComparison.Ordinal);
        run.IsBadInput("(NotAWorkbook)");
    }

    [Fact]
    public void Validate_PublishedRanksThatReproduce_HasNoProblems()
    {
        var path = Files.Write("ok.csv", "year,province,value_percent,rank\n2023,Quảng Ninh,92.18,1\n2023,Hải Phòng,91.87,2\n2023,Hà Nội,91.43,3\n");

        Assert.Equal(0, CliRun.Of("validate", path).ExitCode);
    }

    [Fact]
    public void Validate_EmbeddedParRecord_ExitsZeroWithTheNoteOnEqualValuesRankedApart()
    {
        // PAR Index 2024: Cần Thơ and Bình Dương both 89.13, ranks 22 and 23 — consistent, since the Ministry ranks on
        // unpublished decimals; a note, not a problem.
        var run = CliRun.Ok("validate", Path.Combine(RepositoryFiles.Root, "src", "ParIndex", "Data", "par-index-provinces.csv"), "-f", "json");

        // One note on equal values (2024: 89.13 at ranks 22 and 23), and the seven PAR rows on which sources disagree,
        // each with both readings and sources (2021 Sơn La: 87.62 from Báo Sơn La kept, 87.61 from susta.vn).
        run.Prints(
            "par-index-provinces.csv: no problems, 8 note(s)",
            "\"kind\": \"SourcesDisagree\"",
            "PAR Index 2023, Cà Mau: the record keeps 86.89, rank 34 (https://baocamau.vn/ca-mau-dung-hang-32-chi-so-cai-cach-hanh-chinh-a32186.html); another source gives 86.89, rank 32 (http://Kinhtedothi.vn/chi-so-cai-cach-hanh-chinh-dung-thu-ba-khu-vuc-dong-bang-song-cuu-long.html). Rank 34 kept",
            "PAR Index 2022, Bình Phước: the record keeps no row; another source gives 84.46, rank 29",
            "\"severity\": \"note\"",
            "2024 Par: Cần Thơ rank 22 and Bình Dương rank 23 are equal at two decimals (89.13); the order comes from unpublished decimals",
            "PAR Index 2021, Sơn La: the record keeps 87.62, rank 15");
    }

    [Fact]
    public void Validate_EmbeddedSipasRecord_ExitsZeroWithItsOneConflictAsANote()
    {
        // SIPAS 2021, Sơn La: 90.13 (Báo Sơn La, kept) against 90.30 (susta.vn), both rank 6.
        var run = CliRun.Ok("validate", "--index", "sipas", Path.Combine(RepositoryFiles.Root, "src", "ParIndex", "Data", "sipas-provinces.csv"), "-f", "json");

        run.Prints("sipas-provinces.csv: no problems, 1 note(s)", "SIPAS 2021, Sơn La: the record keeps 90.13, rank 6");
    }

    [Fact]
    public void Validate_RowOnWhichTheRecordsSourcesDisagree_IsANoteWithBothSources()
    {
        // Hải Phòng 2023: 91.87 (VNA, kept) or 91.81 (Doanh nghiệp Hội nhập); a file with the row gets the note, one
        // without it does not.
        var with = CliRun.Ok("validate", Files.Write("hp.csv", "year,province,value_percent,rank\n2023,Hải Phòng,91.87,2\n"), "-f", "csv");
        var without = CliRun.Of("validate", Files.Write("hn.csv", "year,province,value_percent,rank\n2023,Hà Nội,91.43,3\n"), "-f", "csv");

        with.Prints(
            "hp.csv:2,SourcesDisagree,31,,\"PAR Index 2023, Hải Phòng: the record keeps 91.87, rank 2 (https://shipbolt.vn/",
            "another source gives 91.81, rank 2 (https://en.doanhnghiephoinhap.vn/");
        Assert.DoesNotContain("SourcesDisagree", without.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EqualValuesWithConsecutiveRanks_IsANote_AndAHigherValueRankedBelowIsAProblem()
    {
        var ok = Files.Write("tie.csv", "year,province,value_percent,rank\n2023,Quảng Ninh,87.33,27\n2023,Hải Phòng,87.33,28\n");
        var bad = Files.Write("bad.csv", "year,province,value_percent,rank\n2023,Quảng Ninh,87.33,27\n2023,Hải Phòng,87.34,28\n");

        var tie = CliRun.Ok("validate", ok, "-f", "csv");
        var conflict = ProblemsIn(bad);

        tie.Prints("equal at two decimals (87.33); the order comes from unpublished decimals (tie.csv),note");
        Assert.Contains("Hải Phòng rank 28 with 87.34: this conflicts with Quảng Ninh rank 27 with 87.33", conflict, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValueWithADecimalComma_IsAProblemQuotingIt_NeverCutAtTheComma()
    {
        // "86,19" read up to the comma would be 86 and pass as a value; it must be refused as written.
        var problems = ProblemsIn(Files.Write("comma.csv", "year,province,value_percent,rank\n2023,Quảng Ninh,\"86,19\",1\n"));

        TextAssert.Holds(problems, "comma.csv:2:3,ValueOutOfRange", "'86,19' is not a percentage in [0, 100] (write decimals with a dot)");
    }

    [Fact]
    public void Validate_MalformedMethodology_IsAProblemFoundWithItsLine()
    {
        var problems = ProblemsIn(Files.Write("broken.json", "{\n  \"id\": \"X\",\n  \"areas\": [\n"));

        TextAssert.Holds(problems, "MalformedJson", "broken.json:");
    }

    [Fact]
    public void Validate_WeightsThatScoringWouldNotUse_AreProblemsAtTheirNodes()
    {
        // Areas weighted 0.6 and 0.6 and a criterion weighted −1 in a methodology that sums points: carried, never used.
        var path = Files.Write("weights.json", """
            { "formatVersion": 1, "id": "W", "title": "Thử nghiệm", "subjectKind": "custom", "years": { "first": 2023 }, "maxPoints": 2,
              "areas": [
                { "code": "1", "name": "Một", "maxPoints": 1, "weight": 0.6, "criteria": [
                  { "code": "1.1", "name": "Một một", "maxPoints": 1, "weight": -1, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } } ] },
                { "code": "2", "name": "Hai", "maxPoints": 1, "weight": 0.6, "criteria": [
                  { "code": "2.1", "name": "Hai một", "maxPoints": 1, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } } ] } ] }
            """);

        var problems = ProblemsIn(path);

        Assert.Equal(4, problems.Split('\n').Count(line => line.EndsWith(",problem", StringComparison.Ordinal)));
        TextAssert.Holds(
            problems,
            "$.areas[0].criteria[0].weight,InvalidNodeWeight,,1.1,\"weight -1 must be more than 0",
            "$.areas[1],WeightNotUsed,,2,\"the weight 0.6 is never used: the methodology sums points");
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(8000)]
    public void Validate_YearOffsetTypedAsAYear_IsReportedWithItsPath_AndScoreRefusesTheFile(int offset)
    {
        // "Báo cáo năm, chậm nhất ngày 15/01 năm sau": the offset is 1. A file holding 2024 put the deadline in 4047
        // (everything on time, exit 0); one holding 8000 in year 10023, outside the calendar ("internal error", exit 3).
        var (methodology, indicators) = AnnualReport(offset);

        var validate = ProblemsIn(methodology);
        var score = CliRun.Of("score", "-m", methodology, "-i", indicators, "-f", "csv");
        var explain = CliRun.Of("explain", "-m", methodology, "-i", indicators, "--unit", "B", "-f", "csv");

        TextAssert.Holds(validate, "$.areas[0].criteria[0].rule.dueYearOffset", $"dueYearOffset {offset} is outside -2 to 2");
        Assert.Contains(",1.1,", validate, StringComparison.Ordinal); // the criterion named
        foreach (var refused in new[] { score, explain })
        {
            Assert.Equal(2, refused.ExitCode);
            refused.Says("dueYearOffset");
            Assert.DoesNotContain("internal error", refused.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("4047", refused.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Score_YearOffsetOfOne_ScoresTheReportAsMeant()
    {
        // The same file as the author meant it (offset 1), assessment year 2023: due 2024-01-15. A done that day →
        // on time, 1 of 1 → index 100.00; B done 2024-03-31 → late, 0.5 of 1 → index 50.00.
        var (methodology, indicators) = AnnualReport(1);

        var score = CliRun.Ok("score", "-m", methodology, "-i", indicators, "-f", "csv");

        score.Prints("A,Sở A,2023,1,1,100.00,", "B,Sở B,2023,0.5,1,50.00,");
    }

    // One leaf "annual report, by 15 January of the year after" with the given due-year offset, and two units of 2023:
    // A done 2024-01-15, B done 2024-03-31.
    private (string Methodology, string Indicators) AnnualReport(int offset) =>
        (Files.Write("m.json", """
            { "formatVersion": 1, "id": "OFFSET", "title": "Báo cáo năm", "subjectKind": "custom", "years": { "first": 2020 }, "maxPoints": 1,
              "areas": [ { "code": "1", "name": "Chế độ báo cáo", "maxPoints": 1, "criteria": [
                { "code": "1.1", "name": "Báo cáo kết quả CCHC năm", "maxPoints": 1,
                  "rule": { "kind": "timeliness", "due": "01-15", "dueYearOffset": OFFSET, "onTime": 1, "late": 0.5, "notDone": 0 } } ] } ] }
            """.Replace("OFFSET", offset.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)),
         Files.Write("i.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,2024-01-15\nB,Sở B,2023,1.1,2024-03-31\n"));

    // The CSV report of validating a file that has problems (exit code 1).
    private static string ProblemsIn(string path) => CliRun.Of("validate", path, "-f", "csv").Exited(1).Out;
}
