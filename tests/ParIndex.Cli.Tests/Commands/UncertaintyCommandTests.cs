using System.Globalization;
using System.Text.Json;
using ParIndex.Cli.Output;
using Spectre.Console;

namespace ParIndex.Cli.Tests.Commands;

public sealed class UncertaintyCommandTests : TempFileTests
{
    private string[] Survey(params string[] more) =>
    [
        "uncertainty", "-m", Files.Write("m.json", Samples.OneSurveyLeaf),
        "-i", Files.Write("i.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,80%\nB,Sở B,2023,1.1,79.9%\nC,Sở C,2023,1.1,60%\n"),
        .. more,
    ];

    [Fact]
    public void Uncertainty_WithoutNoise_EveryRunGivesTheNominalRanking()
    {
        // Sample units: A 85.71, B 50, C 33.33 (1st, 2nd, 3rd); no source of noise, so every interval is the nominal rank.
        var run = CliRun.Ok("uncertainty", "-m", Samples.Methodology, "-i", Samples.Csv, "--runs", "500", "-f", "csv");

        Assert.Equal(
            [
                "nominal_rank,code,unit,index,mean_rank,median_rank,rank_5,rank_95,p_top_10,p_group_A,p_group_B,p_group_C",
                "1,A,Sở A,85.71,1.00,1,1,1,1,0,1,0",
                "2,B,Sở B,50.00,2.00,2,2,2,1,0,0,0",
                "3,C,Sở C,33.33,3.00,3,3,3,1,0,0,0",
            ],
            run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Uncertainty_SurveyError_SwapsTwoCloseUnitsAboutHalfTheTime()
    {
        // By hand: A 80 and B 79.9, each redrawn with a standard error of 2 points. B − A ~ N(−0.1, 2√2 = 2.828), so
        // B overtakes A with probability Φ(−0.1 ÷ 2.828) = Φ(−0.0354) = 0.486: A is first in 51.4 % of the runs.
        // C (60, 10 standard errors below) stays third. Over 20,000 runs the share's standard error is 0.0035.
        var run = CliRun.Ok(Survey("--survey-se", "2", "--runs", "20000", "--top", "1", "-f", "json"));

        using var document = JsonDocument.Parse(run.Out);
        var rows = document.RootElement.GetProperty("uncertainty").GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal("A", rows[0].GetProperty("code").GetString());
        Assert.InRange(rows[0].GetProperty("p_top_1").GetDecimal(), 0.514m - 0.015m, 0.514m + 0.015m);
        Assert.InRange(rows[1].GetProperty("p_top_1").GetDecimal(), 0.486m - 0.015m, 0.486m + 0.015m);
        Assert.Equal(1, rows[0].GetProperty("rank_5").GetInt32());
        Assert.Equal(2, rows[0].GetProperty("rank_95").GetInt32());
        Assert.Equal(3, rows[2].GetProperty("rank_5").GetInt32());
        Assert.Equal(0m, rows[2].GetProperty("p_top_1").GetDecimal());
    }

    [Fact]
    public void Uncertainty_SameSeed_SameOutputOnOneThreadOrMany_AnotherSeedDiffers()
    {
        var one = CliRun.Ok(Survey("--survey-se", "2", "--runs", "3000", "--seed", "7", "--threads", "1"));
        var many = CliRun.Of(Survey("--survey-se", "2", "--runs", "3000", "--seed", "7", "--threads", "4"));
        var other = CliRun.Of(Survey("--survey-se", "2", "--runs", "3000", "--seed", "8"));

        Assert.Equal(one.Out, many.Out);
        Assert.NotEqual(one.Out, other.Out);
    }

    [Fact]
    public void Uncertainty_UnitsOwnStandardError_OnlyThatUnitMoves()
    {
        // Only B carries an error (5 points): A (80) is first unless B draws above 80, P = 1 − Φ(0.1 ÷ 5) = 0.492.
        var run = CliRun.Ok(Survey("--survey-se-of", "B=5", "--runs", "20000", "--top", "1", "-f", "csv"));

        var a = run.Out.Split('\n').Single(l => l.StartsWith("1,A,", StringComparison.Ordinal)).Split(',');
        Assert.InRange(decimal.Parse(a[8], CultureInfo.InvariantCulture), 0.508m - 0.015m, 0.508m + 0.015m);
    }

    [Fact]
    public void Uncertainty_TwoPrecisions_EachRunDrawsOne()
    {
        // A 80.4 and B 80.2 without noise: on exact values A is 1st and B 2nd; rounded to whole points both are 80 and
        // share rank 1. Each run draws one of the two: B is in the top 1 in about half of the runs.
        var m = Files.Write("p.json", Samples.OneSurveyLeaf);
        var i = Files.Write("p.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,80.4%\nB,Sở B,2023,1.1,80.2%\n");

        var run = CliRun.Ok("uncertainty", "-m", m, "-i", i, "--precision", "exact", "0", "--runs", "4000", "--top", "1", "-f", "csv");

        var b = run.Out.Split('\n').Single(l => l.StartsWith("2,B,", StringComparison.Ordinal)).Split(',');
        Assert.InRange(decimal.Parse(b[8], CultureInfo.InvariantCulture), 0.45m, 0.55m);
        Assert.Equal("1", b[6]); // rank_5
        Assert.Equal("2", b[7]); // rank_95
    }

    [Fact]
    public void Uncertainty_WeightNoise_WidensTheIntervalOfCloseUnits()
    {
        // Two leaves: A 80 % on the survey leaf and no on the yes/no leaf; B 70 % and yes. Nominally A = 0.8 of 2 = 40,
        // B = 1.7 of 2 = 85; with ±25 % on the maxima (factors f1, f2 in [0.75, 1.25]) they never swap:
        var m = Files.Write("two.json", SurveyAndYesNo);
        var i = Files.Write("two.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,80%\nA,Sở A,2023,1.2,no\nB,Sở B,2023,1.1,70%\nB,Sở B,2023,1.2,yes\n");

        var run = CliRun.Ok("uncertainty", "-m", m, "-i", i, "--weight-noise", "25", "--runs", "2000", "-f", "csv");

        // B = 1 − 0.3 f1 ÷ (f1 + f2) ≥ 1 − 0.3 × 0.625 = 0.8125, A = 0.8 f1 ÷ (f1 + f2) ≤ 0.8 × 0.625 = 0.5.
        run.Prints("1,B,Sở B,85.00,1.00,1,1,1,1,", "2,A,Sở A,40.00,2.00,2,2,2,1,0,0,0");
    }

    [Fact]
    public void Uncertainty_Sensitivity_PutsTheShiftOnTheOnlySourceThatCanMoveTheRanks()
    {
        // Two leaves: the survey (A 80 %, B 79.9 %) and a yes/no leaf both units have (yes). The weights scale both units'
        // leaves alike, so A − B = f1 × 0.001 ÷ (f1 + f2) keeps its sign: only the survey draws swap A and B. The
        // weights' total index is therefore exactly 0 and the survey's about 1.
        var m = Files.Write("two.json", SurveyAndYesNo);
        var i = Files.Write("two.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,80%\nA,Sở A,2023,1.2,yes\nB,Sở B,2023,1.1,79.9%\nB,Sở B,2023,1.2,yes\n");

        var run = CliRun.Ok("uncertainty", "-m", m, "-i", i, "--survey-se", "2", "--weight-noise", "25", "--runs", "500", "--sensitivity", "2048", "-f", "json");

        using var document = JsonDocument.Parse(run.Out);
        var rows = document.RootElement.GetProperty("sensitivity").GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("source").GetString()!);
        Assert.Equal(["survey", "weights"], rows.Keys);
        Assert.InRange(rows["survey"].GetProperty("total").GetDecimal(), 0.9m, 1.1m);
        Assert.Equal(0m, rows["weights"].GetProperty("total").GetDecimal());
    }

    // ONE's leaf 1.1 as a band instead of the survey share: 79.95 % or more → 1 point, below → 0.
    // Two leaves of 1 point: 1.1 a survey percentage, 1.2 yes/no.
    private const string SurveyAndYesNo = """
        { "formatVersion": 1, "id": "TWO", "title": "Hai tiêu chí", "subjectKind": "custom", "years": { "first": 2020 }, "maxPoints": 2,
          "areas": [ { "code": "1", "name": "Kết quả", "maxPoints": 2, "criteria": [
            { "code": "1.1", "name": "Tỷ lệ hài lòng", "maxPoints": 1, "rule": { "kind": "surveyPercentage" } },
            { "code": "1.2", "name": "Báo cáo đúng hạn", "maxPoints": 1, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } } ] } ] }
        """;

    private const string OneAsABand = """
        { "formatVersion": 1, "id": "ONE-BAND", "title": "Chỉ số một tiêu chí, theo ngưỡng", "subjectKind": "custom", "years": { "first": 2020 }, "maxPoints": 1,
          "areas": [ { "code": "1", "name": "Kết quả", "maxPoints": 1, "criteria": [
            { "code": "1.1", "name": "Tỷ lệ hài lòng", "maxPoints": 1, "rule": { "kind": "percentBands", "bands": [
              { "lower": 79.95, "lowerInclusive": true, "points": 1 }, { "upper": 79.95, "upperInclusive": false, "points": 0 } ] } } ] } ] }
        """;

    [Fact]
    public void Uncertainty_AlternativeMethodology_DrawnInAboutHalfTheRuns()
    {
        // By hand: under ONE, A 80, B 79.9, C 60 rank 1, 2, 3. Under the band, A 1 point (100 %), B and C 0 (0 %): A 1st,
        // B and C tied 2nd (standard ties). So B is 2nd in every run and C 3rd or 2nd as the methodology drawn: its mean
        // rank is 2.5. Over 4,000 runs the mean's standard error is 0.5 ÷ √4000 = 0.008; ±0.04 is five of them.
        var run = CliRun.Ok(Survey("--alternative", Files.Write("band.json", OneAsABand), "--runs", "4000", "-f", "json"));

        using var document = JsonDocument.Parse(run.Out);
        var table = document.RootElement.GetProperty("uncertainty");
        var rows = table.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(["A", "B", "C"], rows.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal((2, 2), (rows[1].GetProperty("rank_5").GetInt32(), rows[1].GetProperty("rank_95").GetInt32()));
        Assert.Equal((2, 3), (rows[2].GetProperty("rank_5").GetInt32(), rows[2].GetProperty("rank_95").GetInt32()));
        Assert.InRange(rows[2].GetProperty("mean_rank").GetDecimal(), 2.46m, 2.54m);
        Assert.Contains("scored under the scorecards' methodology or ONE-BAND, drawn with equal probability", table.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Uncertainty_AlternativeWithOtherLeaves_IsBadUsageNamingIt()
    {
        var other = Files.Write("other.json", Samples.OneSurveyLeaf.Replace("\"1.1\"", "\"1.2\"", StringComparison.Ordinal).Replace("\"ONE\"", "\"ONE-OTHER\"", StringComparison.Ordinal));

        var run = CliRun.Of(Survey("--alternative", other, "--runs", "100"));
        var missing = CliRun.Refused(Survey("--alternative", "NO-SUCH-METHODOLOGY", "--runs", "100"));

        run.IsBadInput("--alternative: The alternative methodology 'ONE-OTHER' has other leaves than the scorecards' methodology 'ONE'.");
        missing.Says("--alternative: no methodology file or embedded methodology 'NO-SUCH-METHODOLOGY'");
    }

    [Fact]
    public void Uncertainty_AlternativeReadingAnotherKindOfValue_IsBadUsageNamingItAndTheLeaf()
    {
        // Leaf 1.1 reads a percentage ("80%") under ONE; the alternative makes it a yes/no leaf, which cannot read the
        // units' values: the alternative and the leaf are named, never a scoring error about a converted value.
        var flag = Files.Write("flag.json", Samples.OneSurveyLeaf
            .Replace("{ \"kind\": \"surveyPercentage\" }", "{ \"kind\": \"yesNo\", \"yes\": 1, \"no\": 0 }", StringComparison.Ordinal)
            .Replace("\"ONE\"", "\"ONE-FLAG\"", StringComparison.Ordinal));

        var run = CliRun.Of(Survey("--alternative", flag, "--runs", "100"));

        run.IsBadInput("--alternative: The alternative methodology 'ONE-FLAG' reads another kind of value at leaf 1.1 (Flag) than the scorecards' methodology 'ONE' (Percent).");
    }

    [Theory]
    [InlineData("")]
    [InlineData("vi-VN")]
    public void Uncertainty_SurveyError_IsReadWithADotWhateverTheMachinesCulture(string culture)
    {
        // By hand: C (60) is 19.9 points below B (79.9); with a standard error of 1.5 points each the gap's standard
        // error is 1.5 × √2 = 2.12, so C is 9.4 of them behind and never leaves 3rd (rank_5 = 3, p_top_1 = 0). Read as
        // 15 (vi-VN's group separator is the dot), the gap would be 0.94 of them and C would top about 17 % of the runs. "1,5" is refused: a decimal comma is 1.5 in one culture and 15 in another.
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
        try
        {
            var run = CliRun.Ok(Survey("--survey-se", "1.5", "--runs", "2000", "--top", "1", "-f", "json"));
            var comma = CliRun.Of(Survey("--survey-se", "1,5", "--runs", "100"));

            using var document = JsonDocument.Parse(run.Out);
            var c = document.RootElement.GetProperty("uncertainty").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "C");
            Assert.Equal(3, c.GetProperty("rank_5").GetInt32());
            Assert.Equal(0m, c.GetProperty("p_top_1").GetDecimal());
            comma.IsBadInput("--survey-se: '1,5' is not a number: write decimals with a dot (e.g. 1.5)");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("--runs", "abc", "--runs: 'abc' is not a whole number")]
    [InlineData("--runs", "99999999999", "--runs: '99999999999' is not a whole number")]
    [InlineData("--seed", "-1", "--seed: '-1' is not a whole number from 0")]
    [InlineData("--weight-noise", "1e400", "--weight-noise: '1e400' is out of range: a number here is at most 79228162514264337593543950335 either way")] // main: "is not a number such as 1.5"
    [InlineData("--weight-noise", "1e1", "--weight-noise: '1e1' is a number in a form this option does not read")]
    public void Uncertainty_NumberThatCannotBeRead_IsQuotedWithTheOptionNotADotNetType(string option, string text, string expected)
    {
        var run = CliRun.Refused(Survey(option, text));

        run.Says(expected);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Uncertainty_UnitsCodeWithAZeroWidthSpace_ReachesItsUnit()
    {
        // "B" pasted from a web page with a zero-width space after it: the same unit, as the library keys codes. As
        // Uncertainty_UnitsOwnStandardError_OnlyThatUnitMoves: P(A first) = 1 − P(B first) = Φ(0.1 ÷ 5) ≈ 0.508.
        var run = CliRun.Ok(Survey("--survey-se-of", "B\u200B=5", "--runs", "20000", "--top", "1", "-f", "csv"));
        var twice = CliRun.Refused(Survey("--survey-se-of", "B=5", "B\u200B=4", "--runs", "100"));

        var a = run.Out.Split('\n').Single(l => l.StartsWith("1,A,", StringComparison.Ordinal)).Split(',');
        Assert.InRange(decimal.Parse(a[8], CultureInfo.InvariantCulture), 0.508m - 0.015m, 0.508m + 0.015m);
        twice.Says("--survey-se-of: 'B' and 'B\u200B' differ only in invisible characters or Unicode form, and name one unit 'B'");
    }

    [Fact]
    public void Uncertainty_StandardErrorOfAnUnknownUnit_IsBadUsageNamingIt()
    {
        var run = CliRun.Of(Survey("--survey-se-of", "X=2", "--runs", "100"));

        run.IsBadInput("--survey-se-of: no unit 'X' among the scored units (A, B, C)");
    }

    [Fact]
    public void Uncertainty_SensitivityWithOneSource_IsBadUsageSayingWhy()
    {
        var run = CliRun.Refused(Survey("--survey-se", "2", "--runs", "100", "--sensitivity", "256"));

        run.Says("--sensitivity: Sensitivity needs at least two sources of uncertainty");
    }

    [Theory]
    [InlineData("--weight-noise", "100", "the noise must be a percentage in [0, 100)")]
    [InlineData("--runs", "0", "runs must be between 1 and 10,000,000")]
    [InlineData("--survey-se", "-1", "a standard error cannot be negative")]
    [InlineData("--survey-se-of", "B=x", "'B=x' is not CODE=SE")]
    [InlineData("--survey-se-of", "B=2,5", "'B=2,5' is not CODE=SE with a standard error of 0 or more such as HUE=2.1: write decimals with a dot")] // was 25
    [InlineData("--precision", "two", "'two' is not a precision")]
    public void Uncertainty_OptionOutOfRange_IsBadUsageNamingIt(string option, string value, string message)
    {
        var run = CliRun.Of(Survey(option, value));

        run.IsBadInput(option + ": " + message);
    }

    [Fact]
    public void Uncertainty_ProgressStaysOutOfCapturedOutput()
    {
        // stderr here is a StringWriter, not the console: no bar, no escape codes, nothing but the result on stdout.
        var run = CliRun.Ok(Survey("--survey-se", "2", "--runs", "3000"));

        Assert.Empty(run.Error);
        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public void TerminalProgress_ShowsOnlyOnTheConsolesOwnUnredirectedStderr()
    {
        using var captured = new StringWriter();

        Assert.True(TerminalProgress.Shows(Console.Error, errorRedirected: false));
        Assert.False(TerminalProgress.Shows(Console.Error, errorRedirected: true)); // a pipe or a file
        Assert.False(TerminalProgress.Shows(captured, errorRedirected: false));
    }

    [Theory]
    [InlineData(null, ColorSystemSupport.Detect)]
    [InlineData("", ColorSystemSupport.Detect)]
    [InlineData("1", ColorSystemSupport.NoColors)]
    [InlineData("yes", ColorSystemSupport.NoColors)]
    public void TerminalProgress_NoColor_DrawsTheBarWithoutColours(string? noColor, ColorSystemSupport expected) =>
        Assert.Equal(expected, TerminalProgress.Colours(noColor));
}
