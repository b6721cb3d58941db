namespace ParIndex.Cli.Tests.Commands;

public sealed class TargetsCommandTests : TempFileTests
{
    [Fact]
    public void Targets_NoPlan_ListsTheFiveSeedPlans()
    {
        var run = CliRun.Ok("targets", "-f", "csv");

        var ids = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]);
        Assert.Equal(["phu-yen-2011-2020", "thua-thien-hue-2019", "phu-tho-2020", "khanh-hoa-2021", "gia-lai-2011-2015"], ids);
    }

    [Fact]
    public void Targets_NoAsOf_At03HoursOn1JanuaryInVietnam_EvaluatesThatDay()
    {
        // 03:00 on 1 January 2022 in Việt Nam is 20:00 on 31 December 2021 UTC. The day is 2022-01-01, when SIPAS 2021
        // counts as published (from 1 January of the next year): Khánh Hòa 84.40% decides "> 81% in 2021" → met, gap 3.4,
        // exactly as with --as-of 2022-01-01; read in UTC it would be 2021-12-31 and "no data".
        var clock = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2021, 12, 31, 20, 0));

        var run = CliRun.OkAt(clock, "targets", "--plan", "khanh-hoa-2021", "-f", "csv");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",explanation,as_of", lines[0], StringComparison.Ordinal);
        var row = lines.Single(l => l.StartsWith("kh-01,", StringComparison.Ordinal));
        TextAssert.Holds(row, ",> 81%,2021,met,,", ",3.4,");
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",2022-01-01", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Targets_NoAsOf_OneSecondBeforeMidnightInVietnam_IsStillTheDayBefore()
    {
        // 23:59:59 on 31 December 2021 in Việt Nam = 16:59:59 UTC: SIPAS 2021 is not yet published → no data.
        var clock = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2021, 12, 31, 16, 59, 59));

        var run = CliRun.OkAt(clock, "targets", "--plan", "khanh-hoa-2021", "-f", "json");

        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        var first = json.RootElement.GetProperty("targets").GetProperty("rows")[0];
        Assert.Equal("kh-01", first.GetProperty("target").GetString());
        Assert.Equal("no data", first.GetProperty("status").GetString());
        Assert.Equal("2021-12-31", first.GetProperty("as_of").GetString());
    }

    [Fact]
    public void Targets_Table_StatesTheDayUsedAndWhereItCameFrom()
    {
        var clock = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2021, 12, 31, 20, 0));

        var today = CliRun.At(clock, "targets", "--plan", "khanh-hoa-2021");
        var given = CliRun.At(clock, "targets", "--plan", "khanh-hoa-2021", "--as-of", "2022-06-30");

        today.Prints("As of 2022-01-01 (today in Việt Nam, Asia/Ho_Chi_Minh): 1 met");
        given.Prints("As of 2022-06-30 (--as-of):");
        Assert.DoesNotContain("as_of", today.Out, StringComparison.Ordinal); // said once under the table, not on every row
    }

    [Fact]
    public void Targets_KhanhHoa2021_SatisfactionMetByThePublishedSipas()
    {
        // Khánh Hòa's 2021 plan: satisfaction "trên 81%"; SIPAS 2021 published 84.40% → met, gap 3.4 (as the value, 84.4%, is shown).
        var run = CliRun.Ok("targets", "--plan", "khanh-hoa-2021", "--as-of", "2022-06-30", "-f", "csv");

        var row = run.Out.Split('\n').Single(l => l.StartsWith("kh-01,", StringComparison.Ordinal));
        TextAssert.Holds(row, ",> 81%,2021,met,,", ",3.4,");
    }

    [Fact]
    public void Targets_ReportedValues_DecideTheTargetsTheyAreAbout()
    {
        // Illustrative values: late dossiers 3.1% against "≤ 2%" → not met, gap 2 − 3.1 = −1.1; online 18.6% of all
        // dossiers misses "≥ 30%" but 52% of those of online-published procedures meets the alternative "≥ 50%".
        var values = Files.Write("values.csv",
            "indicator,year,value,source\n" +
            "dossiers.late.sectors,2021,3.1%,Báo cáo (ví dụ)\n" +
            "dossiers.online,2021,18.6%,Báo cáo (ví dụ)\n" +
            "dossiers.online.published-procedures,2021,52%,Báo cáo (ví dụ)\n");

        var run = CliRun.Ok("targets", "--plan", "khanh-hoa-2021", "--as-of", "2022-06-30", "--values", values, "-f", "csv");

        var rows = run.Out.Split('\n');
        Assert.Contains(",not met,,", rows.Single(l => l.StartsWith("kh-03,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(",-1.1,", rows.Single(l => l.StartsWith("kh-03,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(",met,", rows.Single(l => l.StartsWith("kh-06,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--plan nowhere-2030", "nowhere-2030")]
    [InlineData("--plan khanh-hoa-2021 --as-of 30/06/2022", "'30/06/2022' is not a date")]
    [InlineData("--plan khanh-hoa-2021 --as-of 2023-02-29", "--as-of: '2023-02-29' is not a date: February 2023 has 28 days, no day 29")] // said "not a date such as 2022-06-30"
    [InlineData("--plan khanh-hoa-2021 --as-of 2024-13-01", "--as-of: '2024-13-01' is not a date: there is no month 13")]
    public void Targets_BadOption_IsBadInput(string options, string named)
    {
        var run = CliRun.Refused(["targets", .. options.Split(' ')]);

        run.Says(named);
    }

    [Theory]
    [InlineData("3.1%")]
    [InlineData("3.10%")]
    [InlineData("3.100%")]
    public void Targets_Gap_IsPrintedAlikeWhateverTheValueLookedLike(string late)
    {
        // "≤ 2%" and 3.1% reported: gap 2 − 3.1 = −1.1 however many zeros the value was written with (main: -1.10 for
        // 3.10%, as the published 84.40% gave 3.40 beside a value shown as 84.4%).
        var values = Files.Write("values.csv", "indicator,year,value,source\ndossiers.late.sectors,2021," + late + ",Báo cáo (ví dụ)\n");

        var run = CliRun.Ok("targets", "--plan", "khanh-hoa-2021", "--as-of", "2022-06-30", "--values", values, "-f", "csv");

        TextAssert.Holds(run.Out.Split('\n').Single(l => l.StartsWith("kh-03,", StringComparison.Ordinal)), ",≤ 2%,2021,not met,", ",-1.1,");
    }

    [Theory]
    [InlineData("indicator,year,value,source\nno.such.indicator,2021,5%,x\n", "values.csv:2:1")]
    [InlineData("indicator,year,value,source\ndossiers.online,2021,lots,x\n", "values.csv:2:3")]
    [InlineData("indicator,year,value,source\ndossiers.online,2021,130%,x\n", "values.csv:2:3")]
    [InlineData("indicator,year,value,source\ndossiers.online,2021,\"18,6%\",x\n", "'18,6%' is not a percent value")] // never 18
    [InlineData("indicator,year,value,source\ndossiers.online,2021,52%,x\ndossiers.online,2021,18%,x\n", "values.csv:2) and '18%' (")] // both rows, as the file is named
    public void Targets_BadValuesRow_IsBadInputWithItsLine(string csv, string where)
    {
        var run = CliRun.Of("targets", "--plan", "khanh-hoa-2021", "--values", Files.Write("values.csv", csv));

        run.IsBadInput(where);
    }

    [Theory]
    // Before: "criterion no.such.indicator: …" — the row's code is an indicator's id, of no methodology.
    [InlineData("no.such.indicator,2021,5%,x", "values.csv:2:1: indicator no.such.indicator: no target of khanh-hoa-2021 is about indicator 'no.such.indicator'")]
    [InlineData("dossiers.online,20x1,5%,x", "values.csv:2:2: indicator dossiers.online: '20x1' is not a year")]
    // A quoted decimal comma in a comma-separated file: the hint every reader gives (main: no hint).
    [InlineData("dossiers.online,2021,\"84,4%\",x", "values.csv:2:3: indicator dossiers.online: '84,4%' is not a percent value (e.g. 84.4%, 12, rank 3, group tốt, yes) (write decimals with a dot)")]
    public void Targets_BadValuesRow_NamesItsIndicatorAsAnIndicator(string row, string said)
    {
        var run = CliRun.Refused("targets", "--plan", "khanh-hoa-2021", "--values", Files.Write("values.csv", "indicator,year,value,source\n" + row + "\n"));

        run.Says(said);
        Assert.DoesNotContain("criterion", run.Error, StringComparison.Ordinal);
    }
}
