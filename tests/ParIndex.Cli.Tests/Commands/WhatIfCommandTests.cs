namespace ParIndex.Cli.Tests.Commands;

public sealed class WhatIfCommandTests : TempFileTests
{
    [Fact]
    public void WhatIf_UnitCImproved_MovesFromThirdToFirst()
    {
        // Sở C as reported: 2 of 6 applicable = 33.33 (3rd). Changed: 1.1.1 done 2023-01-01 (late: 0.5), 1.1.3 yes (1),
        // 1.1.4 95 % (above 90 %: 2), 1.2.1 both on time (1), 1.2.2 yes (1), 1.1.2 still n/a: 5.5 of 6 = 91.67 (1st);
        // A (85.71) and B (50.00) each fall one place.
        var changed = Files.Write("c.csv", "unit,name,year,code,value\nC,Sở C,2023,1.1.1,2023-01-01\nC,Sở C,2023,1.1.2,n/a\nC,Sở C,2023,1.1.3,yes\n" +
            "C,Sở C,2023,1.1.4,95\nC,Sở C,2023,1.2.1,yes;yes\nC,Sở C,2023,1.2.2,yes\n");

        var run = CliRun.Ok("whatif", "-m", Samples.Methodology, "-i", Samples.Csv, "--indicators-after", changed, "-f", "csv");

        Assert.Equal(
            ["code,unit,rank_before,rank_after,shift,index_before,index_after", "C,Sở C,3,1,2,33.33,91.67", "A,Sở A,1,2,-1,85.71,85.71", "B,Sở B,2,3,-1,50.00,50.00"],
            run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(run.Error);
    }

    [Fact]
    public void WhatIf_ChangeOfAnotherYear_IsRefusedNamingTheUnitAndYear()
    {
        // main dropped C's 2024 values without a word and said "no change", as if C had been improved to nothing.
        var changed = Files.Write("c-2024.csv", "unit,name,year,code,value\nC,Sở C,2024,1.1.1,2023-01-01\nC,Sở C,2024,1.1.2,n/a\nC,Sở C,2024,1.1.3,yes\n" +
            "C,Sở C,2024,1.1.4,95\nC,Sở C,2024,1.2.1,yes;yes\nC,Sở C,2024,1.2.2,yes\n");

        var run = CliRun.Refused("whatif", "-m", Samples.Methodology, "-i", Samples.Csv, "--indicators-after", changed, "-f", "csv");

        Assert.StartsWith("error: --indicators-after: the changed indicators of C (2024) are not of 2023, the year of --indicators", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void WhatIf_RoundedToWholePoints_TiesTheCloseUnits()
    {
        // Exact: A 80.4 (1st), B 80.2 (2nd), C 70 (3rd). Rounded to 0 decimals A and B are both 80: standard ties give
        // both rank 1 and C stays 3rd; dense ties would give C 2nd.
        var m = Files.Write("m.json", Samples.OneSurveyLeaf);
        var i = Files.Write("i.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,80.4%\nB,Sở B,2023,1.1,80.2%\nC,Sở C,2023,1.1,70%\n");

        var standard = CliRun.Ok("whatif", "-m", m, "-i", i, "--precision-after", "0", "-f", "csv");
        var dense = CliRun.Of("whatif", "-m", m, "-i", i, "--precision-after", "0", "--ties-after", "dense", "-f", "csv");

        Assert.Equal(["code,unit,rank_before,rank_after,shift,index_before,index_after", "A,Sở A,1,1,0,80.40,80.40", "B,Sở B,2,1,1,80.20,80.20", "C,Sở C,3,3,0,70.00,70.00"],
            standard.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        dense.Prints("C,Sở C,3,2,1,70.00,70.00");
    }

    [Fact]
    public void WhatIf_TiesAfterInAnyCase_IsRead()
    {
        // As --ties reads its words: "DENSE" is dense (A and B tie at 80 rounded, C moves to 2nd, as above).
        var m = Files.Write("m.json", Samples.OneSurveyLeaf);
        var i = Files.Write("i.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,80.4%\nB,Sở B,2023,1.1,80.2%\nC,Sở C,2023,1.1,70%\n");

        var run = CliRun.Ok("whatif", "-m", m, "-i", i, "--precision-after", "0", "--ties-after", "DENSE", "-f", "csv");

        run.Prints("C,Sở C,3,2,1,70.00,70.00");
    }

    [Fact]
    public void WhatIf_AnotherMethodology_ScoresTheSameInputsUnderIt()
    {
        // The methodology after adds an area 2 with a yes/no leaf worth 1 point (reported in the changed indicators).
        // Before: A 80.4 (1st), C 70 (2nd). After: A (80.4 %, no) = 0.804 of 2 = 40.2, C (70 %, yes) = 1.7 of 2 = 85.
        var m = Files.Write("m.json", Samples.OneSurveyLeaf);
        var after = Files.Write("after.json", """
            { "formatVersion": 1, "id": "TWO", "title": "Chỉ số hai tiêu chí", "subjectKind": "custom", "years": { "first": 2020 }, "maxPoints": 2,
              "areas": [ { "code": "1", "name": "Kết quả", "maxPoints": 1, "criteria": [
                { "code": "1.1", "name": "Tỷ lệ hài lòng", "maxPoints": 1, "rule": { "kind": "surveyPercentage" } } ] },
                { "code": "2", "name": "Báo cáo", "maxPoints": 1, "criteria": [
                { "code": "2.1", "name": "Báo cáo đúng hạn", "maxPoints": 1, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } } ] } ] }
            """);
        var i = Files.Write("i.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,80.4%\nC,Sở C,2023,1.1,70%\n");
        var changed = Files.Write("c.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,80.4%\nA,Sở A,2023,2.1,no\nC,Sở C,2023,1.1,70%\nC,Sở C,2023,2.1,yes\n");

        var run = CliRun.Ok("whatif", "-m", m, "-i", i, "--methodology-after", after, "--indicators-after", changed, "-f", "csv");

        run.Prints("C,Sở C,2,1,1,70.00,85.00", "A,Sở A,1,2,-1,80.40,40.20");
    }

    [Fact]
    public void WhatIf_NoChange_IsBadUsageSayingWhatToGive()
    {
        var run = CliRun.Refused("whatif", "-m", Samples.Methodology, "-i", Samples.Csv);

        run.Says("give a change: --indicators-after, --methodology-after, --ties-after or --precision-after");
    }

    [Fact]
    public void WhatIf_ChangedUnitNotInTheIndicators_IsBadUsageNamingIt()
    {
        var changed = Files.Write("z.csv", Samples.UnitA.Replace("A,Sở A", "Z,Sở Z", StringComparison.Ordinal));

        var run = CliRun.Refused("whatif", "-m", Samples.Methodology, "-i", Samples.Csv, "--indicators-after", changed);

        run.Says("--indicators-after: the changed indicators name units that are not in --indicators: Z");
    }

    [Fact]
    public void WhatIf_PrecisionNotANumberOfDecimals_IsBadUsage()
    {
        var run = CliRun.Refused("whatif", "-m", Samples.Methodology, "-i", Samples.Csv, "--precision-after", "two");

        run.Says("--precision-after: 'two' is not a precision");
    }
}
