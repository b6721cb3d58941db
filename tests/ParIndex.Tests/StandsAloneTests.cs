namespace ParIndex.Tests;

/// <summary>The project stands on its own: nothing it ships, prints or documents points to a path outside the
/// repository (a user has none of them); sources are public citations and background lives in docs/.</summary>
public class StandsAloneTests
{
    // Built from pieces so that this file does not match itself.
    private static readonly string[] Forbidden =
    [
        ".." + "/shared", "/work" + "/", "reference" + " notes", "historical-results" + ".md", "plan-targets" + ".md",
        "par-methodology" + ".md", "sipas-methodology" + ".md", "par-criteria-tables" + ".md", "provinces" + ".md",
        "methodology-facts" + "-2.md", "sipas-facts" + "-2.md",
    ];

    private static readonly string[] Extensions = [".cs", ".json", ".csv", ".md", ".props", ".csproj", ".sh", ".txt", ".xml"];

    [Fact]
    public void RepositoryFiles_NameNoPathOutsideTheRepository()
    {
        var root = RepositoryFiles.Root;
        var files = new[] { "src", "tests", "samples", "docs", "benchmarks", ".ci" }
            .Select(d => Path.Combine(root, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "StrykerOutput" + Path.DirectorySeparatorChar, StringComparison.Ordinal) // git-ignored reports naming this machine's paths
                && Extensions.Contains(Path.GetExtension(f)))
            .Append(Path.Combine(root, "README.md"))
            .Append(Path.Combine(root, "Directory.Build.props"));

        var offences = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => Forbidden.Any(x => l.Text.Contains(x, StringComparison.Ordinal)))
            .Select(l => Path.GetRelativePath(root, l.File) + ":" + l.Line + ": " + l.Text.Trim())
            .ToList();

        Assert.True(offences.Count == 0, "paths outside the repository:\n" + string.Join("\n", offences));
    }
}
