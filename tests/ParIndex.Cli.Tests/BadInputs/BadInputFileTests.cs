namespace ParIndex.Cli.Tests.BadInputs;

/// <summary>
/// Every named bad input of the tool's readers under <c>BadInputs/&lt;reader&gt;/</c>: <c>NAME.EXT</c> is the file as
/// bytes, <c>NAME.expected</c> what reading it must give: a line <c>exit: N</c> (1 for problems a validation finds, 2 for
/// bad input; never 3, an internal error), then lines that must each appear in the output (stdout and stderr), such as
/// <c>:2:1,WrongYear</c>; lines starting with # say what the input is and where it came from. tests/ParIndex.Fuzz
/// replays them against its invariant too, with the same commands.
/// </summary>
public class BadInputFileTests
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root, "tests", "ParIndex.Cli.Tests", "BadInputs");

    public static TheoryData<string> Inputs() => BadInputFiles.In(Folder);

    // An input renamed or deleted would leave its expectation checking nothing, and no test would say so.
    [Fact]
    public void Folder_EveryExpectedFile_HasItsInput() => Assert.Empty(BadInputFiles.Orphans(Folder));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Tool_BadInputFile_ExitsAndSaysWhere(string input)
    {
        var (reader, path, expected) = BadInputFiles.Open(Folder, input);
        Assert.StartsWith("exit: ", expected[0], StringComparison.Ordinal);

        // The same commands as the fuzz targets of tests/ParIndex.Fuzz (Targets.cs), with CSV output for stable lines.
        var run = reader switch
        {
            "results-csv" => CliRun.Of("validate", path, "--format", "csv"),
            "indicators-csv" or "indicators-json" or "indicators-xlsx" => CliRun.Of("score", "-m", Samples.Methodology, "-i", path, "--format", "csv"),
            "assessment-csv" => CliRun.Of("explain", "-m", Samples.Methodology, "--assessment", path, "--format", "csv"),
            "area-points-csv" => CliRun.Of("score", "--year", "2017", "--area-points", path, "--format", "csv"),
            "values-csv" => CliRun.Of("targets", "--plan", "thua-thien-hue-2019", "--values", path, "--as-of", "2020-01-01", "--format", "csv"),
            _ => throw new InvalidOperationException("no reader is named " + reader),
        };

        var output = run.Out + run.Error;
        Assert.True(expected[0] == "exit: " + run.ExitCode, $"{expected[0]}, but exit: {run.ExitCode}\n{output}");
        foreach (var line in expected.Skip(1))
        {
            Assert.True(output.Contains(line, StringComparison.Ordinal), $"'{line}' is not in the output:\n{output}");
        }
    }
}
