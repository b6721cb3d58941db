using System.Globalization;
using ParIndex.Cli.Commands;
using ParIndex.Cli.Output;
using ParIndex.History;
using ParIndex.Rankings;

namespace ParIndex.Cli.Tests.Output;

/// <summary>Console tables at the terminal's width: a narrow terminal gets readable headers, a row on a line or two and
/// whole web addresses below the table; a wide one (or a file) gets the table as it is.</summary>
public class RendererTests
{
    private static readonly ResultTable[] Rank2023 = RankCommand.Published(PublishedIndex.Par, 2023, null, RankingOptions.Default);

    private static string[] Render(ResultTable[] tables, int? width)
    {
        using var writer = new StringWriter();
        Renderer.Write(tables, OutputFormat.Table, writer, CultureInfo.InvariantCulture, colours: false, width);
        return writer.ToString().Split(Environment.NewLine);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    public void NarrowTerminal_Rank2023_FitsWithReadableHeadersAndWholeAddresses(int width)
    {
        var lines = Render(Rank2023, width);

        // 32 published rows: before, 508 lines at 60 columns (a URL cut into 7-character slices) and 314 at 80.
        var rows = lines.Count(l => l.StartsWith("│ ", StringComparison.Ordinal) && char.IsDigit(l.TrimStart('│', ' ')[0]));
        Assert.Equal(32, rows);
        // The national average's note cites six sources in full (publisher, date, title, address): cut across 28 lines
        // at 60 columns before, each citation is now a numbered note below the table, like the table's addresses.
        Assert.InRange(lines.Length, 40, 80);
        Assert.DoesNotContain(lines, l => !l.StartsWith('[') && l.Contains("http", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains('…', StringComparison.Ordinal)); // no header cut to "publish…"
        var links = lines.Where(l => l.StartsWith('[')).ToList();
        Assert.All(lines.Except(links), l => Assert.True(l.Length <= width, $"{l.Length} columns: {l}"));
        var sources = PublishedRecord.Results(PublishedIndex.Par, 2023).Rows.Select(r => r.Source).Distinct().ToList();
        Assert.All(sources, s => Assert.Contains(links, l => l.EndsWith(s, StringComparison.Ordinal)));
        Assert.Equal(links.Count, links.Distinct().Count());
        Assert.All(links, l => Assert.Matches(@"^\[\d+\] (.*, )?https?://\S+[^.;,)]$", l));
        Assert.Contains(links, l => l.Contains("VGP News (Government portal), 17 April 2024, “Justice ministry", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("National average 86.98 ([", StringComparison.Ordinal));
        var header = string.Join(" ", lines.Skip(2).Take(3));
        TextAssert.Holds(header, "published", "province", "value");
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    public void NarrowTerminal_Rank2023_LeavesOutTheEmptyGroupColumnAndSaysSo(int width)
    {
        // PAR Index 2023 has no source for its group thresholds (a note says so), so every row's group is empty; at 60
        // columns its 8 columns went missing from the names ("Bà Rịa - Vũng Tàu" took two lines).
        var lines = Render(Rank2023, width);

        Assert.DoesNotContain(lines, l => l.Contains("│ group │", StringComparison.Ordinal));
        Assert.Contains("Empty in every row, left out at this width: group", lines);
        Assert.Contains(lines, l => l.Contains("│ Bà Rịa - Vũng Tàu │", StringComparison.Ordinal));
        Assert.Contains(Render(Rank2023, null), l => l.Contains("│ group │", StringComparison.Ordinal)); // wide: as it is
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    public void Docs_Rank2023AtANarrowTerminal_IsWhatTheToolPrints(int width)
    {
        // docs/rank-2023-60-columns.txt and -80-columns.txt were taken on a pseudo-terminal of that width (README).
        var docs = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", FormattableString.Invariant($"rank-2023-{width}-columns.txt")));

        Assert.Equal(Lines(string.Join("\n", Render(Rank2023, width))), Lines(docs));
    }

    private static string[] Lines(string text) => [.. text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(l => l.TrimEnd())];

    [Fact]
    public void WideOutput_Rank2023_KeepsTheAddressesInTheTable()
    {
        var lines = Render(Rank2023, null); // not a terminal: 200 columns, the layout as it always was

        Assert.Contains(lines, l => l.Contains("│ published_rank │", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("│ https://shipbolt.vn/", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("[1] ", StringComparison.Ordinal));
    }

    [Fact]
    public void TooNarrowForAnyTable_EachRowBecomesABlockOfColumnValueLines()
    {
        var table = new ResultTable("t", "Wide", ["respondents", "satisfaction_percent", "confidence_interval"], [[40, 78.54m, "bootstrap"]]);

        var lines = Render([table], 30);

        Assert.Equal("Wide", lines[0]);
        Assert.Contains("respondents           40", lines);
        Assert.Contains("satisfaction_percent  78.54", lines);
        Assert.Contains("confidence_interval   bootstrap", lines);
    }

    [Fact]
    public void NotInTables_ColumnIsLeftOutOfTheTableButKeptInCsv()
    {
        var table = new ResultTable("t", "Targets", ["target", "as_of"], [["kh-01", "2022-01-01"]]) { NotInTables = ["as_of"] };
        using var csv = new StringWriter();
        Renderer.Write([table], OutputFormat.Csv, csv, CultureInfo.InvariantCulture, colours: false);

        Assert.DoesNotContain(Render([table], null), l => l.Contains("as_of", StringComparison.Ordinal));
        Assert.Equal("target,as_of\nkh-01,2022-01-01\n", csv.ToString());
    }
}
