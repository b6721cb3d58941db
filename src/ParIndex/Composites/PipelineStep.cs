namespace ParIndex.Composites;

/// <summary>One step of a <see cref="CompositePipeline"/>: reads the data set <see cref="Input"/> and writes the data set
/// <see cref="Output"/>.</summary>
internal abstract class PipelineStep(string input, string output, string path)
{
    internal string Input { get; } = input;

    internal string Output { get; } = output;

    /// <summary>Gets the step's JSON path ("$.steps[3]"), for messages.</summary>
    internal string Path { get; } = path;

    internal abstract string Kind { get; }

    /// <summary>Checks the step against the model before anything runs (codes, groups, units it names). Codes read into
    /// a dictionary are checked in ordinal order: a dictionary of strings enumerates by their hash codes, which differ
    /// from one process to the next, and the problems must come in the same order every run.</summary>
    internal virtual void Check(CompositeModel model, IReadOnlyDictionary<string, ImmutableDictionary<string, double>> weightSets, List<Diagnostic> problems)
    {
    }

    internal abstract CompositeDataSet Run(CompositeModel model, CompositeDataSet input, PipelineRun run);

    protected Diagnostic Problem(string? code, string message, string? unit = null) => Problem(DiagnosticKind.InvalidStep, code, message, unit);

    protected Diagnostic Problem(DiagnosticKind kind, string? code, string message, string? unit = null) =>
        new(kind, code, Kind + " step: " + message, unit) { JsonPath = Path };

    /// <summary>Lists every code, in ordinal order, that is not an indicator of the model: the codes of a step's
    /// per-indicator settings.</summary>
    protected void CheckIndicators(CompositeModel model, IEnumerable<string> codes, List<Diagnostic> problems)
    {
        foreach (var code in codes.Order(StringComparer.Ordinal))
        {
            if (model.Find(code)?.Type != ElementType.Indicator)
            {
                problems.Add(Problem(code, code + " is not an indicator"));
            }
        }
    }

    protected static double[][] Copy(CompositeDataSet input)
    {
        var data = new double[input.Data.Length][];
        for (var c = 0; c < data.Length; c++)
        {
            data[c] = (double[])input.Data[c].Clone();
        }
        return data;
    }
}
