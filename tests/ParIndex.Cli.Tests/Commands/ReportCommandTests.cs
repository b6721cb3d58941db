using System.Globalization;
using System.Text.RegularExpressions;

namespace ParIndex.Cli.Tests.Commands;

public class ReportCommandTests : TempFileTests
{
    [Fact]
    public void Report_Year_ListsThePublishedRankingInOrder()
    {
        var run = CliRun.Ok("report", "--year", "2023");

        var rows = Rows(Table(run.Out, "ranking"));
        // PAR Index 2023 as published (the embedded record, with its sources): Quảng Ninh first with 92.18, Hải Phòng 91.87, Hà Nội 91.43.
        // No source states the 2023 group thresholds: the group cell is empty (the year's scheme, unknown).
        Assert.StartsWith("<td class=\"num\">1</td><td>Quảng Ninh</td><td class=\"num\">92.18</td><td class=\"num\"></td>", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("<td class=\"num\">2</td><td>Hải Phòng</td><td class=\"num\">91.87</td>", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("<td class=\"num\">3</td><td>Hà Nội</td><td class=\"num\">91.43</td>", rows[2], StringComparison.Ordinal);
        Assert.Equal(33, rows.Length); // 33 rows in the record for 2023: 32 ranks, 24 values (Hòa Bình with a value only)
        Assert.Contains("<a href=\"https://", rows[0], StringComparison.Ordinal);
        run.Prints("24 of 63 provinces have a published value in the record, 32 a published rank.", "National average 86.98");
    }

    [Fact]
    public void Report_Year_DrawsTheRankingAsAnInlineSvgBarChartWithVietnameseLabels()
    {
        var run = CliRun.Of("report", "--year", "2023");

        var chart = Figure(run.Out, "ranking-chart");
        Assert.StartsWith("<svg", chart, StringComparison.Ordinal);
        TextAssert.Holds(chart, "1. Quảng Ninh", "63. An Giang", "92.18", "font-family=\"DejaVu Sans\"");
        Assert.DoesNotContain("font-family=\"DejaVu Serif\"", chart, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Year_ShowsTheAreaValuesAsAHeatMap()
    {
        var run = CliRun.Of("report", "--year", "2023");

        // Quảng Nam 2023 (Báo Quảng Nam): direction of PAR 9.44, 15th of 63; administrative procedures 10.68, 62nd.
        var row = Assert.Single(Rows(Table(run.Out, "components")));
        Assert.StartsWith("<th scope=\"row\">Quảng Nam</th>", row, StringComparison.Ordinal);
        Assert.Matches("<td class=\"num\" title=\"Công tác chỉ đạo, điều hành CCHC \\(hạng 15/63\\)\" style=\"background:#[0-9A-F]{6};color:#[0f]{3}\">9.44<br><small>#15</small></td>", row);
        Assert.Contains(">10.68<br><small>#62</small></td>", row, StringComparison.Ordinal);
        run.Prints("% of the area&#39;s maximum");
    }

    [Fact]
    public void Report_YearWithoutAreaValues_SaysSoInsteadOfAnEmptyHeatMap()
    {
        var run = CliRun.Ok("report", "--year", "2020");

        run.Prints("<p class=\"empty\" id=\"components-empty\">The record has no published area (component) values for 2020");
        Assert.DoesNotContain("id=\"components\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Province_AddsTheTrendChartAndSeries()
    {
        var run = CliRun.Ok("report", "--year", "2023", "--province", "Da Nang");

        var chart = Figure(run.Out, "trend-chart");
        Assert.StartsWith("<svg", chart, StringComparison.Ordinal);
        Assert.Contains("rank (1 = best)", chart, StringComparison.Ordinal);
        var rows = Rows(Table(run.Out, "series"));
        // Đà Nẵng: first in 2012 with 87.14 (the embedded record, with its sources); ten years in the record.
        Assert.Equal(10, rows.Length);
        Assert.StartsWith("<td class=\"num\">2012</td><td class=\"num\">87.14</td><td class=\"num\">1</td>", rows[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Unit_ExplainsEveryLeafAsExplainDoes()
    {
        var run = CliRun.Ok("report", "--methodology", Samples.Methodology, "--indicators", Samples.Csv, "--unit", "C");

        var rows = Rows(Table(run.Out, "leaves"));
        Assert.Equal(["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.2.1", "1.2.2"], rows.Select(r => Regex.Match(r, "^<td>([^<]*)</td>").Groups[1].Value));
        // Sở C: 1.1.2 does not apply; 69.99% is below the 70% band: 0 of 2 (samples/data, as in ExplainCommandTests).
        Assert.StartsWith("<td>1.1.2</td><td>Xác định đầy đủ các nhiệm vụ CCHC", rows[1], StringComparison.Ordinal);
        Assert.Contains("<td>not applicable</td>", rows[1], StringComparison.Ordinal);
        Assert.Equal(
            "<td>1.1.4</td><td>Mức độ thực hiện kế hoạch CCHC</td><td>scored</td><td>69.99%</td><td class=\"num\">0</td><td class=\"num\">2</td>" +
            "<td>1.1.4: 69.99% falls in (−∞, 70%) → 0 of 2 ((90%, ∞) → 2; [70%, 90%] → 1; (−∞, 70%) → 0)</td>",
            rows[3]);
        // Criterion 1.1 loses the not-applicable point: 0 of 4; area 1: 2 of 6.
        Assert.Contains("<tr><td>1</td><td>CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC</td><td class=\"num\">2</td><td class=\"num\">6</td><td class=\"num\">33.33</td></tr>", Table(run.Out, "nodes"), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Page_LoadsNothingFromAnywhere()
    {
        var html = CliRun.Of("report", "--year", "2023", "--province", "Hà Nội", "--methodology", Samples.Methodology, "--indicators", Samples.Csv, "--unit", "B").Out;

        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)<(script|link|img|iframe|object|embed|image|use)\\b", html);
        Assert.DoesNotMatch("(?i)\\bsrc\\s*=|url\\((?!#)|@import", html); // url(#clip) is a clip path of the same SVG
        // Addresses appear only as links to sources; anything else with an href points inside the page.
        foreach (Match reference in Regex.Matches(html, "<(\\w+)[^>]*\\s(?:xlink:)?href=\"([^\"]*)\""))
        {
            Assert.True(reference.Groups[1].Value == "a" || reference.Groups[2].Value.StartsWith('#'), reference.Value);
        }
        Assert.Equal(2, Regex.Count(html, "<svg"));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("xlsx")]
    public void Report_WithAFormatOtherThanTheTable_IsRefusedAndWritesNothing(string format)
    {
        // 542d627 warned "--format is ignored" and wrote the HTML page anyway, where an option a command does not read
        // is refused (README) and template refuses the same formats.
        var page = Files.PathOf("report-" + format + ".html");

        var run = CliRun.Refused("report", "--year", "2024", "--format", format, "--output", page);

        Assert.Equal($"error: --format {format}: report writes an HTML page, not {format}: give --output FILE.html (and no --format)", run.Error.Trim());
        Assert.Empty(run.Out);
        Assert.False(File.Exists(page));
    }

    [Fact]
    public void Report_Output_WritesTheFileAndNothingToStdout()
    {
        var run = CliRun.Ok("report", "--year", "2024", "--index", "sipas", "--output", Files.PathOf("report.html"));

        Assert.Empty(run.Out);
        Assert.Empty(run.Error);
        var html = File.ReadAllText(Files.PathOf("report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        TextAssert.Holds(html, "SIPAS 2024: published ranking", "published for the PAR Index only");
    }

    [Theory]
    [InlineData("--province", new[] { "report", "--year", "2023", "--province", "Atlantis" })]
    [InlineData("--year", new[] { "report", "--year", "2009" })]
    [InlineData("report", new[] { "report" })]
    [InlineData("--unit", new[] { "report", "--year", "2023", "--unit", "STP" })]
    public void Report_BadInput_ExitsWithTwoNamingTheOption(string option, string[] args)
    {
        var run = CliRun.Of(args);

        run.IsBadInput(option);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("uncertainty")]
    public void Runs_OnAWeightedMeanMethodology_IsBadUsageOfTheMethodology_NoFileWritten(string command)
    {
        // W-DEMO combines its areas by a weighted mean; the Monte Carlo runs sum leaf points, so they cannot rank it.
        // That is the user's choice of methodology (exit 2 naming it), not an internal error (exit 3).
        var output = Files.PathOf("out.html");

        var run = CliRun.Refused(command, "-m", Files.Write("w.json", Samples.WeightedAreas), "-i", Files.Write("w.csv", Samples.WeightedUnits), "--runs", "10", "-o", output);

        Assert.StartsWith("error: --methodology: The methodology takes a weighted mean", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Report_UnitNotInTheFiles_ExitsWithTwoListingTheUnits()
    {
        var unknown = CliRun.Refused("report", "--methodology", Samples.Methodology, "--indicators", Samples.Csv, "--unit", "D");
        var unchosen = CliRun.Refused("report", "--methodology", Samples.Methodology, "--indicators", Samples.Csv);

        unknown.Says("--unit: no unit 'D' in the input files; units: A, B, C");
        unchosen.Says("choose one with --unit");
    }

    [Fact]
    public void Report_OnAPhone_TablesScrollInTheirOwnBoxAndLongCellsWrap()
    {
        // A 390-px screen (docs/report-2023-390px.png): each data table sits in a box that scrolls sideways instead of
        // widening the page, and below 600 px cells such as web addresses wrap anywhere, so the ranking fits as it is.
        var run = CliRun.Ok("report", "--year", "2023", "--province", "Đà Nẵng");

        var tables = Regex.Count(run.Out, "<table class=\"data\"");
        Assert.True(tables >= 2, $"{tables} data tables"); // the ranking and the province's years at least
        run.Prints("<div class=\"scroll\"><table class=\"data\" id=\"ranking\">");
        Assert.Equal(tables, Regex.Count(run.Out, "<div class=\"scroll\"><table class=\"data\""));
        run.Prints(".scroll{overflow-x:auto}", "@media (max-width:600px){", "table.data td{overflow-wrap:anywhere");
    }

    [ChromiumFact]
    public void Report_InHeadlessChromium_RendersTheTablesAndCharts()
    {
        var page = Files.PathOf("report.html");
        var screenshot = Files.PathOf("report.png");
        Assert.Equal(0, CliRun.Of("report", "--year", "2023", "--province", "Đà Nẵng", "--output", page).ExitCode);

        Chromium.Screenshot(page, screenshot, 1280, 2000);
        var dom = Chromium.DumpDom(page);

        var png = File.ReadAllBytes(screenshot);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Equal(1280, BigEndian(png, 16)); // IHDR width and height
        Assert.Equal(2000, BigEndian(png, 20));
        Assert.True(png.Length > 50_000, $"a {png.Length}-byte screenshot is too plain to hold the tables and charts");
        Assert.Equal(33, Rows(Table(dom, "ranking")).Length);
        Assert.Contains("<td>Quảng Ninh</td>", dom, StringComparison.Ordinal);
        Assert.StartsWith("<svg", Figure(dom, "ranking-chart"), StringComparison.Ordinal);
        Assert.StartsWith("<svg", Figure(dom, "trend-chart"), StringComparison.Ordinal);
        Assert.Single(Rows(Table(dom, "components")));
    }

    private static int BigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];

    [Fact]
    public void Report_Runs_DrawsEachUnitsRankIntervalAsADotAndAWhisker()
    {
        // One survey leaf (index = survey result): A 80, B 79.9, C 60, each redrawn with a standard error of 2 points.
        // A and B swap in about half the runs (B − A ~ N(−0.1, 2.83)), so both intervals are ranks 1–2; C is 3rd in every run.
        var m = Files.Write("m.json", Samples.OneSurveyLeaf);
        var i = Files.Write("i.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,80%\nB,Sở B,2023,1.1,79.9%\nC,Sở C,2023,1.1,60%\n");

        var run = CliRun.Ok("report", "-m", m, "-i", i, "--runs", "4000", "--survey-se", "2");

        var chart = Figure(run.Out, "rank-interval-chart");
        Assert.StartsWith("<svg", chart, StringComparison.Ordinal);
        Assert.Contains("rank (1 = best)", chart, StringComparison.Ordinal);
        // Where the axis puts ranks 1–3 (its tick labels), and the row of each unit (its label on the left).
        var x = Regex.Matches(chart, @"translate\(([\d.]+) [\d.]+\)[^>]*>\s*([123])\s*</text>")
            .ToDictionary(t => int.Parse(t.Groups[2].Value, CultureInfo.InvariantCulture), t => double.Parse(t.Groups[1].Value, CultureInfo.InvariantCulture));
        var y = Regex.Matches(chart, @"translate\([\d.]+ ([\d.]+)\)[^>]*>\s*\d\. Sở ([ABC])\s*</text>")
            .ToDictionary(t => t.Groups[2].Value, t => double.Parse(t.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(3, x.Count);
        Assert.Equal(3, y.Count);
        // Whiskers (the first three steel-blue strokes; the legend's comes after) from the 5 % rank to the 95 % rank.
        var whiskers = Regex.Matches(chart, @"stroke=""#4682B4"" stroke-width=""3""[^>]*d=""M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)""")
            .Take(3).Select(w => w.Groups.Values.Skip(1).Select(g => double.Parse(g.Value, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        Assert.Equal(3, whiskers.Length);
        Near([x[1], y["A"], x[2], y["A"]], whiskers[0]);
        Near([x[1], y["B"], x[2], y["B"]], whiskers[1]);
        Near([x[3], y["C"], x[3], y["C"]], whiskers[2]);
        // Dots at the nominal ranks: A 1st, B 2nd, C 3rd.
        var dots = Regex.Matches(chart, @"<ellipse fill=""#FF8C00"" cx=""([\d.]+)"" cy=""([\d.]+)""")
            .SelectMany(d => new[] { d.Groups[1].Value, d.Groups[2].Value }).Take(6).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Near([x[1], y["A"], x[2], y["B"], x[3], y["C"]], dots);
        // The same figures as parindex uncertainty, in a table under the chart.
        var rows = Rows(Table(run.Out, "uncertainty"));
        Assert.StartsWith("<td class=\"num\">1</td><td>A</td><td>Sở A</td><td class=\"num\">80.00</td>", rows[0], StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">1</td><td class=\"num\">2</td>", rows[0], StringComparison.Ordinal); // rank_5, rank_95
    }

    [Fact]
    public void Report_RunsWithoutIndicators_IsBadUsage()
    {
        var run = CliRun.Refused("report", "--year", "2023", "--runs", "100");

        run.Says("--runs: --runs needs --indicators");
    }

    /// <summary>Coordinates equal to the SVG's printed precision (ScottPlot writes 3 to 5 decimals).</summary>
    private static void Near(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++)
        {
            Assert.True(Math.Abs(expected[k] - actual[k]) < 0.01, FormattableString.Invariant($"coordinate {k}: expected {expected[k]}, found {actual[k]}"));
        }
    }

    [Fact]
    public void Report_WeightedUnit_ShowsWeightsAndSharesInItsExplanation()
    {
        var run = CliRun.Ok("report", "-m", Files.Write("m.json", Samples.WeightedAreas), "-i", Files.Write("i.csv", Samples.WeightedUnits), "--unit", "NV");

        // NV: area 1 = 1 + 3/4 × 2 = 2.5 of 3 (83.33%), area 2 = 0.75 × 100% + 0.25 × 0% = 75%, 1.5 of 2; areas 0.6 and 0.6
        // normalised, each a share of 0.5: (83.333 + 75) ÷ 2 = 79.17.
        var nodes = Table(run.Out, "nodes");
        Assert.Contains("<th>combines</th><th class=\"num\">weight</th><th class=\"num\">share</th>", nodes, StringComparison.Ordinal);
        var rows = Rows(nodes);
        Assert.StartsWith("<td>1</td><td>Chỉ đạo, điều hành</td><td class=\"num\">2.5</td><td class=\"num\">3</td><td class=\"num\">83.33</td><td>sum of points</td><td class=\"num\">0.6</td><td class=\"num\">0.5</td>", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("<td>2</td><td>Thủ tục hành chính</td><td class=\"num\">1.5</td><td class=\"num\">2</td><td class=\"num\">75.00</td><td>weighted mean (weights sum to 1)</td><td class=\"num\">0.6</td><td class=\"num\">0.5</td>", rows[1], StringComparison.Ordinal);
        var leaves = Rows(Table(run.Out, "leaves"));
        Assert.EndsWith("<td class=\"num\">0.25</td><td class=\"num\">0.25</td>", leaves[3], StringComparison.Ordinal); // 2.2: weight 0.25, share 0.25
        run.Prints("index 79.17");
    }

    private static string Table(string html, string id)
    {
        var match = Regex.Match(html, $"<table class=\"[^\"]*\" id=\"{id}\">(.*?)</table>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no table '{id}' in the page");
        return match.Groups[1].Value;
    }

    private static string[] Rows(string table)
    {
        var body = Regex.Match(table, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        return [.. Regex.Matches(body, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value)];
    }

    private static string Figure(string html, string id)
    {
        var match = Regex.Match(html, $"<figure class=\"chart\" id=\"{id}\">\\s*(.*?)</figure>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no figure '{id}' in the page");
        return match.Groups[1].Value;
    }

    [Fact]
    public void Report_MethodologyWithoutIndicators_IsRefused()
    {
        // Before, --methodology alone was ignored: exit 0 and a report without the unit the user meant to add.
        var run = CliRun.Refused("report", "--year", "2023", "--methodology", Samples.Methodology);

        run.Says("--methodology: --methodology does not apply to a report without --indicators");
    }
}
