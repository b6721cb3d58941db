using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParIndex.Tests.Support;
using Xunit;

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
        Assert.Contains("dotnet run --project samples/ParIndex.Sample -c Release", firstScreen, StringComparison.Ordinal);
        Assert.Contains("dotnet test ParIndex.sln -c Release", firstScreen, StringComparison.Ordinal);
        Assert.Contains("dotnet test ParIndex.sln -c Release", RepositoryFiles.Read(".ci/run"), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLeafExample_ReadsInsideAMethodology()
    {
        var leaf = Block("json");
        var document = "{ \"formatVersion\": 1, \"id\": \"R\", \"title\": \"README\", \"subjectKind\": \"custom\", \"years\": { \"first\": 2013 }, \"maxPoints\": 2, "
            + "\"areas\": [ { \"code\": \"1\", \"name\": \"Lĩnh vực\", \"maxPoints\": 2, \"criteria\": [ { \"code\": \"1.1\", \"name\": \"Kế hoạch\", \"maxPoints\": 2, \"subCriteria\": [ "
            + leaf + " ] } ] } ] }";

        var methodology = ParIndex.Serialization.MethodologyJson.Parse(document);

        Assert.Equal(ParIndex.Sample.CaMau1880.Fragment.Find("1.1.4")!.Name, methodology.Find("1.1.4")!.Name);
        Assert.Equal(((ParIndex.Methodologies.Criterion)ParIndex.Sample.CaMau1880.Fragment.Find("1.1.4")!).Rule!.Describe(), ((ParIndex.Methodologies.Criterion)methodology.Find("1.1.4")!).Rule!.Describe());
    }

    private static string Block(string language) =>
        Regex.Match(Readme, "```" + language + "\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

    private static string CompileAndRun(string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Concat([typeof(ParIndex.Methodologies.Methodology).Assembly.Location, typeof(NodaTime.LocalDate).Assembly.Location])
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "QuickStart",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var entry = Assembly.Load(image.ToArray()).EntryPoint!;
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
