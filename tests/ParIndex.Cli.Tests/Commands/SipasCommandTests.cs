namespace ParIndex.Cli.Tests.Commands;

public sealed class SipasCommandTests : TempFileTests
{
    private const string Header = "year,province,TC1,TC2,TC3,TC4,TT1,TT2,TT3,TT4,TT5,CC1,CC2,CC3,CC4,CC5,CC6,KQ1,KQ2,KQ3,GY1,GY2,GY3,GY4\n";

    private static string Row(string province, int answer) => "2019," + province + "," + string.Join(",", Enumerable.Repeat(answer, 22)) + "\n";

    [Fact]
    public void Sipas_HandComputedSurvey_GivesSharesRanksAndFlags()
    {
        // Cà Mau: one respondent answers 5 everywhere, one 2 → every question 1 of 2 satisfied → 50%.
        // Hà Nội: one respondent answers 4 everywhere → 100%, on 22 answers: below the default minimum of 30.
        var path = Files.Write("answers.csv", Header + Row("Cà Mau", 5) + Row("Cà Mau", 2) + Row("Hà Nội", 4));

        var run = CliRun.Ok("sipas", "--answers", path, "--year", "2019", "--replicates", "0", "-f", "csv");

        var lines = run.Out.Split('\n');
        Assert.Equal("rank,province,respondents,percent,lower,upper,interval,answers,flag", lines[0]);
        Assert.StartsWith("1,Hà Nội,1,100.00,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",22,few answers", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,Cà Mau,2,50.00,", lines[2], StringComparison.Ordinal);
        // Pooled: 66 answers, 44 satisfied → 66.67%; mean of provinces: (100 + 50) / 2 = 75%.
        Assert.Contains(lines, l => l.StartsWith("pooled respondents,3,66.67,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("mean of provinces,3,75.00,", StringComparison.Ordinal));
    }

    [Fact]
    public void Sipas_ProvinceWithoutValidAnswers_KeepsItsRowSayingItIsNotRanked()
    {
        // Đà Nẵng's only respondent answers 9 ("don't know") everywhere: no valid answer, no figure, no rank.
        var path = Files.Write("answers.csv", Header + Row("Cà Mau", 5) + Row("Đà Nẵng", 9));

        var csv = CliRun.Ok("sipas", "--answers", path, "--year", "2019", "--replicates", "0", "-f", "csv");
        var json = CliRun.Of("sipas", "--answers", path, "--year", "2019", "--replicates", "0", "-f", "json");

        csv.Prints(",Đà Nẵng,1,,,,,,not ranked: no valid answers");
        json.Prints("1 of the 2 provinces with responses are ranked", "Not ranked: Đà Nẵng, no valid answers for the overall figure.");
    }

    [Theory]
    [InlineData("answers.json")]
    [InlineData("answers.txt")] // 542d627 read JSON by its extension only: this was a CSV without its columns
    [InlineData("answers")]
    public void Sipas_JsonAnswers_GiveTheSameFiguresAsCsv(string name)
    {
        string Respondent(string province, int answer) =>
            "{\"year\": 2019, \"province\": \"" + province + "\", \"answers\": [" + string.Join(", ", Enumerable.Repeat(answer, 22)) + "]}";
        var path = Files.Write(name, "\n [" + string.Join(", ", Respondent("Cà Mau", 5), Respondent("Cà Mau", 2), Respondent("Hà Nội", 4)) + "]");

        var run = CliRun.Ok("sipas", "--answers", path, "--year", "2019", "--replicates", "0", "-f", "csv");

        var lines = run.Out.Split('\n');
        Assert.StartsWith("1,Hà Nội,1,100.00,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,Cà Mau,2,50.00,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Sipas_OnlyVerySatisfiedCounts_WhenAsked()
    {
        var path = Files.Write("answers.csv", Header + Row("Cà Mau", 5) + Row("Cà Mau", 4));

        var run = CliRun.Ok("sipas", "--answers", path, "--year", "2019", "--satisfied", "5", "--replicates", "0", "-f", "csv");

        Assert.StartsWith("1,Cà Mau,2,50.00,", run.Out.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Sipas_BadRows_AreWarnedWithTheirLinesAndCounted()
    {
        var path = Files.Write("answers.csv", Header + Row("Cà Mau", 5) + Row("Atlantis", 5) + Row("Hà Nội", 7));

        var run = CliRun.Ok("sipas", "--answers", path, "--year", "2019", "--replicates", "0");

        run.Says("answers.csv:3", "answers.csv:4");
        run.Prints("3 rows read, 1 used, 2 rejected");
    }

    [Fact]
    public void Sipas_NoUsableRow_IsBadInput()
    {
        var run = CliRun.Refused("sipas", "--answers", Files.Write("answers.csv", Header + Row("Atlantis", 5)), "--year", "2019");

        run.Says("no row could be used");
    }

    [Fact]
    public void Sipas_AllSatisfiedOrNone_PrintsWilsonIntervalsAndNamesEveryMethod()
    {
        // Hà Nội: 8 respondents, every answer 4 or 5 → 100 %; Huế: 8, every answer 1 or 2 → 0 %. Every bootstrap replicate
        // is equal there, so the overall figures fall back to Wilson on the 8 answers of each question (by hand:
        // 8 / (8 + 1.959964²) = 67.56 %; 1.959964² / 11.841459 = 32.44 %); the mean of provinces, (100 + 0) / 2 = 50 in
        // every replicate, is no share of respondents and gets no interval. Before: [100.00, 100.00], [0.00, 0.00], [50.00, 50.00].
        var rows = string.Concat(Enumerable.Range(0, 8).Select(r => Row("Hà Nội", 4 + (r % 2)) + Row("Thừa Thiên Huế", 1 + (r % 2))));
        var path = Files.Write("answers.csv", Header + rows);

        var run = CliRun.Ok("sipas", "--answers", path, "--year", "2019", "--min-answers", "1", "--questions", "-f", "csv");

        var lines = run.Out.Split('\n');
        Assert.Contains("1,Hà Nội,8,100.00,67.56,100.00,wilson at 0/100%,176,", lines);
        Assert.Contains("2,Thừa Thiên Huế,8,0.00,0.00,32.44,wilson at 0/100%,176,", lines);
        Assert.Contains("mean of provinces,16,50.00,,,none: replicates equal,352,", lines);
        Assert.Contains(lines, l => l.StartsWith("pooled respondents,16,50.00,", StringComparison.Ordinal) && l.Contains(",bootstrap,", StringComparison.Ordinal));
        // The questions, with --questions: 8 of 16 satisfied → Wilson [28.00, 72.00] (R's prop.test: 27.999564, 72.000436).
        Assert.Contains(lines, l => l.StartsWith("TC1,", StringComparison.Ordinal) && l.EndsWith(",50.00,28.00,72.00,wilson,16,", StringComparison.Ordinal));
    }

    [Fact]
    public void Sipas_Weighted_ShowsTheEffectiveAnswersBesideTheirCount()
    {
        // Cà Mau: 8 respondents, weights 1, 1, 1, 1, 2, 2, 2, 2, answering 5 and 2 in turn: every question 6 of 12 weight
        // satisfied → 50 %, on Kish's (Σw)² ÷ Σw² = 144 ÷ 20 = 7.2 effective answers, not 8: Wilson on 7.2 (by hand:
        // 0.5 ± 1.959964 × √(0.25 / 7.2 + 3.841459 / 207.36) ÷ 1.533536 = 0.5 ± 0.294920) → [20.51, 79.49], wider than on 8 ([21.52, 78.48]).
        var rows = string.Concat(Enumerable.Range(0, 8).Select(r =>
            "2019,Cà Mau," + (r < 4 ? "1" : "2") + "," + string.Join(",", Enumerable.Repeat(r % 2 == 0 ? 5 : 2, 22)) + "\n"));
        var path = Files.Write("answers.csv", Header.Replace("province,", "province,weight,", StringComparison.Ordinal) + rows);

        var weighted = CliRun.Ok("sipas", "--answers", path, "--year", "2019", "--min-answers", "1", "--replicates", "0", "--questions", "--weighted", "-f", "csv");
        var unweighted = CliRun.Ok("sipas", "--answers", path, "--year", "2019", "--min-answers", "1", "--replicates", "0", "--questions", "-f", "csv");

        var lines = weighted.Out.Split('\n');
        Assert.Contains("code,question,percent,lower,upper,interval,answers,effective_answers,flag", lines);
        Assert.Contains(lines, l => l.StartsWith("TC1,", StringComparison.Ordinal) && l.EndsWith(",50.00,20.51,79.49,wilson,8,7.2,", StringComparison.Ordinal));
        Assert.Contains("rank,province,respondents,percent,lower,upper,interval,answers,effective_answers,flag", lines);
        CliRun.Ok("sipas", "--answers", path, "--year", "2019", "--replicates", "0", "--weighted", "-f", "json").Prints("Kish's effective number");
        var plain = unweighted.Out.Split('\n');
        Assert.Contains("code,question,percent,lower,upper,interval,answers,flag", plain);
        Assert.Contains(plain, l => l.StartsWith("TC1,", StringComparison.Ordinal) && l.EndsWith(",50.00,21.52,78.48,wilson,8,", StringComparison.Ordinal));
        Assert.DoesNotContain("effective", unweighted.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Sipas_SeededInterval_IsTheSameWhateverOtherProvincesStandBesideIt()
    {
        // The sample's 40 Hà Nội rows, in their order, alone / first / after Cà Mau's / without Đà Nẵng's: the same rows,
        // so the same interval (before: [75.10, 81.99] after Cà Mau's rows, [75.24, 81.85] alone).
        var lines = System.IO.File.ReadAllLines(Samples.SipasAnswers);
        var haNoi = lines.Skip(1).Where(l => l.Contains(",Hà Nội,", StringComparison.Ordinal)).ToList();
        var others = lines.Skip(1).Except(haNoi).ToList();
        string HaNoiRow(string name, System.Collections.Generic.IEnumerable<string> body)
        {
            var run = CliRun.Ok("sipas", "--answers", Files.Write(name, string.Join("\n", body.Prepend(lines[0])) + "\n"), "--year", "2019", "--min-answers", "20", "-f", "csv");
            var row = run.Out.Split('\n').First(l => l.Contains(",Hà Nội,", StringComparison.Ordinal));
            return row[row.IndexOf(",Hà Nội,", StringComparison.Ordinal)..]; // the rank differs with the company
        }

        var full = HaNoiRow("full.csv", lines.Skip(1));

        Assert.StartsWith(",Hà Nội,40,78.54,", full, StringComparison.Ordinal);
        Assert.Equal(full, HaNoiRow("alone.csv", haNoi));
        Assert.Equal(full, HaNoiRow("first.csv", haNoi.Concat(others)));
        Assert.Equal(full, HaNoiRow("no-da-nang.csv", lines.Skip(1).Where(l => !l.Contains(",Đà Nẵng,", StringComparison.Ordinal))));
    }
}
