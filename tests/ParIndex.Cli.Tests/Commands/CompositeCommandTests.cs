namespace ParIndex.Cli.Tests.Commands;

public class CompositeCommandTests : TempFileTests
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root, "samples", "data", "composites");

    private static CliRun Run(params string[] more) => CliRun.Of(
    [
        "composite", "--data", Path.Combine(Folder, "asem-idata.csv"), "--meta", Path.Combine(Folder, "asem-imeta.csv"),
        "--pipeline", Path.Combine(Folder, "asem.json"), .. more,
    ]);

    [Fact]
    public void Csv_HasUnitIndexRankThenTheAggregates_AsCoinrPublishes()
    {
        var run = Run("--format", "csv").Succeeded();

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("uCode,Index,Rank,Conn,Sust,Physical,ConEcFin,Political,Instit,P2P,Environ,Social,SusEcFin", lines[0]);
        // COINr vignette "Presenting Results": CHE 1, 68.38; 62.79, 73.98; pillars 63.41 … 56.88.
        Assert.Equal("CHE,68.38,1,62.79,73.98,63.41,32.87,74.78,85.94,56.93,77.21,87.85,56.88", lines[1]);
        Assert.StartsWith("NLD,64.82,2,", lines[2], StringComparison.Ordinal);
        Assert.Equal(52, lines.Length);
    }

    [Fact]
    public void Workbook_WithItsIDataAndIMetaSheets_GivesWhatTheCsvFilesGive()
    {
        var run = CliRun.Of("composite", "--data", Path.Combine(Folder, "asem.xlsx"), "--pipeline", Path.Combine(Folder, "asem.json"), "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(Run("--format", "csv").Out, run.Out);
    }

    [Fact]
    public void Workbook_WithAnotherMetadataFile_IsRefusedNamingTheOption()
    {
        var run = CliRun.Refused("composite", "--data", Path.Combine(Folder, "asem.xlsx"), "--meta", Path.Combine(Folder, "asem-imeta.csv"), "--pipeline", Path.Combine(Folder, "asem.json"));

        run.Says("--meta");
    }

    [Fact]
    public void Json_And_Table_CarryTheSameFigures()
    {
        var json = Run("--format", "json").Succeeded();
        var table = Run();

        json.Prints("\"composite\"", "68.38");
        table.Prints("ASEM Sustainable Connectivity", "51 of 51 units ranked by Index");
    }

    [Fact]
    public void BadPipeline_IsBadInputNamingThePath()
    {
        var pipeline = Files.Write("p.json", """{ "formatVersion": 1, "steps": [ { "step": "normalise", "method": "minmax" } ] }""");
        var run = CliRun.Of("composite", "--data", Path.Combine(Folder, "asem-idata.csv"), "--meta", Path.Combine(Folder, "asem-imeta.csv"), "--pipeline", pipeline);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        // The value "minmax" starts at column 67: 31 characters before the steps array, "[ { " 4, "\"step\": \"normalise\", " 21,
        // "\"method\": " 10, so 31 + 4 + 21 + 10 + 1.
        run.Says("p.json:1:67: $.steps[0].method: method must be one of minMax");
    }

    [Fact]
    public void MalformedPipeline_SaysEachProblemOnce()
    {
        // A trailing comma: the one problem once, at its place, not again in the headline. Its column: "{ \"formatVersion\": 1, " is
        // 22 characters, "\"steps\": [ " 11, "{ \"step\": \"aggregate\" }, " 25, so the ']' after the comma is at 22 + 11 + 25 + 1 = 59.
        var pipeline = Files.Write("p.json", """{ "formatVersion": 1, "steps": [ { "step": "aggregate" }, ] }""");
        var run = CliRun.Of("composite", "--data", Path.Combine(Folder, "asem-idata.csv"), "--meta", Path.Combine(Folder, "asem-imeta.csv"), "--pipeline", pipeline);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        run.Says("p.json:1:59: $: a comma before ']': remove the trailing comma");
        Assert.Equal(2, run.Error.Split("remove the trailing comma").Length);
    }

    [Fact]
    public void NonPositiveDenominators_AreEachSaidOnce_WithTheStep()
    {
        // Huế's population is 0 and Đà Nẵng's −5: Online ÷ Pop cannot be taken for either; two problems, each one line.
        var data = Files.Write("d.csv", "uCode,uName,Pop,Online,Late\nHUE,Huế,0,60,3\nDNA,Đà Nẵng,-5,70,2\nQNA,Quảng Nam,10,40,4\n");
        var meta = Files.Write("m.csv",
            "iCode,iName,Level,Parent,Direction,Weight,Type,Denominator\nPop,Dân số,,,,,Denominator,\n" +
            "Online,Hồ sơ trực tuyến,1,Index,1,1,Indicator,Pop\nLate,Hồ sơ trễ hạn,1,Index,-1,1,Indicator,\nIndex,Chỉ số,2,NA,1,1,Aggregate,\n");
        var pipeline = Files.Write("p.json", """{ "formatVersion": 1, "steps": [ { "step": "denominate" }, { "step": "normalise" }, { "step": "aggregate" } ] }""");

        var run = CliRun.Of("composite", "--data", data, "--meta", meta, "--pipeline", pipeline);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Single(run.Error.Split('\n'), l => l.Contains("unit HUE: element Online: denominate step: the denominator Pop is zero (NonPositiveDenominator)", StringComparison.Ordinal));
        Assert.Single(run.Error.Split('\n'), l => l.Contains("unit DNA: element Online: denominate step: the denominator Pop is negative, -5 (NonPositiveDenominator)", StringComparison.Ordinal));
        Assert.Single(run.Error.Split('\n'), l => l.Contains("HUE", StringComparison.Ordinal));
    }

    [Fact]
    public void Encoding_IsTheOneGiven_AndTheSeparatorTheOneGiven()
    {
        // The README's three provinces saved by Excel on Vietnamese Windows (code page 1258): with --encoding the
        // names decode and the index is the README's (Huế (2 × 55.13 + 50) / 3 = 53.42, 2nd); without it, the bytes are
        // not UTF-8 and the reader says so. The metadata is saved the same way: --encoding is every CSV input's, and a
        // UTF-8 metadata file read in code page 1258 is refused (Utf8ReadAsLegacy) rather than its names garbled.
        var data = Files.PathOf("d.csv");
        File.WriteAllBytes(data, ParIndex.Csv.CsvOptions.GetEncoding("windows-1258").GetBytes("uCode,uName,Online,Late\nHUE,Huế,62.5,3.1\nDNA,Đà Nẵng,80,1.2\nQNA,Quảng Nam,41,5\n"));
        var meta = Files.PathOf("m.csv");
        File.WriteAllBytes(meta, ParIndex.Csv.CsvOptions.GetEncoding("windows-1258").GetBytes("iCode,iName,Level,Parent,Direction,Weight,Type\nOnline,Hồ sơ trực tuyến,1,Index,1,2,Indicator\nLate,Hồ sơ trễ hạn,1,Index,-1,1,Indicator\nIndex,Chỉ số,2,NA,1,1,Aggregate\n"));
        var pipeline = Files.Write("p.json", """{ "formatVersion": 1, "steps": [ { "step": "normalise" }, { "step": "aggregate" } ] }""");

        var given = CliRun.Ok("composite", "--data", data, "--meta", meta, "--pipeline", pipeline, "--encoding", "windows-1258", "-f", "csv");
        var utf8 = CliRun.Of("composite", "--data", data, "--meta", meta, "--pipeline", pipeline, "-f", "csv");
        var semicolon = CliRun.Of("composite", "--data", data, "--meta", meta, "--pipeline", pipeline, "--encoding", "windows-1258", "--separator", ";");

        given.Prints("HUE,53.42,2");
        Assert.Equal(ExitCodes.BadInput, utf8.ExitCode);
        utf8.Says("(InvalidEncoding)");
        Assert.Equal(ExitCodes.BadInput, semicolon.ExitCode);
        semicolon.Says("the header has no column uCode"); // one column "uCode,uName,Online,Late"
    }

    [Fact]
    public void SemicolonsAndDecimalCommas_AsExcelSavesThemInVietnam_GiveTheResultsOfTheCommaFiles()
    {
        // The README's three provinces as above, saved by Excel where the list separator is ';': Huế (2 × 55.13 + 50) / 3 = 53.42, 2nd.
        var data = Files.Write("d.csv", "uCode;uName;Online;Late\nHUE;Huế;62,5;3,1\nDNA;Đà Nẵng;80;1,2\nQNA;Quảng Nam;41;5\n");
        var meta = Files.Write("m.csv", "iCode;iName;Level;Parent;Direction;Weight;Type\nOnline;Hồ sơ trực tuyến;1;Index;1;2;Indicator\nLate;Hồ sơ trễ hạn;1;Index;-1;1;Indicator\nIndex;Chỉ số;2;NA;1;1;Aggregate\n");
        var pipeline = Files.Write("p.json", """{ "formatVersion": 1, "steps": [ { "step": "normalise" }, { "step": "aggregate" } ] }""");

        var run = CliRun.Ok("composite", "--data", data, "--meta", meta, "--pipeline", pipeline, "-f", "csv");

        run.Prints("HUE,53.42,2");
    }

    // Told apart by the library's ParamName (options.NoiseLevels, options.Alternatives, pipeline), not by its words.
    [Theory]
    [InlineData("--noise-levels", "error: --noise-levels: Noise levels must be from 1 to 3 (the index, level 4, has no weight).")]
    [InlineData("--alternative", "error: --alternative: alternative 1 does not end in an aggregate step up to the index.")]
    [InlineData("--pipeline", "error: --pipeline: the pipeline does not end in an aggregate step up to the index.")]
    public void RankIntervals_RefusedOption_IsNamed(string option, string expected)
    {
        var normaliseOnly = Files.Write("normalise.json", """{ "formatVersion": 1, "steps": [ { "step": "normalise" } ] }""");
        string[] more = option switch
        {
            "--noise-levels" => ["--noise-levels", "4"],
            "--alternative" => ["--alternative", normaliseOnly],
            _ => [],
        };
        var run = option == "--pipeline"
            ? CliRun.Of("composite", "--data", Path.Combine(Folder, "asem-idata.csv"), "--meta", Path.Combine(Folder, "asem-imeta.csv"), "--pipeline", normaliseOnly, "--runs", "10")
            : Run(["--runs", "10", .. more]);

        Assert.Equal((ExitCodes.BadInput, expected), (run.ExitCode, run.Error.TrimEnd()));
    }

    [Fact]
    public void MissingFile_IsBadInput()
    {
        var run = CliRun.Of("composite", "--data", "nowhere.csv", "--meta", "m.csv", "--pipeline", "p.json");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        run.Says("--data");
    }

    [Fact]
    public void Runs_Csv_GivesEachUnitsNominalRankAndInterval_TheSameForAnyThreads()
    {
        var one = Run("--runs", "500", "--weight-noise", "25", "--seed", "7", "--threads", "1", "--format", "csv").Succeeded();
        var two = Run("--runs", "500", "--weight-noise", "25", "--seed", "7", "--threads", "2", "--format", "csv");

        var lines = one.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("nominal_rank,uCode,unit,index,mean_rank,median_rank,rank_5,rank_95", lines[0]);
        // COINr's ranking without noise: CHE first with 68.38 (vignette "Presenting Results").
        Assert.StartsWith("1,CHE,Switzerland,68.38,", lines[1], StringComparison.Ordinal);
        Assert.Equal(52, lines.Length);
        Assert.Equal(one.Out, two.Out);
    }

    [Fact]
    public void Runs_ZeroNoise_Json_IntervalsAreTheNominalRanks()
    {
        var run = Run("--runs", "50", "--weight-noise", "0", "--format", "json").Succeeded();

        run.Prints("\"composite-uncertainty\"");
        using var document = System.Text.Json.JsonDocument.Parse(run.Out);
        var rows = document.RootElement.GetProperty("composite-uncertainty").GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(51, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.GetProperty("nominal_rank").GetInt32(), r.GetProperty("rank_95").GetInt32()));
    }

    [Fact]
    public void Runs_BadNoiseLevel_IsBadUsageNamingTheOption()
    {
        var run = Run("--runs", "10", "--noise-levels", "4");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        run.Says("--noise-levels", "from 1 to 3");
    }

    [Fact]
    public void Runs_SameAlternativeAndSensitivity_NamesEachSource()
    {
        // The alternative is the pipeline itself, so without noise on level 2 every run is nominal; the noise on level 3
        // (the two sub-indices' weights) alone can move the ranks.
        var run = Run("--runs", "200", "--weight-noise", "0", "--alternative", Path.Combine(Folder, "asem.json"), "--format", "json").Succeeded();
        var sobol = Run("--runs", "100", "--sensitivity", "64", "--alternative", Path.Combine(Folder, "asem.json"), "--format", "csv").Succeeded();

        using var document = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.All(document.RootElement.GetProperty("composite-uncertainty").GetProperty("rows").EnumerateArray(), r => Assert.Equal(r.GetProperty("nominal_rank").GetInt32(), r.GetProperty("rank_5").GetInt32()));
        sobol.Prints("\nlevel 2 weights,", "\nlevel 3 weights,", "\npipeline,");
    }

    [Fact]
    public void Panel_Csv_HasAPeriodColumn_AndRanksEachPeriod_TimeSelectsOne()
    {
        // Equal weights: 2018 X (1 + 3)/2 = 2, Y 3, Z 0 → Y, X, Z; 2019 X 5, Y 1, Z 3 → X, Z, Y (COINr ranks each coin of a purse).
        var data = Files.Write("panel.csv", "uCode,Time,A,B\nX,2018,1,3\nY,2018,2,4\nZ,2018,0,0\nX,2019,5,5\nY,2019,1,1\nZ,2019,3,3\n");
        var meta = Files.Write("meta.csv", "Level,iCode,Parent,Direction,Weight,Type\n1,A,Index,1,1,Indicator\n1,B,Index,1,1,Indicator\n2,Index,,1,1,Aggregate\n");
        var pipeline = Files.Write("p.json", """{ "formatVersion": 1, "steps": [ { "step": "aggregate" } ] }""");
        CliRun Panel(params string[] more) => CliRun.Of(["composite", "--data", data, "--meta", meta, "--pipeline", pipeline, "--format", "csv", .. more]);

        var all = Panel().Succeeded();
        var year = Panel("--time", "2019");
        var none = Panel("--time", "2020");
        var runs = Panel("--runs", "10");

        Assert.Equal(["Time,uCode,Index,Rank", "2018,Y,3,1", "2018,X,2,2", "2018,Z,0,3", "2019,X,5,1", "2019,Z,3,2", "2019,Y,1,3"],
            all.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["Time,uCode,Index,Rank", "2019,X,5,1", "2019,Z,3,2", "2019,Y,1,3"], year.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(ExitCodes.BadInput, none.ExitCode);
        none.Says("--time: the data has no period 2020 (periods: 2018, 2019)");
        Assert.Equal(ExitCodes.BadInput, runs.ExitCode);
        runs.Says("rank intervals are for one period, and the data has 2018, 2019");
        // --time with --runs is not silently dropped: the message says it does not choose the runs' data.
        var timedRuns = Panel("--runs", "10", "--time", "2019");
        Assert.Equal(ExitCodes.BadInput, timedRuns.ExitCode);
        timedRuns.Says("(--time picks a period of the results, not of the data the runs redraw)");
    }
}
