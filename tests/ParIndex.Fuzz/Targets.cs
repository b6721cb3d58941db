using System;
using System.Collections.Generic;
using System.IO;
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
        ["methodology-json"] = input => Expect<InvalidMethodologyException>(() => MethodologyJson.ReadUtf8(input)),
        ["reform-plan-json"] = input => Expect<InvalidPlanException>(() => ReformPlanJson.ReadUtf8(input)),
        // The embedded catalogue and instruments are trusted, but a mistake in them must still say what it is.
        ["catalogue"] = input => Expect<InvalidEmbeddedDataException>(() => CatalogReader.Load(input)),
        ["survey-instruments"] = input => Expect<InvalidEmbeddedDataException>(() => SurveyInstruments.Load(new MemoryStream(input))),
        ["survey-csv"] = input => Expect<InvalidSurveyException>(() => Csv.SurveyCsv.Compute(SurveyInstruments.Decision2640, new StreamReader(new MemoryStream(input)))),
        ["survey-json"] = input => Expect<InvalidSurveyException>(() => SurveyJson.ComputeAsync(SurveyInstruments.Decision2640, new MemoryStream(input)).GetAwaiter().GetResult()),
        // The tool's readers, through the command line in process: exit codes 0, 1 and 2 are answers, an exception a crash.
        ["indicators-csv"] = input => Tool(input, ".csv", "score", "-m", Fragment, "-i", "{}"),
        ["indicators-json"] = input => Tool(input, ".json", "score", "-m", Fragment, "-i", "{}"),
        ["assessment-csv"] = input => Tool(input, ".csv", "explain", "-m", Fragment, "--assessment", "{}"),
        ["area-points-csv"] = input => Tool(input, ".csv", "score", "--year", "2017", "--area-points", "{}"),
        ["results-csv"] = input => Tool(input, ".csv", "validate", "{}"),
    };

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
