using System.Globalization;

namespace ParIndex.Composites;

/// <summary>Divides indicators by a denominator column of the unit data (COINr's <c>Denominate</c>): by the metadata's
/// <see cref="CompositeElement.Denominator"/>, or by the step's own map.</summary>
internal sealed class DenominateStep(string input, string output, string path, ImmutableDictionary<string, string>? denominators) : PipelineStep(input, output, path)
{
    internal override string Kind => "denominate";

    internal ImmutableDictionary<string, string>? Denominators { get; } = denominators;

    internal override void Check(CompositeModel model, IReadOnlyDictionary<string, ImmutableDictionary<string, double>> weightSets, List<Diagnostic> problems)
    {
        foreach (var (code, denominator) in (Denominators ?? ImmutableDictionary<string, string>.Empty).OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (model.Find(code)?.Type != ElementType.Indicator)
            {
                problems.Add(Problem(code, "denominates " + code + ", which is not an indicator"));
            }
            if (model.Find(denominator)?.Type != ElementType.Denominator)
            {
                problems.Add(Problem(code, "the denominator " + denominator + " is not a denominator of the metadata"));
            }
        }
    }

    internal override CompositeDataSet Run(CompositeModel model, CompositeDataSet input, PipelineRun run)
    {
        // Columns without a denominator are shared with the input: data sets are never changed once written.
        var data = (double[][])input.Data.Clone();
        var units = new int[input.UnitCodes.Length];
        for (var u = 0; u < units.Length; u++)
        {
            units[u] = model.RowIndex(input.UnitCodes[u], input.Times[u]); // each period's own denominators
        }
        for (var c = 0; c < input.Columns.Length; c++)
        {
            var code = input.Columns[c];
            var denominator = Denominators is null ? model.Find(code)?.Denominator : Denominators.GetValueOrDefault(code);
            if (denominator is null)
            {
                continue;
            }
            var by = model.Values(denominator);
            var column = new double[units.Length];
            for (var u = 0; u < units.Length; u++)
            {
                if (by[units[u]] <= 0)
                {
                    // A negative GDP or population would turn the indicator round without a word.
                    run.Problems.Add(Problem(DiagnosticKind.NonPositiveDenominator, code, model.At(input.Times[u]) + "the denominator " + denominator + " is "
                        + (by[units[u]] == 0 ? "zero" : "negative, " + by[units[u]].ToString("R", CultureInfo.InvariantCulture)), input.UnitCodes[u]));
                }
                column[u] = input.Data[c][u] / by[units[u]];
            }
            data[c] = column;
        }
        return input.Derive(Output, data);
    }
}
