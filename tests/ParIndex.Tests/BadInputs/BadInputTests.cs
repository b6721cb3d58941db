using ParIndex.Data;
using ParIndex.Tests.Composites;

namespace ParIndex.Tests.BadInputs;

/// <summary>
/// Every named bad input under <c>BadInputs/&lt;reader&gt;/</c>: <c>NAME.EXT</c> is the input as bytes, <c>NAME.expected</c>
/// the diagnostics its reader must give, one a line as <c>Kind [JSON path] [line[:column]] [unit U] [criterion|target|question|element C]</c>
/// (lines starting with # say what the input is and where it came from); for the embedded catalogue and survey
/// instruments, whose mistakes are defects of the package, <c>Invalid: </c> and the exception's message. The inputs
/// found by fuzzing are among them, and tests/ParIndex.Fuzz replays them all against its invariant too.
/// </summary>
public class BadInputTests
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root, "tests", "ParIndex.Tests", "BadInputs");

    public static TheoryData<string> Inputs() => BadInputFiles.In(Folder);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Reader_BadInput_GivesTheExpectedDiagnostics(string input)
    {
        var (reader, path, expected) = BadInputFiles.Open(Folder, input);

        var actual = Read(reader, File.ReadAllBytes(path));

        Assert.NotEmpty(expected);
        Assert.True(expected.SequenceEqual(actual), "expected:\n" + string.Join('\n', expected) + "\nactual:\n" + string.Join('\n', actual));
    }

    [Fact]
    public void Folder_EveryExpectedFile_HasItsInput() => Assert.Empty(BadInputFiles.Orphans(Folder));

    [Fact]
    public void Orphans_AnExpectedFileWhoseInputIsGone_IsNamed()
    {
        var folder = Directory.CreateTempSubdirectory("parindex-orphans-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "reader"));
            File.WriteAllText(Path.Combine(folder, "reader", "kept.csv"), "x");
            File.WriteAllText(Path.Combine(folder, "reader", "kept.expected"), "exit: 2");
            File.WriteAllText(Path.Combine(folder, "reader", "renamed.expected"), "exit: 2");

            Assert.Equal(["reader/renamed.expected"], BadInputFiles.Orphans(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The diagnostics as lines; for the embedded data's readers, whose mistakes are defects of the package, the message.
    private static List<string> Read(string reader, byte[] input)
    {
        List<string> problems = [];
        Action read = reader switch
        {
            "methodology-json" => () => Methodology.ReadJson(input),
            "reform-plan-json" => () => ReformPlan.ReadJson(input),
            "survey-csv" => () => problems = Tallied(tally => SurveyCsv.ReadInto(new StreamReader(new MemoryStream(input), Encoding.UTF8), tally, null)),
            "survey-json" => () => problems = Tallied(tally => tally.ReadJsonAsync(new MemoryStream(input)).GetAwaiter().GetResult()),
            "catalogue" => () => CatalogReader.Load(input),
            "survey-instruments" => () => SurveyInstruments.Load(input),
            // Read and then run, since a zero denominator is found by the step that divides by it.
            "composite-data-csv" => () => CompositePipeline.Parse(CompositeSteps).Run(CompositeModel.ReadCsv(Text(input), CompositeCsvTests.Meta)),
            "composite-meta-csv" => () => CompositeModel.ReadCsv(CompositeData, Text(input)),
            "composite-pipeline-json" => () => CompositePipeline.Parse(Text(input)),
            _ => throw new InvalidOperationException("no reader is named " + reader),
        };
        try
        {
            read();
            return problems;
        }
        catch (InvalidCompositeException e)
        {
            // The composite readers place a problem in its message ("iData.csv line 2, column x: …"): kept as the place.
            return [.. e.Diagnostics.Select(d => Render(d) + (d.Message.StartsWith('i') && d.Message.IndexOf(": ", StringComparison.Ordinal) is > 0 and var end ? " @ " + d.Message[..end] : string.Empty))];
        }
        catch (DiagnosticException e) when (e is InvalidMethodologyException or InvalidPlanException or InvalidSurveyException || e.GetType() == typeof(DiagnosticException)) // the last: thrown by ParIndex.Csv and ParIndex.Excel
        {
            return [.. e.Diagnostics.Select(Render)];
        }
        catch (InvalidEmbeddedDataException e) when (reader is "catalogue" or "survey-instruments")
        {
            return ["Invalid: " + e.Message.ReplaceLineEndings(" ")];
        }
    }

    // The composite readers take text, as a caller decodes it (invalid UTF-8 becomes U+FFFD); the other file of the
    // pair is a small valid one: indicators x (per Pop) and y under Idx (CompositeCsvTests.Meta), units A and B.
    private const string CompositeData = "uCode,uName,Region,Time,Pop,x,y\nA,Alpha,E,2018,10,1.5,NA\nB,Beta,NA,2018,20,3,4\n";

    private const string CompositeSteps = """
        {"formatVersion": 1, "steps": [{"step": "denominate"}, {"step": "normalise", "method": "minMax", "range": [0, 100]}, {"step": "aggregate", "method": "arithmetic"}]}
        """;

    private static string Text(byte[] input) => Encoding.UTF8.GetString(input);

    // The 2017–2021 instrument: 22 questions on the 5-level scale.
    // A survey reader's problems, which it keeps in the tally rather than throws.
    private static List<string> Tallied(Action<SurveyTally> read)
    {
        var tally = new SurveyTally(SurveyInstruments.Decision2640, new SipasOptions { BootstrapReplicates = 0 });
        read(tally);
        return [.. tally.ToResult().Input.Problems.Select(Render)];
    }

    private static string Render(Diagnostic d)
    {
        var parts = new List<string> { d.Kind.ToString() };
        if (d.JsonPath is { } jsonPath)
        {
            parts.Add(jsonPath);
        }
        if (d.Line is { } line)
        {
            parts.Add(d.Column is { } column ? FormattableString.Invariant($"{line}:{column}") : FormattableString.Invariant($"{line}"));
        }
        if (d.UnitCode is { } unit)
        {
            parts.Add("unit " + unit);
        }
        if (d.ItemCode is { } code)
        {
            parts.Add(d.Item switch
            {
                DiagnosticItem.Target => "target ",
                DiagnosticItem.Question => "question ",
                DiagnosticItem.Element => "element ",
                _ => "criterion ",
            } + code);
        }
        return string.Join(' ', parts);
    }
}
