using System.Diagnostics;
using System.Threading.Tasks;
using ParIndex.Cli.Output;

namespace ParIndex.Cli.Tests.Output;

/// <summary>Outputs that lose nothing (--output written whole or not at all, never over an input) and CSV that a
/// spreadsheet opens without running any of it.</summary>
public class OutputSafetyTests : TempFileTests
{
    [Fact]
    public void AtomicFile_WriterThrowsHalfway_LeavesTheExistingFileAndNoTemporaryFile()
    {
        var target = Files.Write("result.csv", "the earlier result\n");

        var thrown = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(new FileInfo(target), writer =>
        {
            writer.Write(new string('x', 100_000)); // more than a buffer's worth, so a plain writer would have flushed
            throw new InvalidOperationException("rendering failed");
        }));

        Assert.Equal("rendering failed", thrown.Message);
        Assert.Equal("the earlier result\n", File.ReadAllText(target));
        Assert.Equal(["result.csv"], Directory.GetFiles(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }

    [Fact]
    public void AtomicFile_Success_ReplacesTheFileWhole()
    {
        var target = Files.Write("result.csv", "a much longer earlier result that must not survive in part\n");

        AtomicFile.Write(new FileInfo(target), writer => writer.Write("new\n"));

        Assert.Equal("new\n", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public void Output_SameFileAsAnInput_IsRefusedAndTheInputKept()
    {
        var input = Files.Write("units.csv", File.ReadAllText(Samples.Csv));

        var run = CliRun.Refused("score", "--methodology", Samples.Methodology, "--indicators", input, "--format", "csv", "--output", input);

        run.Says("'units.csv' is one of this command's input files (--indicators)");
        Assert.Equal(File.ReadAllText(Samples.Csv), File.ReadAllText(input));
    }

    [Fact]
    public void Output_AFolder_IsRefusedNamingTheOption()
    {
        var folder = Path.GetDirectoryName(Files.Write("kept.txt", "kept\n"))!;

        var run = CliRun.Refused("rank", "--year", "2023", "--format", "csv", "--output", folder);

        run.Says($"--output: '{folder}' is a folder: give the name of a file in it");
        Assert.Equal(["kept.txt"], Directory.GetFiles(folder).Select(Path.GetFileName)); // no temporary file left beside it
    }

    [Fact]
    public void Output_FailedRun_DoesNotTruncateAnExistingFile()
    {
        var target = Files.Write("scores.csv", "kept\n");
        var bad = Files.Write("bad.csv", Samples.UnitA.Replace("95%", "lots", StringComparison.Ordinal));

        var run = CliRun.Refused("score", "--methodology", Samples.Methodology, "--indicators", bad, "--format", "csv", "--output", target);

        Assert.Equal("kept\n", File.ReadAllText(target));
    }

    [Fact]
    public void Output_ASymbolicLink_WritesTheFileItNamesAndKeepsTheLink()
    {
        var real = Files.Write("kept-here.csv", "old\n");
        var link = Files.PathOf("latest.csv");
        File.CreateSymbolicLink(link, real);

        CliRun.Ok("rank", "--year", "2023", "--format", "csv", "--output", link);

        Assert.Equal(real, new FileInfo(link).LinkTarget); // renamed over, the link itself had become a file
        Assert.StartsWith("published_rank,province,", File.ReadAllText(real), StringComparison.Ordinal);
        Assert.Equal(["kept-here.csv", "latest.csv"], Directory.GetFileSystemEntries(Path.GetDirectoryName(real)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Output_ALinkToAnInput_IsRefusedAndTheInputKept()
    {
        var input = Files.Write("units.csv", File.ReadAllText(Samples.Csv));
        var link = Files.PathOf("latest.csv");
        File.CreateSymbolicLink(link, input);

        var run = CliRun.Refused("score", "--methodology", Samples.Methodology, "--indicators", input, "--format", "csv", "--output", link);

        run.Says("'latest.csv' is one of this command's input files (--indicators)");
        Assert.Equal(File.ReadAllText(Samples.Csv), File.ReadAllText(input));
    }

    [Fact]
    public async Task Output_ANamedPipe_IsWrittenIntoAndStaysAPipe()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no named pipes in the file system (on Linux /dev/null and /dev/stdout are of this kind too)
        }
        var pipe = Files.PathOf("results.pipe");
        Assert.Equal(0, Command("mkfifo", pipe));
        var reader = Task.Run(() => File.ReadAllText(pipe)); // returns once a writer has opened the pipe and closed it

        CliRun.Ok("rank", "--year", "2023", "--format", "csv", "--output", pipe);

        // Written to a temporary file renamed over it, the pipe became a file (and as root -o /dev/null replaced the
        // device), while the reader waited for ever.
        var read = await reader.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.StartsWith("published_rank,province,", read, StringComparison.Ordinal);
        Assert.Equal(0, Command("test", "-p", pipe));
    }

    private static int Command(string name, params string[] arguments)
    {
        using var process = Process.Start(name, arguments);
        process.WaitForExit();
        return process.ExitCode;
    }

    [Fact]
    public void Output_AnExistingFile_KeepsItsPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var target = Files.Write("private.csv", "old\n");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        CliRun.Ok("rank", "--year", "2023", "--format", "csv", "--output", target);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
    }

    [Fact]
    public void Output_AFolderThatTakesNoFiles_NamesTheOptionAndTheFileNotATemporaryOne()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc makes no new files, even for root
        }

        var run = CliRun.Refused("rank", "--year", "2023", "--format", "csv", "--output", "/proc/parindex-result.csv");

        Assert.StartsWith("error: --output: '/proc/parindex-result.csv' cannot be written: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_AFileInAFolderThatTakesNoFiles_IsSaidInTheToolsWords()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Main: "'/proc/version' cannot be written: Could not find file '/proc/version'.", the runtime's words of a file
        // that is there.
        var run = CliRun.Refused("rank", "--year", "2023", "--format", "csv", "--output", "/proc/version");

        Assert.Equal("error: --output: '/proc/version' cannot be written: the system makes no new file in the folder '/proc': give a file in another folder", run.Error.Split('\n')[0].TrimEnd());
    }

    [Fact]
    public void Output_ALinkIntoAFolderThatIsNot_SaysTheFolderDoesNotExist()
    {
        // A link to a file in a folder that is gone: the folder does not exist, as for a path typed (main at 015b82c: "the
        // system makes no new file in the folder …: give a file in another folder", as if it were /proc).
        var gone = Files.PathOf("gone");
        var link = Files.PathOf("latest.csv");
        File.CreateSymbolicLink(link, Path.Combine(gone, "scores.csv"));

        var run = CliRun.Refused("rank", "--year", "2023", "--format", "csv", "--output", link);

        Assert.Equal($"error: --output: '{Path.Combine(gone, "scores.csv")}' cannot be written: the folder '{gone}' does not exist", run.Error.Split('\n')[0].TrimEnd());
    }

    [Fact]
    public void Csv_TextThatASpreadsheetWouldRun_IsNeutralisedAndNumbersStayNumbers()
    {
        // A unit whose name is a formula, as a hostile or careless input file could carry.
        var input = Files.Write("units.csv", Samples.UnitA.Replace("Sở A", "=HYPERLINK(\"http://example.invalid\";\"x\")", StringComparison.Ordinal));

        var run = CliRun.Ok("score", "--methodology", Samples.Methodology, "--indicators", input, "--format", "csv");

        var row = run.Out.Split('\n')[1];
        Assert.StartsWith("A,\"'=HYPERLINK(", row, StringComparison.Ordinal);
        Assert.Contains(",6,7,85.71,", row, StringComparison.Ordinal); // 6 of 7 points as numbers, untouched
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-3", "-3")]
    [InlineData("+1.5", "+1.5")]
    [InlineData("Hà Nội", "Hà Nội")]
    [InlineData("", "")]
    public void SpreadsheetSafe_Text_PrefixesFormulaStartsOnly(string text, string expected)
    {
        Assert.Equal(expected, Renderer.SpreadsheetSafe(text, text));
    }

    [Fact]
    public void SpreadsheetSafe_NumberCell_IsNeverPrefixed()
    {
        Assert.Equal("-3.5", Renderer.SpreadsheetSafe(-3.5m, "-3.5"));
        Assert.Equal("-2", Renderer.SpreadsheetSafe(-2, "-2"));
    }
}
