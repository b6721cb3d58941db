using System.Text.Json;

namespace ParIndex.Cli.Tests.Commands;

public class ScoreCommandTests : TempFileTests
{
    // Cà Mau 1880/QĐ-UBND 1.1–1.2 (7 points), the sample units by hand:
    // A: plan on time 1 + tasks 1 + results 1 + 95% > 90% → 2 + reports 1 + content 0 = 6 of 7 → 85.71 (group B, ≥ 80).
    // B: plan late (15 Feb, due 31 Dec) 0.5 + tasks 0 + results 1 + 90% in [70, 90] → 1 + reports 0 + content 1 = 3.5 of 7 → 50.00.
    // C: not done 0 + tasks n/a (max 7 − 1 = 6) + results 0 + 69.99% < 70% → 0 + reports 1 + content 1 = 2 of 6 → 33.33.
    [Fact]
    public void Score_SampleCsv_GivesTheHandComputedScorecards()
    {
        var run = CliRun.Ok("score", "-m", Samples.Methodology, "-i", Samples.Csv, "--format", "csv");

        Assert.Equal(
            [
                "code,unit,year,points,max_points,index,group,area_1",
                "A,Sở A,2023,6,7,85.71,B,85.71",
                "B,Sở B,2023,3.5,7,50.00,,50.00",
                "C,Sở C,2023,2,6,33.33,,33.33",
            ],
            run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("indicators.txt")] // 542d627 read JSON by its extension only: this was a CSV without its columns
    [InlineData("indicators")]
    public void Score_JsonInputAndOutput_AgreeWithTheCsv(string? copiedAs)
    {
        var indicators = copiedAs is null ? Samples.Json : Files.Write(copiedAs, File.ReadAllText(Samples.Json));

        var run = CliRun.Ok("score", "-m", Samples.Methodology, "-i", indicators, "--format", "json");

        using var document = JsonDocument.Parse(run.Out);
        var rows = document.RootElement.GetProperty("scorecards").GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(["A", "B"], rows.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(85.71m, rows[0].GetProperty("index").GetDecimal());
        Assert.Equal(3.5m, rows[1].GetProperty("points").GetDecimal());
    }

    [Fact]
    public void Score_TableUnderVietnameseCulture_WritesDecimalCommas()
    {
        var run = CliRun.Ok("score", "-m", Samples.Methodology, "-i", Samples.Csv, "--culture", "vi-VN");

        run.Prints("85,71", "Sở A");
    }

    [Fact]
    public void Score_OutputFile_HoldsTheResultAndStdoutStaysEmpty()
    {
        var path = Files.PathOf("cards.csv");

        var run = CliRun.Ok("score", "-m", Samples.Methodology, "-i", Samples.Csv, "-f", "csv", "-o", path);

        Assert.Empty(run.Out);
        Assert.StartsWith("code,unit,year", System.IO.File.ReadAllText(path), StringComparison.Ordinal);
    }

    // One problem is counted in the singular wherever the tool counts them: a methodology cut short, one value with a
    // decimal comma that makes a sixth field in its row (95,5 unquoted), an area-points header without 'points'.
    [Theory]
    [InlineData("-m", "truncated.json", "{", "not a valid methodology (1 problem)")]
    [InlineData("-i", "one-bad.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1.4,95,5\n", "1 problem in the indicators")]
    [InlineData("--area-points", "areas.csv", "unit,name,area\nDN,Đà Nẵng,1\n", "1 problem in the area points")]
    public void Score_InputWithOneProblem_CountsItInTheSingular(string option, string name, string content, string expected)
    {
        var path = Files.Write(name, content);
        string[] args = option switch
        {
            "-m" => ["score", "-m", path, "-i", Samples.Csv],
            "-i" => ["score", "-m", Samples.Methodology, "-i", path],
            _ => ["score", "--year", "2017", "--area-points", path],
        };

        var run = CliRun.Refused(args);

        run.Says(expected);
        Assert.DoesNotContain("problem(s)", run.Error, StringComparison.Ordinal);
    }

    private const string AreaPoints =
        "unit,name,area,points\nDN,Đà Nẵng,1,9\nDN,Đà Nẵng,2,8.5\nDN,Đà Nẵng,3,13\nDN,Đà Nẵng,4,10\n" +
        "DN,Đà Nẵng,5,14\nDN,Đà Nẵng,6,6\nDN,Đà Nẵng,7,14.5\nDN,Đà Nẵng,8,13\n";

    [Fact]
    public void Score_AreaPointsOf2017_AreWeighedByTheOfficialAreaMaxima()
    {
        // 2948/QĐ-BNV (PAR Index 2017) gives its 8 areas 10 + 10 + 14.5 + 11 + 16 + 7 + 16 + 15.5 = 100 points; illustrative
        // area points 9 + 8.5 + 13 + 10 + 14 + 6 + 14.5 + 13 = 88 → index 88.00, group B.

        var run = CliRun.Ok("score", "--year", "2017", "--area-points", Files.Write("areas.csv", AreaPoints), "-f", "csv");

        Assert.Equal("DN,Đà Nẵng,88,100,88.00,B", run.Out.Split('\n')[1]);
        // One decimal given: 8 parts and the total each within 0.05 of the exact value, so up to 9 × 0.05 = 0.45.
        var table = CliRun.Of("score", "--year", "2017", "--area-points", Files.Write("areas2.csv", AreaPoints));
        table.Prints("their sum may differ from the unit's published total by up to 8 × 0.05 + 0.05 = 0.45 points");
    }

    [Theory]
    [InlineData(",", "8.5", "14.5")]
    [InlineData(",", "8.50", "14.500")]
    [InlineData(";", "8,5", "14,50")]
    public void Score_AreaPoints_PrintTheirSumAlikeWhateverTheirDecimals(string separator, string second, string seventh)
    {
        // 9 + 8.5 + 13 + 10 + 14 + 6 + 14.5 + 13 = 88 points, printed 88 as a scorecard's points are, not 88.0 or 88.000
        // after the decimals of the text read (main).
        var csv = AreaPoints.Replace(",", separator, StringComparison.Ordinal)
            .Replace(separator + "8.5\n", separator + second + "\n", StringComparison.Ordinal).Replace(separator + "14.5\n", separator + seventh + "\n", StringComparison.Ordinal);

        var run = CliRun.Ok("score", "--year", "2017", "--area-points", Files.Write("areas.csv", csv), "-f", "csv");

        Assert.Equal("DN,Đà Nẵng,88,100,88.00,B", run.Out.Split('\n')[1]);
    }

    [Fact]
    public void Score_YearWithIndicatorFiles_ScoresOnlyThatYear()
    {
        // One leaf worth 1 point, index = input: A 80% in 2023; C 90% and D 75% in 2024. Before, --year was ignored
        // beside indicator files and all three units printed; 2024 is C 90.00 and D 75.00, and a year not in the files is refused.
        var methodology = Files.Write("one.json", Samples.OneSurveyLeaf);
        var units = Files.Write("units.csv", "unit,name,year,code,value\nA,Sở A,2023,1.1,80%\nC,Sở C,2024,1.1,90%\nD,Sở D,2024,1.1,75%\n");

        var run = CliRun.Ok("score", "-m", methodology, "-i", units, "--year", "2024", "-f", "csv");
        var refused = CliRun.Refused("score", "-m", methodology, "-i", units, "--year", "2017");

        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).Where(r => r.Length > 5).Select(r => (r[0], r[2], r[5]));
        Assert.Equal([("C", "2024", "90.00"), ("D", "2024", "75.00")], rows);
        refused.Says("--year: the indicator files hold no results of 2017; years: 2023, 2024");
    }

    [Theory]
    [InlineData("2023", "1,9", "PAR-PROVINCE-2022 is in the catalogue as headline only")]
    // 2024: five of the eight areas are sourced with their maxima; the library refused it, and the tool used to let it
    // through and crash with an internal error (exit 3).
    [InlineData("2024", "1,9", "PAR-PROVINCE-2024 is in the catalogue as headline only")]
    [InlineData("2017", "1,11", "area 1: 11 points is outside [0, 10]")]
    [InlineData("2017", "1,nine", "areas.csv:2:4")]
    [InlineData("2017", "1,\"8,5\"", "'8,5' is not a number of points such as 1.5 (write decimals with a dot)")]
    public void Score_AreaPointsThatCannotBeWeighed_AreBadInput(string year, string firstArea, string named)
    {
        var path = Files.Write("areas.csv", AreaPoints.Replace("1,9", firstArea, StringComparison.Ordinal));

        var run = CliRun.Refused("score", "--year", year, "--area-points", path);

        run.Says(named);
    }

    [Fact]
    public void Score_AreaPointsOfAYearNoMethodologyCovers_SaysTheLibrarysWordsOnly()
    {
        // The catalogue's error said whole used to add " (Parameter 'assessmentYear')" and "Actual value was 2011." lines.
        var run = CliRun.Refused("score", "--year", "2011", "--area-points", Files.Write("areas.csv", AreaPoints));

        Assert.Equal(
            "error: --year: No Province methodology of the catalogue covers assessment year 2011; it covers 2012–2015, 2016, 2017, 2018–2019, 2020–2021, 2022–2023, 2024–." + Environment.NewLine,
            run.Error);
    }

    [Fact]
    public void Score_MethodologyThatIsAFolder_IsRefusedAsAFolder()
    {
        // 542d627 said "no methodology file or embedded methodology" of a folder that exists.
        var folder = Directory.CreateDirectory(Files.PathOf("methodologies")).FullName;

        var run = CliRun.Refused("score", "-m", folder, "-i", Samples.Csv);

        Assert.Equal($"error: {folder}: '{folder}' is a folder: give the name of a file in it", run.Error.Trim());
    }
}
