using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ParIndex.Tests;

public class ReadmeTests
{
    private static readonly string Readme = RepositoryFiles.Read("README.md");

    [Fact]
    public void QuickStart_CompilesRunsAndPrintsWhatTheReadmeSays()
    {
        var code = Block("csharp");
        var expected = Block("text");

        var output = CompileAndRun(code);

        Assert.Equal(expected.ReplaceLineEndings("\n").Trim(), output.ReplaceLineEndings("\n").Trim());
    }

    [Fact]
    public void FirstScreen_ShowsTheTwoCommands_AndCiRunsTheTestOne()
    {
        var firstScreen = string.Join('\n', Readme.Split('\n').Take(20));
        TextAssert.Holds(firstScreen, "dotnet run --project src/ParIndex.Cli -- rank --year 2023", "dotnet test ParIndex.sln -c Release");
        Assert.Contains("dotnet test ParIndex.sln -c Release", RepositoryFiles.Read(".ci/run"), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLeafExample_ReadsInsideAMethodology()
    {
        var leaf = Block("json");
        var document = "{ \"formatVersion\": 1, \"id\": \"R\", \"title\": \"README\", \"subjectKind\": \"custom\", \"years\": { \"first\": 2013 }, \"maxPoints\": 2, "
            + "\"areas\": [ { \"code\": \"1\", \"name\": \"Lĩnh vực\", \"maxPoints\": 2, \"criteria\": [ { \"code\": \"1.1\", \"name\": \"Kế hoạch\", \"maxPoints\": 2, \"subCriteria\": [ "
            + leaf + " ] } ] } ] }";

        var methodology = ParIndex.Methodologies.Methodology.ParseJson(document);

        Assert.Equal(CaMau1880.Fragment.Find("1.1.4")!.Name, methodology.Find("1.1.4")!.Name);
        Assert.Equal(((ParIndex.Methodologies.Criterion)CaMau1880.Fragment.Find("1.1.4")!).Rule!.Describe(), ((ParIndex.Methodologies.Criterion)methodology.Find("1.1.4")!).Rule!.Describe());
    }

    [Fact]
    public void ValidationExample_CompilesAndPassesAsAnXunitTest()
    {
        var section = Readme[Readme.IndexOf("## Published record and validation", StringComparison.Ordinal)..];
        var code = Regex.Match(section, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

        var assembly = Compile(code, OutputKind.DynamicallyLinkedLibrary, typeof(Assert).Assembly.Location, typeof(FactAttribute).Assembly.Location);
        var type = assembly.GetType("PublishedRecordChecks")!;
        var test = Assert.Single(type.GetMethods(), m => m.GetCustomAttributes().Any(a => a is FactAttribute));

        test.Invoke(Activator.CreateInstance(type), null);
    }

    [Fact]
    public void ReadingYourFilesExample_CompilesRunsAndPrintsWhatTheReadmeSays()
    {
        var section = Section("## Reading your files");

        var output = CompileAndRun(Block(section, "csharp"), typeof(IndicatorsCsv).Assembly.Location, typeof(CsvHelper.CsvReader).Assembly.Location);

        Assert.Equal(Block(section, "text").ReplaceLineEndings("\n").Trim(), output.ReplaceLineEndings("\n").Trim());
    }

    [Fact]
    public void ExcelWorkbooksExample_CompilesRunsFromTheRepositoryRootAndPrintsWhatTheReadmeSays()
    {
        var section = Section("## Reading your files");
        var part = section[section.IndexOf("### Excel workbooks", StringComparison.Ordinal)..];
        var directory = Environment.CurrentDirectory;

        string output;
        try
        {
            Environment.CurrentDirectory = RepositoryFiles.Root; // the example's paths are from the repository's root
            output = CompileAndRun(Block(part, "csharp"), typeof(IndicatorsXlsx).Assembly.Location, typeof(DocumentFormat.OpenXml.OpenXmlElement).Assembly.Location);
        }
        finally
        {
            Environment.CurrentDirectory = directory;
        }

        Assert.Equal(Block(part, "text").ReplaceLineEndings("\n").Trim(), output.ReplaceLineEndings("\n").Trim());
    }

    [Fact]
    public void ReadingYourFiles_WordTable_IsTheReadersWordList()
    {
        var section = Section("## Reading your files");
        string Row(string meaning) => Regex.Match(section, "\\| " + Regex.Escape(meaning) + "[^|]*\\| ([^\n]*) \\|").Groups[1].Value;
        string Words(string[] words) => string.Join(", ", words.Select(w => "`" + w + "`"));

        Assert.Equal(Words(ParIndex.Rules.ValueWords.Yes), Row("yes"));
        Assert.Equal(Words(ParIndex.Rules.ValueWords.No), Row("no"));
        Assert.Equal(Words(ParIndex.Rules.ValueWords.NotApplicable), Row("not applicable"));
        Assert.Equal(Words(ParIndex.Rules.ValueWords.NotDone), Row("not done"));
    }

    // A section whose example needs only the core: its C# block compiled and run prints its text block.
    [Theory]
    [InlineData("## Tracking a plan")]
    [InlineData("## Analysis")]
    [InlineData("## SIPAS")]
    [InlineData("## Composite indices")]
    public void SectionExample_CompilesRunsAndPrintsWhatTheReadmeSays(string heading)
    {
        var section = Section(heading);

        var output = CompileAndRun(Block(section, "csharp"));

        Assert.Equal(Block(section, "text").ReplaceLineEndings("\n").Trim(), output.ReplaceLineEndings("\n").Trim());
    }

    [Fact]
    public void TrackingAPlanJsonTarget_ReadsInsideAPlan()
    {
        var target = Block(Section("## Tracking a plan"), "json");
        var document = "{ \"formatVersion\": 1, \"plans\": [ { \"id\": \"kh\", \"province\": \"56\", \"title\": \"Kế hoạch CCHC năm 2021\", "
            + "\"period\": { \"first\": 2021, \"last\": 2021 }, \"targets\": [ " + target + " ] } ] }";

        var plan = Assert.Single(ParIndex.Targets.ReformPlan.ParseJson(document));

        Assert.Equal(ParIndex.Targets.SeedPlans.KhanhHoa2021["kh-06"].Goal, plan["kh-06"].Goal);
        Assert.Equal(ParIndex.Targets.SeedPlans.KhanhHoa2021["kh-06"].Alternatives[0].Goal, plan["kh-06"].Alternatives[0].Goal);
    }

    [Fact]
    public void CoverageTable_MatchesTheEmbeddedRecord()
    {
        var begin = Readme.IndexOf("<!-- coverage:begin -->\n", StringComparison.Ordinal) + "<!-- coverage:begin -->\n".Length;
        var end = Readme.IndexOf("\n<!-- coverage:end -->", StringComparison.Ordinal);

        Assert.Equal(CoverageTable(), Readme[begin..end]);
    }

    /// <summary>The README's coverage table, built from the embedded record: counts per year and index, and the sites of the sources.</summary>
    private static string CoverageTable()
    {
        static string Counts(ParIndex.History.PublishedIndex index, int year)
        {
            var c = ParIndex.History.PublishedRecord.Results(index, year);
            return c.Rows.Length == 0 ? "– | – | – | –" : FormattableString.Invariant($"{c.Rows.Length} | {c.WithValue} | {c.WithRank} | {c.WithBoth}");
        }
        var rows = Enum.GetValues<ParIndex.History.PublishedIndex>().SelectMany(i => ParIndex.History.PublishedRecord.All(i)).ToList();
        var lines = new List<string>
        {
            "| year | PAR rows | PAR value | PAR rank | PAR both | SIPAS rows | SIPAS value | SIPAS rank | SIPAS both | sources (sites) |",
            "|---|---|---|---|---|---|---|---|---|---|",
        };
        foreach (var year in rows.Select(r => r.Year).Distinct().OrderDescending())
        {
            var sites = rows.Where(r => r.Year == year).Select(r => new Uri(r.Source).Host).Select(h => h.StartsWith("www.", StringComparison.Ordinal) ? h[4..] : h)
                .Distinct().Order(StringComparer.Ordinal);
            lines.Add(FormattableString.Invariant($"| {year} | {Counts(ParIndex.History.PublishedIndex.Par, year)} | {Counts(ParIndex.History.PublishedIndex.Sipas, year)} | {string.Join(", ", sites)} |"));
        }
        return string.Join("\n", lines);
    }

    private static string Block(string language) => Block(Readme, language);

    private static string Block(string text, string language) =>
        Regex.Match(text, "```" + language + "\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

    /// <summary>The README from a heading to the next heading of the same level.</summary>
    private static string Section(string heading)
    {
        var start = Readme.IndexOf(heading + "\n", StringComparison.Ordinal);
        var end = Readme.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return Readme[start..(end < 0 ? Readme.Length : end)];
    }

    private static Assembly Compile(string code, OutputKind kind, params string[] extraReferences)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Concat([typeof(ParIndex.Methodologies.Methodology).Assembly.Location, typeof(NodaTime.LocalDate).Assembly.Location, .. extraReferences])
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "ReadmeExample" + kind,
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(image.ToArray());
    }

    private static string CompileAndRun(string code, params string[] extraReferences)
    {
        var entry = Compile(code, OutputKind.ConsoleApplication, extraReferences).EntryPoint!;
        var console = Console.Out;
        using var output = new StringWriter();
        try
        {
            Console.SetOut(output);
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(console);
        }
        return output.ToString();
    }
}
