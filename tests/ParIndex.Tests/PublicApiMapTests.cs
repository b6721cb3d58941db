using System.Reflection;
using System.Text.RegularExpressions;

namespace ParIndex.Tests;

/// <summary>docs/public-api.md maps the public API of the three packages: one row per public type, under a heading per
/// namespace, saying where a user meets it. These tests read the assemblies and keep the map from going stale.</summary>
public class PublicApiMapTests
{
    private static readonly Assembly[] Packages =
        [typeof(Diagnostic).Assembly, typeof(ParIndex.Csv.CsvOptions).Assembly, typeof(ParIndex.Excel.TablesXlsx).Assembly];

    private static readonly string Map = RepositoryFiles.Read("docs/public-api.md");

    private static readonly Type[] PublicTypes = [.. Packages.SelectMany(a => a.GetTypes()).Where(t => t.IsVisible)];

    [Fact]
    public void Map_HasARowForEveryPublicType_AndForNoOtherType()
    {
        var rows = Rows().Select(r => r.Type).ToList();
        var types = PublicTypes.Select(FullName).ToList();

        var missing = types.Except(rows, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var stale = rows.Except(types, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "public types without a row in docs/public-api.md: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "rows of docs/public-api.md naming no public type: " + string.Join(", ", stale));
        Assert.Equal(rows.Count, rows.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Map_NamespaceHeadings_CountTheirRows()
    {
        var headings = Regex.Matches(Map, @"^### `(?<ns>[\w.]+)` \((?<n>\d+)\)$", RegexOptions.Multiline);
        var rows = Rows().ToList();

        Assert.NotEmpty(headings);
        Assert.All(headings, h => Assert.Equal(
            int.Parse(h.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture),
            rows.Count(r => r.Namespace == h.Groups["ns"].Value)));
    }

    [Fact]
    public void Map_EveryRow_SaysWhatAUserDoesAndWhereTheyMeetIt()
    {
        Assert.All(Rows(), r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Use), r.Type + ": what a user does with it");
            Assert.False(string.IsNullOrWhiteSpace(r.Where), r.Type + ": where a user meets it");
        });
    }

    [Fact]
    public void Map_MembersItNamesWhereAUserMeetsAType_ArePublic()
    {
        var byName = PublicTypes.ToLookup(ShortName, StringComparer.Ordinal);
        var named = Rows()
            .SelectMany(r => Regex.Matches(r.Where, @"`(?:new )?(?<type>[A-Z]\w*)(?:\.(?<member>[A-Z]\w*)|\[…\])?`")
                .Select(m => (Row: r.Type, Type: m.Groups["type"].Value, Member: MemberName(m), Text: m.Value)))
            .ToList();

        var wrong = named
            .Where(n => !byName[n.Type].Any(t => n.Member.Length == 0
                || t.GetMember(n.Member, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Length > 0))
            .Select(n => n.Row + ": " + n.Text)
            .ToList();

        Assert.True(named.Count > 200, "the map names fewer members than expected: " + named.Count);
        Assert.True(wrong.Count == 0, "docs/public-api.md names members that are not public: " + string.Join("; ", wrong));
    }

    // One row: "| `Type` | kind | Vietnamese | what a user does | where a user meets it | used by |", under "### `Namespace` (n)".
    private static IEnumerable<(string Namespace, string Type, string Use, string Where)> Rows()
    {
        var ns = string.Empty;
        foreach (var line in Map.Split('\n'))
        {
            if (Regex.Match(line, @"^### `(?<ns>[\w.]+)`") is { Success: true } heading)
            {
                ns = heading.Groups["ns"].Value;
            }
            else if (line.StartsWith("| `", StringComparison.Ordinal) && ns.Length > 0)
            {
                var cells = line.Split('|');
                var type = Regex.Replace(cells[1].Trim().Trim('`'), "<.*>$", string.Empty);
                yield return (ns, ns + "." + type, cells[4].Trim(), cells[5].Trim());
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                ns = string.Empty; // the tables end where the audit begins
            }
        }
    }

    // "`Ranking.Find`" names a member, "`new Diagnostic`" a constructor, "`Scorecard[…]`" an indexer, "`Points`" the type alone.
    private static string MemberName(Match m) =>
        m.Groups["member"].Success ? m.Groups["member"].Value
        : m.Value.StartsWith("`new ", StringComparison.Ordinal) ? ConstructorInfo.ConstructorName
        : m.Value.EndsWith("[…]`", StringComparison.Ordinal) ? "Item"
        : string.Empty;

    private static string ShortName(Type type) =>
        (type.IsNested ? ShortName(type.DeclaringType!) + "." : string.Empty) + Regex.Replace(type.Name, "`\\d+$", string.Empty);

    private static string FullName(Type type) => type.Namespace + "." + ShortName(type);
}
