namespace ParIndex.Cli.Tests;

/// <summary>Bad usage and bad input: each case must end with exit code 2 (1 for problems a validation finds), a message
/// on stderr naming what and where, nothing on stdout, and no stack trace.</summary>
public sealed class BadInputTests : TempFileTests
{
    [Theory]
    [InlineData("frobnicate", "frobnicate")]
    [InlineData("rank --yeer 2023", "--yeer")]
    [InlineData("rank --year abc", "abc")]
    [InlineData("rank", "--year")]
    [InlineData("rank --year 2009", "2009")]
    [InlineData("rank --year 2023 --compare 1999", "--compare")]
    [InlineData("rank --year 2023 --ties random", "random")]
    [InlineData("rank --year 2023 --format xml", "xml")]
    [InlineData("rank --year 2023 --culture xx-NOWHERE", "--culture")]
    [InlineData("history", "--province")]
    [InlineData("history --province Atlantis", "Atlantis")]
    [InlineData("score --indicators x.csv", "--methodology")]
    [InlineData("score --methodology NO-SUCH-METHODOLOGY --indicators x.csv", "NO-SUCH-METHODOLOGY")]
    [InlineData("validate", "Required argument missing for command: 'validate'")]
    public void Usage_IsBadInput(string commandLine, string named) =>
        AssertBadInput(CliRun.Of(commandLine.Split(' ')), 2, named);

    [Theory]
    [InlineData("rank --year 2023 --ties random", "--ties: 'random' is not one of standard, dense, ordinal")]
    [InlineData("rank --year 2023 --ties 1", "--ties: '1' is not one of standard, dense, ordinal")]
    [InlineData("rank --year 2023 --format xml", "--format: 'xml' is not one of table, csv, json, xlsx")]
    [InlineData("history --province 01 --index cchc", "--index: 'cchc' is not one of par, sipas")]
    [InlineData("whatif --ties-after random", "--ties-after: 'random' is not one of standard, dense, ordinal")] // named ParIndex.Rankings.TiePolicy
    public void WordOption_UnknownWord_ListsTheWordsNotADotNetType(string commandLine, string message)
    {
        var run = CliRun.Of(commandLine.Split(' '));

        AssertBadInput(run, 2, message);
        Assert.DoesNotContain("ParIndex.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dense")]
    [InlineData("DENSE")]
    [InlineData("dense")]
    public void WordOption_AnyCase_IsRead(string word) =>
        Assert.Equal(CliRun.Ok("rank", "--year", "2023", "--ties", "dense", "--format", "csv").Out, CliRun.Ok("rank", "--year", "2023", "--ties", word, "--format", "CSV").Out);

    [Theory]
    [InlineData("unit,name,year,code\nA,Sở A,2023,1.1.1\n", "missing column 'value'", 0)]
    [InlineData("", "empty", 0)]
    [InlineData("unit,name,year,code,value\nA,Sở A,2023,9.9.9,yes\n", "9.9.9", 2)]
    [InlineData("unit,name,year,code,value\nA,Sở A,2023,1.1,yes\n", "has sub-criteria", 2)]
    [InlineData("unit,name,year,code,value\nA,Sở A,2023,1.1.4,\"95,5\"\n", "write decimals with a dot", 2)]
    [InlineData("unit,name,year,code,value\nA,Sở A,2023,1.1.1,2023-02-30\n", "2023-02-30", 2)]
    [InlineData("unit,name,year,code,value\nA,Sở A,twenty,1.1.1,2023-02-01\n", "'twenty' is not a year", 2)]
    [InlineData("unit,name,year,code,value\nA,Sở A,2023,1.1.1,2023-02-01\nA,Sở A,2024,1.1.3,yes\n", "differs from the unit's earlier rows", 3)]
    [InlineData("unit,name,year,code,value\n,Sở A,2023,1.1.1,2023-02-01\n", "no unit", 2)]
    [InlineData("unit,name,year,code,value\nA,Sở A,2023,1.1.3,maybe\n", "'maybe' is not yes or no", 2)]
    [InlineData("unit,name,year,code,value\nA,Sở A,2023,1.1.2,yes;perhaps\n", "yes;perhaps", 2)]
    public void IndicatorCsv_BadRow_IsBadInputWithFileAndLine(string csv, string named, int line)
    {
        var path = Files.Write("bad.csv", csv);

        var run = CliRun.Of("score", "--methodology", Samples.Methodology, "--indicators", path);

        AssertBadInput(run, 2, named);
        if (line > 0)
        {
            Assert.Contains("bad.csv:" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void IndicatorCsv_PercentAbove100_NamesUnitAndCriterion()
    {
        var path = Files.Write("over.csv", Samples.UnitA.Replace("1.1.4,95%", "1.1.4,120", StringComparison.Ordinal));

        var run = CliRun.Of("score", "--methodology", Samples.Methodology, "--indicators", path);

        AssertBadInput(run, 2, "unit A: criterion 1.1.4: percentage 120% is outside [0%, 100%]");
    }

    [Fact]
    public void IndicatorCsv_LeafMissing_NamesTheLeaf()
    {
        var path = Files.Write("missing.csv", Samples.UnitA.Replace("A,Sở A,2023,1.2.2,no\n", string.Empty, StringComparison.Ordinal));

        var run = CliRun.Of("score", "--methodology", Samples.Methodology, "--indicators", path);

        AssertBadInput(run, 2, "missing.csv: the indicators cannot be scored under CA-MAU-1880-2013-FRAGMENT");
        Assert.Contains("unit A: criterion 1.2.2: no indicator is reported for this leaf (MissingIndicator)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorFiles_SameUnitInTwoFiles_IsBadInput()
    {
        var one = Files.Write("one.csv", Samples.UnitA);
        var two = Files.Write("two.csv", Samples.UnitA);

        AssertBadInput(CliRun.Of("score", "-m", Samples.Methodology, "-i", one, two), 2, "unit A is reported more than once");
    }

    [Fact]
    public void IndicatorFile_Missing_IsBadInput() =>
        AssertBadInput(CliRun.Of("score", "-m", Samples.Methodology, "-i", Files.PathOf("nowhere.csv")), 2, "nowhere.csv: file not found");

    // A folder where a file is read: FileInfo.Exists is false for it too, and "file not found" misled.
    [Theory]
    [InlineData("score", "-i")]
    [InlineData("score", "-m")]
    [InlineData("validate", null)]
    [InlineData("sipas", "--answers")]
    [InlineData("composite", "--data")]
    public void InputFile_IsAFolder_IsBadInputNamingTheFolder(string command, string? option)
    {
        var folder = Directory.CreateDirectory(Files.PathOf("inputs.json")).FullName;
        string[] args = (command, option) switch
        {
            ("score", "-i") => ["score", "-m", Samples.Methodology, "-i", folder],
            ("score", _) => ["score", "-m", folder, "-i", Files.Write("a.csv", Samples.UnitA)],
            ("validate", _) => ["validate", folder],
            ("sipas", _) => ["sipas", "--answers", folder, "--year", "2023"],
            _ => ["composite", "--data", folder, "--meta", folder],
        };

        AssertBadInput(CliRun.Of(args), 2, "inputs.json' is a folder: give the name of a file in it");
    }

    [Theory]
    [InlineData("{\"units\": [", "bad.json:1:12: $: the document ends before every object and array in it is closed")]
    [InlineData("{\"year\": 2023}", "bad.json:1:1: $: the required property \"units\" is missing")]
    [InlineData("{\"units\": [{\"code\": \"A\", \"values\": {}}]}", "$.units[0]: unit A: a unit needs a \"year\"")]
    [InlineData("{\"year\": 2023, \"units\": [{\"code\": \"A\", \"values\": {\"1.1.4\": \"lots\"}}]}", "$.units[0].values['1.1.4']: unit A: criterion 1.1.4: 'lots' is not a percentage")]
    public void IndicatorJson_Bad_IsBadInputWithJsonPath(string json, string named) =>
        AssertBadInput(CliRun.Of("score", "-m", Samples.Methodology, "-i", Files.Write("bad.json", json)), 2, named);

    [Fact]
    public void MethodologyFile_Invalid_ListsEveryProblemWithItsPath()
    {
        var path = Files.Write("m.json", """
            {"formatVersion": 1, "id": "X", "title": "X", "subjectKind": "custom", "years": {"first": 2020}, "maxPoints": 2,
             "areas": [{"code": "1", "name": "A", "maxPoints": 2, "criteria": [
               {"code": "1.1", "name": "B", "maxPoints": 1, "rule": {"kind": "yesNo", "yes": 1, "no": 0}},
               {"code": "1.1", "name": "C", "maxPoints": 1, "rule": {"kind": "yesNo", "yes": 1, "no": 0}}]}]}
            """);

        var run = CliRun.Of("score", "-m", path, "-i", Samples.Csv);

        AssertBadInput(run, 2, "m.json");
        Assert.Contains("DuplicateCode", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.areas[0].criteria[1]", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "choose one with --unit (A, B, C)")]
    [InlineData("--unit Z", "no unit 'Z'")]
    public void Explain_UnitNotChosenOrUnknown_IsBadInput(string unit, string named) =>
        AssertBadInput(CliRun.Of([.. $"explain -m {Samples.Methodology} -i {Samples.Csv} {unit}".Split(' ', StringSplitOptions.RemoveEmptyEntries)]), 2, named);

    [Fact]
    public void Rank_UnknownArea_IsBadInput() =>
        AssertBadInput(CliRun.Of("rank", "-m", Samples.Methodology, "-i", Samples.Csv, "--area", "9"), 2, "no area '9'");

    [Fact]
    public void Validate_MissingFile_IsBadInput() =>
        AssertBadInput(CliRun.Of("validate", Files.PathOf("none.csv")), 2, "file not found");

    [Fact]
    public void Verbose_ShowsTheStackTrace()
    {
        var run = CliRun.Refused("history", "--province", "Atlantis", "--verbose");

        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
    }

    private static void AssertBadInput(CliRun run, int exitCode, string named)
    {
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }
}
