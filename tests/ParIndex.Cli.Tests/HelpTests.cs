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

        run.Prints("Usage:" + Environment.NewLine + "  " + usage);
        Assert.DoesNotContain("ParIndex.Cli", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void BadOption_HintNamesTheSameCommandAsTheUsageLine()
    {
        var run = CliRun.Refused("rank", "--yeer", "2023");

        run.Says("Run 'parindex rank --help' for usage.");
        CliRun.Of("rank", "--help").Prints("parindex rank [options]");
    }

    [Fact]
    public void UnknownCommand_IsNamedAsWritten_WithTheClosestCommand()
    {
        // System.CommandLine said "Required command was not provided." and a line for each word of the command line.
        var run = CliRun.Refused("scroe", "x.csv");

        Assert.Equal(
            "error: 'scroe' is not a parindex command; did you mean 'score'?" + Environment.NewLine + "Run 'parindex --help' for usage." + Environment.NewLine,
            run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void UnknownCommand_EquallyCloseToTwo_NamesBoth_TheOneSharingTheLongerStartFirst()
    {
        // "sas" is two edits from "sipas" (which it starts like) and from "gap".
        var run = CliRun.Refused("--format", "csv", "sas");

        Assert.StartsWith("error: 'sas' is not a parindex command; did you mean 'sipas' or 'gap'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_FarFromEveryCommand_ListsTheCommands()
    {
        var run = CliRun.Refused("frobnicate");

        Assert.StartsWith(
            "error: 'frobnicate' is not a parindex command; the commands are rank, history, score, explain, validate, targets, sipas, report, composite, gap, whatif, uncertainty, template.",
            run.Error,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exp", "did you mean 'explain'?")]
    [InlineData("s", "did you mean 'score' or 'sipas'?")]
    [InlineData("RANK", "did you mean 'rank'?")]
    [InlineData("Scroe", "did you mean 'score'?")]
    public void UnknownCommand_AStartOrAnotherCase_IsNotSentToGap(string typed, string answer)
    {
        // Each of these is three edits or fewer from "gap" (and "RANK" four from "rank" letter by letter): main answered
        // "did you mean 'gap'?" for "exp" and "s", and listed the commands for "RANK".
        var run = CliRun.Refused(typed);

        Assert.StartsWith($"error: '{typed}' is not a parindex command; {answer}" + Environment.NewLine, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommand_StillSaysOneIsRequired()
    {
        var run = CliRun.Refused("--format", "csv");

        run.Says("Required command was not provided.");
    }

    [Fact]
    public void Version_PrintsTheToolVersion()
    {
        var run = CliRun.Ok("--version");

        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+"), run.Out);
    }

    [Theory]
    [InlineData("help", null, null)]
    [InlineData("HELP", null, null)]
    [InlineData("help", "help", null)]
    [InlineData("help", "rank", "rank")]
    [InlineData("rank", "help", "rank")]
    [InlineData("help", "sipas", "sipas")]
    [InlineData("score", "help", "score")]
    public void HelpWord_PrintsWhatTheHelpOfTheToolOrTheCommandBesideItPrints(string first, string? second, string? command)
    {
        // Main said "Unrecognized command or argument 'help'" (exit 2) beside a command, in both orders; alone (or twice)
        // it said "'help' is not a parindex command; the commands are …" (exit 2), where the tool's --help was meant.
        var run = CliRun.Ok(second is null ? [first] : [first, second]);

        Assert.StartsWith("Description:", run.Out, StringComparison.Ordinal);
        run.Prints("Usage:" + Environment.NewLine + "  parindex " + (command is null ? "[command]" : command) + " [options]");
        Assert.Equal(CliRun.Ok(command is null ? ["--help"] : [command, "--help"]).Out, run.Out);
        Assert.Empty(run.Error);
    }

    [Theory]
    [InlineData("help", "rank", "score")]
    [InlineData("rank", "score", "--help")]
    [InlineData("rank", "help", "score")]
    public void HelpWithAWordTheCommandDoesNotTake_RefusesTheWord(string first, string second, string third)
    {
        // Main printed rank's help, the extra word unsaid.
        var run = CliRun.Refused(first, second, third);

        Assert.Equal("error: Unrecognized command or argument 'score'." + Environment.NewLine + "Run 'parindex rank --help' for usage." + Environment.NewLine, run.Error);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("rank", "[default: table]", "[default: standard]")]
    [InlineData("history", "[default: table]", "[default: par]")]
    public void Help_DefaultOfAWordOption_IsWrittenAsTyped(string command, string format, string other)
    {
        // Main wrote the .NET names, [default: Table], beside the choices <table|csv|json|xlsx>.
        var run = CliRun.Ok(command, "--help");

        run.Prints(format, other);
        Assert.DoesNotMatch(@"\[default: [A-Z]", run.Out);
    }

    [Fact]
    public void HelpAsTheFileOfACommandWithAFileArgument_IsHelpWhenNoSuchFileExists()
    {
        // validate takes a file: "validate help" meant its help (main: "help: file not found"); a file called help in
        // the working folder would be validated instead, and "./help" always names the file.
        var run = CliRun.Ok("validate", "help");

        run.Prints("parindex validate <file> [options]");
        Assert.Equal(CliRun.Ok("validate", "--help").Out, run.Out);
    }

    [Theory]
    [InlineData("scroe", "did you mean 'score'?")]
    [InlineData("nosuch", "the commands are rank, history, score, explain, validate, targets, sipas, report, composite, gap, whatif, uncertainty, template.")]
    public void HelpOfAWordThatIsNoCommand_SaysSoWithTheSuggestionOfAnUnknownCommand(string typed, string answer)
    {
        // Main said "'help' is not a parindex command" and listed the commands, whatever followed it.
        var run = CliRun.Refused("help", typed);

        Assert.Equal($"error: '{typed}' is not a parindex command; {answer}" + Environment.NewLine + "Run 'parindex --help' for usage." + Environment.NewLine, run.Error);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("-x")]
    [InlineData("--year")]
    public void HelpFollowedByAnOption_SaysHelpTakesACommand(string option)
    {
        // 542d627 said "'help' is not a parindex command", of the word that prints the tool's help.
        var run = CliRun.Refused("help", option);

        Assert.Equal($"error: 'help {option}': help takes the name of a command, as in 'parindex help rank'; the commands are rank, history, score, explain, validate, targets, sipas, report, composite, gap, whatif, uncertainty, template." + Environment.NewLine + "Run 'parindex --help' for usage." + Environment.NewLine, run.Error);
        Assert.Empty(run.Out);
    }
}
