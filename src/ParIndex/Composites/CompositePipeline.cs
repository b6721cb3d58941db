using ParIndex.Data;

namespace ParIndex.Composites;

/// <summary>
/// The construction of a composite indicator as data (quy trình tính chỉ số tổng hợp): an ordered list of steps —
/// denominate, impute, screen, treat, normalise, aggregate — each reading one named data set and writing another, as
/// COINr's building functions do, so that a changed parameter re-runs without code (what-if, Monte Carlo).
/// </summary>
/// <remarks>
/// <para>Written as JSON (<see cref="Parse"/>), documented by <see cref="JsonSchema"/> (<c>docs/composite-pipeline.schema.json</c>).
/// COINr's example coin (<c>build_example_coin</c>, https://github.com/bluefoxr/COINr, <c>R/examples.R</c>) is
/// <c>denominate → impute (groupMean, EurAsia_group) → screen (0.9) → treat (winmax 5) → normalise (minMax [0, 100]) →
/// aggregate (arithmetic)</c>; each step's input defaults to the previous step's output and its output to COINr's name
/// ("Denominated", "Imputed", …). The raw data set is "Raw".</para>
/// <para>Immutable and thread-safe: one pipeline can run on many models at once.</para>
/// </remarks>
public sealed class CompositePipeline
{
    private static readonly Lazy<string> SchemaText = new(() => EmbeddedData.ReadText("composite-pipeline.schema.json"));

    private readonly ImmutableArray<PipelineStep> _steps;
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, double>> _weightSets;

    internal CompositePipeline(ImmutableArray<PipelineStep> steps, ImmutableDictionary<string, ImmutableDictionary<string, double>> weightSets, string? title)
    {
        _steps = steps;
        _weightSets = weightSets;
        Title = title;
    }

    /// <summary>Gets the JSON Schema of the pipeline format.</summary>
    public static string JsonSchema => SchemaText.Value;

    /// <summary>Gets the pipeline's title, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>Gets the steps as "kind: input → output", in order ("treat: Screened → Treated").</summary>
    public ImmutableArray<string> Steps => [.. _steps.Select(s => s.Kind + ": " + s.Input + " → " + s.Output)];

    /// <summary>Reads a pipeline from JSON.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DiagnosticException">The document is not well-formed JSON or repeats a property (line and
    /// column of the first), or has problems: unknown steps, methods or properties, values out of range, parameters that
    /// do not apply to the method, a step reading a data set no earlier step writes, two steps writing one name — all at
    /// once, each with its JSON path and the line and column where the value starts (a missing one: where its owner starts).</exception>
    public static CompositePipeline Parse(string json) => PipelineJson.Parse(Preconditions.CheckNotNull(json, nameof(json)));

    /// <summary>Runs the pipeline on a model.</summary>
    /// <param name="model">The unit data and metadata.</param>
    /// <returns>Every data set written, every aggregate per unit, the ranking by the index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="DiagnosticException">Before anything runs: every step naming what the model lacks (a group
    /// column, an indicator, a weight set, a reference unit). While running: the first step that cannot be computed,
    /// with every problem of that step (a zero denominator, a geometric mean over zero, a constant column to min-max).</exception>
    public CompositeResult Run(CompositeModel model)
    {
        Preconditions.CheckNotNull(model, nameof(model));
        var weightSets = WeightSets(model, out var problems);
        foreach (var step in _steps)
        {
            step.Check(model, weightSets, problems);
        }
        if (problems.Count > 0)
        {
            throw new InvalidCompositeException("The pipeline does not fit the model", problems);
        }
        var run = new PipelineRun(weightSets);
        var sets = new Dictionary<string, CompositeDataSet>(StringComparer.Ordinal);
        var raw = model.Raw;
        var order = new List<CompositeDataSet> { raw };
        sets.Add(raw.Name, raw);
        foreach (var step in _steps)
        {
            var input = sets[step.Input];
            var output = step.Run(model, input, run);
            if (run.Problems.Count == 0)
            {
                step.CheckFinite(output, input, run.Problems);
            }
            if (run.Problems.Count > 0)
            {
                throw new InvalidCompositeException("The " + step.Kind + " step writing " + step.Output + " cannot be computed", run.Problems);
            }
            sets.Add(output.Name, output);
            order.Add(output);
        }
        return new CompositeResult(model, [.. order], [.. run.Removed]);
    }

    /// <summary>Runs the pipeline and, when its last step aggregates, gives that step with its weight set, so that an
    /// analysis can redo only the aggregation (<c>ParIndex.Analysis.RankUncertainty</c>).</summary>
    internal (CompositeResult Result, AggregateStep? Last, ImmutableDictionary<string, double>? Weights) RunForReaggregation(CompositeModel model)
    {
        var result = Run(model);
        return _steps.IsEmpty || _steps[^1] is not AggregateStep last ? (result, null, null) : (result, last, WeightSets(model, out _)[last.Weights]);
    }

    private Dictionary<string, ImmutableDictionary<string, double>> WeightSets(CompositeModel model, out List<Diagnostic> problems)
    {
        problems = [];
        var sets = new Dictionary<string, ImmutableDictionary<string, double>>(model.WeightSets, StringComparer.Ordinal);
        var original = model.WeightSets[CompositeModel.OriginalWeights];
        foreach (var (name, set) in _weightSets.OrderBy(s => s.Key, StringComparer.Ordinal)) // not hash order: see PipelineStep.Check
        {
            foreach (var code in set.Keys.Where(c => !original.ContainsKey(c)).Order(StringComparer.Ordinal))
            {
                problems.Add(new Diagnostic(DiagnosticKind.UnknownCode, code, "weight set " + name + " weights a code that is not an indicator or aggregate") { JsonPath = "$.weightSets." + name + "." + code });
            }
            sets[name] = original.SetItems(set);
        }
        return sets;
    }
}
