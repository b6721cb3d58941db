using System.Text.RegularExpressions;

namespace ParIndex.Cli.Tests;

/// <summary>Help and version read like the tools people use: the usage lines name the command as installed
/// (<c>parindex</c>, the tool's command name), never the compiled assembly or the test host that runs it.</summary>
public class HelpTests
{
    [Theory]
    [InlineData(new[] { "--help" }, "parindex [command] [options]")]
    [InlineData(new[] { "rank", "--help" }, "parindex rank [options]")]
    [InlineData(new[] { "sipas", "-h" }, "parindex sipas [options]")]
    public void Help_UsageLine_NamesTheInstalledCommand(string[] args, string usage)
    {
        var run = CliRun.Ok(args);

        Assert.Contains("Usage:" + Environment.NewLine + "  " + usage, run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ParIndex.Cli", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void BadOption_HintNamesTheSameCommandAsTheUsageLine()
    {
        var run = CliRun.Refused("rank", "--yeer", "2023");

        Assert.Contains("Run 'parindex rank --help' for usage.", run.Error, StringComparison.Ordinal);
        Assert.Contains("parindex rank [options]", CliRun.Of("rank", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheToolVersion()
    {
        var run = CliRun.Ok("--version");

        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+"), run.Out);
    }
}
