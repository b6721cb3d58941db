using System.Globalization;

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

    /// <summary>Gets whether the output has the input's rows and columns, value for value (normalising does).</summary>
    internal virtual bool KeepsShape => false;

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

    /// <summary>Adds a problem for every column of <paramref name="output"/> with values that are infinite: numbers beyond
    /// a double's range (about 1.8e308) overflowed in this step, and an infinity would rank first or last without a word.
    /// In a step that <see cref="KeepsShape"/>, a value that was a number and came out none (∞ − ∞, ∞/∞) overflowed too,
    /// where it would otherwise pass for a missing value; elsewhere only ±∞ tells. One cause (a denominator of 1e-310,
    /// weights summing past the range) overflows a column for every unit: it is said once, at the column, naming the
    /// units; it was said once a unit, 51 lines for one cause.</summary>
    internal void CheckFinite(CompositeDataSet output, CompositeDataSet input, List<Diagnostic> problems)
    {
        const string Beyond = " beyond a double's range (about ±1.8e308)";
        var units = new List<string>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < output.Columns.Length; c++)
        {
            units.Clear();
            named.Clear();
            string? first = null;
            for (var u = 0; u < output.UnitCodes.Length; u++)
            {
                var value = output.Data[c][u];
                var was = KeepsShape ? input.Data[c][u] : double.NaN;
                // A panel holds a unit once a period: it is named once.
                if ((double.IsInfinity(value) || (double.IsNaN(value) && double.IsFinite(was))) && named.Add(output.UnitCodes[u]))
                {
                    units.Add(output.UnitCodes[u]);
                    first ??= double.IsNaN(was) ? "the result" : "the result from " + was.ToString("R", CultureInfo.InvariantCulture);
                }
            }
            if (units.Count == 1)
            {
                problems.Add(Problem(DiagnosticKind.ValueOutOfRange, output.Columns[c], first + " went" + Beyond + " and is no number; scale the data down", units[0]));
            }
            else if (units.Count > 1)
            {
                problems.Add(Problem(DiagnosticKind.ValueOutOfRange, output.Columns[c], "the results of units " + ListText.FirstFew(units) + " went" + Beyond + " and are no numbers; scale the data down"));
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
