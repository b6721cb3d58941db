using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ParIndex.Composites;
using ParIndex.Methodologies;
using ParIndex.Data;
using ParIndex.Surveys;
using ParIndex.Targets;

namespace ParIndex.Fuzz;

/// <summary>One target per reader of untrusted input. Each is one call into the reader; the invariant is that the
/// input yields a result or the reader's documented exception. Anything else escapes and is a crash.</summary>
internal static class Targets
{
    // The embedded sample whose leaves take every kind of value the indicator files can hold.
    private const string Fragment = "CA-MAU-1880-2013-FRAGMENT";

    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new SortedDictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["methodology-json"] = input => Expect<InvalidMethodologyException>(() => Methodology.ReadJson(input)),
        ["reform-plan-json"] = input => Expect<InvalidPlanException>(() => ReformPlan.ReadJson(input)),
        // The embedded catalogue and instruments are trusted, but a mistake in them must still say what it is.
        ["catalogue"] = input => Expect<InvalidEmbeddedDataException>(() => CatalogReader.Load(input)),
        ["survey-instruments"] = input => Expect<InvalidEmbeddedDataException>(() => SurveyInstruments.Load(input)),
        ["survey-csv"] = input => Expect<DiagnosticException>(() => Csv.SurveyCsv.Compute(SurveyInstruments.Decision2640, new StreamReader(new MemoryStream(input)))),
        ["survey-json"] = input => Expect<InvalidSurveyException>(() => SipasResult.ComputeJsonAsync(SurveyInstruments.Decision2640, new MemoryStream(input)).GetAwaiter().GetResult()),
        // The tool's readers, through the command line in process: exit codes 0, 1 and 2 are answers, an exception a crash.
        ["indicators-csv"] = input => Tool(input, ".csv", "score", "-m", Fragment, "-i", "{}"),
        ["indicators-json"] = input => Tool(input, ".json", "score", "-m", Fragment, "-i", "{}"),
        ["assessment-csv"] = input => Tool(input, ".csv", "explain", "-m", Fragment, "--assessment", "{}"),
        ["area-points-csv"] = input => Tool(input, ".csv", "score", "--year", "2017", "--area-points", "{}"),
        ["results-csv"] = input => Tool(input, ".csv", "validate", "{}"),
        ["indicators-xlsx"] = input => Tool(input, ".xlsx", "score", "-m", Fragment, "-i", "{}"),
        ["values-csv"] = input => Tool(input, ".csv", "targets", "--plan", "thua-thien-hue-2019", "--values", "{}", "--as-of", "2020-01-01"),
        // A composite's three inputs: the fuzzed one with the other two of a small valid model (Composite), read and run,
        // since some problems (a zero denominator, a constant column) are found only by the step that meets them.
        ["composite-data-csv"] = input => Composite(Text(input), CompositeMeta, CompositeSteps),
        ["composite-meta-csv"] = input => Composite(CompositeData, Text(input), CompositeSteps),
        ["composite-pipeline-json"] = input => Composite(CompositeData, CompositeMeta, Text(input)),
    };

    // Indicators x (per Pop) and y under Idx, a group Region; three units. The seeds of the three targets start from these.
    private const string CompositeMeta = """
        iCode,Level,Parent,Direction,Weight,Type,Denominator
        x,1,Idx,1,1,Indicator,Pop
        y,1,Idx,-1,2,Indicator,NA
        Idx,2,NA,1,1,Aggregate,NA
        Region,NA,NA,NA,NA,Group,NA
        Pop,NA,NA,NA,NA,Denominator,NA
        """;

    private const string CompositeData = """
        uCode,uName,Region,Time,Pop,x,y
        A,Alpha,E,2018,10,1.5,NA
        B,Beta,W,2018,20,5,4
        C,Gamma,E,2018,40,6,2
        """;

    // Every kind of step once, as samples/data/composites/asem.json runs them.
    private const string CompositeSteps = """
        {"formatVersion": 1, "steps": [{"step": "denominate"}, {"step": "impute", "method": "groupMean", "group": "Region"},
         {"step": "screen", "by": "missing", "threshold": 0.5}, {"step": "treat", "winmax": 5},
         {"step": "normalise", "method": "minMax", "range": [0, 100]}, {"step": "aggregate", "method": "arithmetic"}]}
        """;

    // As a caller decodes a file: invalid UTF-8 becomes U+FFFD, which the readers refuse.
    private static string Text(byte[] input) => Encoding.UTF8.GetString(input);

    private static void Composite(string data, string meta, string steps) =>
        Expect<InvalidCompositeException>(() => CompositePipeline.Parse(steps).Run(CompositeModel.ReadCsv(data, meta)));

    private static void Expect<TException>(Func<object> read)
        where TException : Exception
    {
        try
        {
            read();
        }
        catch (TException)
        {
            // The documented answer to bad input.
        }
    }

    private static readonly string Folder = Directory.CreateTempSubdirectory("parindex-fuzz-").FullName;

    private static void Tool(byte[] input, string extension, params string[] command)
    {
        var file = Path.Combine(Folder, "input" + extension);
        File.WriteAllBytes(file, input);
        // --verbose lets an unexpected exception escape instead of becoming exit code 3.
        var args = Array.ConvertAll([.. command, "--verbose"], a => a == "{}" ? file : a);
        var code = Cli.Cli.Run(args, TextWriter.Null, TextWriter.Null);
        if (code is not (Cli.ExitCodes.Ok or Cli.ExitCodes.ProblemsFound or Cli.ExitCodes.BadInput))
        {
            throw new InvalidOperationException("parindex exited with " + code + ": " + string.Join(' ', args));
        }
    }
}
