namespace ParIndex.Cli.Tests.BadInputs;

/// <summary>The tool's limit on the tables it holds in memory (64 MiB, README "Each reader's limits"), answered before
/// a byte is read: the file is made sparse, so the test writes nothing to disk.</summary>
public sealed class ToolLimitTests : TempFileTests
{
    [Theory]
    [InlineData("indicators.csv", "score -m CA-MAU-1880-2013-FRAGMENT -i {file}")]
    [InlineData("results.csv", "validate {file}")]
    [InlineData("points.csv", "score --year 2017 --area-points {file}")]
    [InlineData("assessment.csv", "explain -m CA-MAU-1880-2013-FRAGMENT --assessment {file}")]
    public void Table_OneBytePast64MiB_IsRefusedNamingTheLimit(string name, string command)
    {
        var path = Files.PathOf(name);
        using (var file = File.Create(path))
        {
            file.SetLength((64L * 1024 * 1024) + 1); // 67,108,865 bytes
        }

        CliRun.Of(Samples.Args(command, ("{file}", path))).IsBadInput(name + ": the file has 67108865 bytes, more than the limit of 67108864 (64 MiB)");
    }
}
