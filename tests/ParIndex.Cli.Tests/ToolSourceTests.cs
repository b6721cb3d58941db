using System.Text.RegularExpressions;

namespace ParIndex.Cli.Tests;

/// <summary>The tool never reads an exception's message back (issue 13: "no exception text parsed"): it prints a
/// message whole, and takes anything finer from structured members (<c>ParamName</c>, <c>Diagnostics</c>,
/// <c>DiagnosticException.Headline</c>, <c>ArgumentText.Of</c>).</summary>
public class ToolSourceTests
{
    // A message taken apart: a member of it (e.Message.Split, .StartsWith, .IndexOf, .Length), an index into it, or the
    // runtime's " (Parameter" tail named in order to cut it.
    private static readonly Regex ReadsMessage = new(@"\bMessage\s*(\?\s*)?[.\[]|\(Parameter", RegexOptions.CultureInvariant);

    [Fact]
    public void ToolSource_ReadsNoExceptionMessageBack()
    {
        var tool = Path.Combine(RepositoryFiles.Root, "src", "ParIndex.Cli");
        var found = Directory.EnumerateFiles(tool, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(tool, f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && ReadsMessage.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();

        Assert.True(found.Count == 0, "the tool reads exception text back:\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("""throw new CliException(e.Message.Split('\n')[0].TrimEnd('\r'), file.Name, e);""")]
    [InlineData("""e.Message.StartsWith("Noise levels", StringComparison.Ordinal) ? levels.Name : pipeline.Name""")]
    [InlineData("""public static string Said(ArgumentException e) => e.Message.Split(" (Parameter", 2)[0];""")]
    [InlineData("""var cut = e.Message[..e.Message.IndexOf('(')];""")]
    [InlineData("""var head = e.Message?.Split('\n')[0];""")]
    public void ReadsMessage_TakingAMessageApart_IsFound(string line) => Assert.Matches(ReadsMessage, line);

    [Theory]
    [InlineData("""Report(error, e.Where, e.Message, e, verbose);""")]
    [InlineData("""error.WriteLine("internal error: " + e.Message + " (run again with --verbose for details, and report it)");""")]
    [InlineData("""return where.Append(diagnostic.Message).Append(" (").Append(diagnostic.Kind).Append(')').ToString();""")]
    public void ReadsMessage_PrintingAMessageWhole_IsNotFound(string line) => Assert.DoesNotMatch(ReadsMessage, line);
}
