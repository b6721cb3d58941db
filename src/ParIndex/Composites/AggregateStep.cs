using System.Globalization;

namespace ParIndex.Composites;

/// <summary>Computes every aggregate from its children, lowest level first (COINr's <c>Aggregate</c>), with a function per
/// node, per level or for all, and a named weight set.</summary>
/// <remarks>
/// Missing children are left out and the weights rescaled over those present (COINr's <c>a_amean</c>). Definitions,
/// weights w over the children present: arithmetic Σwx/Σw; geometric exp(Σw·ln x/Σw) (every x &gt; 0); harmonic
/// Σw/Σ(w/x) (no x = 0); generalised (Σw·x^p/Σw)^(1/p); Copeland: for each other unit, the weight share of children
/// where this unit is higher plus half where equal, above ½ scores +1, below −1, equal 0, summed.
/// </remarks>
internal sealed class AggregateStep(string input, string output, string path, AggregateSpec spec, string weights,
    ImmutableDictionary<int, AggregateSpec> levels, ImmutableDictionary<string, AggregateSpec> nodes) : PipelineStep(input, output, path)
{
    internal override string Kind => "aggregate";

    internal AggregateSpec Spec { get; } = spec;

    internal string Weights { get; } = weights;

    internal ImmutableDictionary<int, AggregateSpec> Levels { get; } = levels;

    internal ImmutableDictionary<string, AggregateSpec> Nodes { get; } = nodes;

    internal override void Check(CompositeModel model, IReadOnlyDictionary<string, ImmutableDictionary<string, double>> weightSets, List<Diagnostic> problems)
    {
        if (!weightSets.ContainsKey(Weights))
        {
            problems.Add(Problem(null, "the weight set " + Weights + " is not defined (sets: " + string.Join(", ", weightSets.Keys.Order(StringComparer.Ordinal)) + ")"));
        }
        foreach (var code in Nodes.Keys.Where(c => model.Find(c)?.Type != ElementType.Aggregate).Order(StringComparer.Ordinal))
        {
            problems.Add(Problem(code, code + " is not an aggregate"));
        }
        foreach (var level in Levels.Keys.Where(l => l < 2 || l > model.MaxLevel))
        {
            problems.Add(Problem(null, Invariant.Format($"level {level} is not an aggregation level (2 to {model.MaxLevel})")));
        }
    }

    internal override CompositeDataSet Run(CompositeModel model, CompositeDataSet input, PipelineRun run)
    {
        var weights = run.WeightSets[Weights];
        var columns = input.Columns.Where(c => !model.Aggregates.Contains(c)).Concat(model.Aggregates).ToImmutableArray();
        var index = new Dictionary<string, int>(columns.Length, StringComparer.Ordinal);
        var data = new double[columns.Length][];
        for (var c = 0; c < columns.Length; c++)
        {
            index[columns[c]] = c;
            data[c] = input.TryColumnIndex(columns[c], out var i) && !model.Aggregates.Contains(columns[c]) ? input.Data[i] : null!;
        }
        var units = input.UnitCodes.Length;
        foreach (var aggregate in model.Aggregates)
        {
            var children = model.Children[aggregate];
            var x = new double[children.Length][];
            var w = new double[children.Length];
            for (var k = 0; k < children.Length; k++)
            {
                if (!index.TryGetValue(children[k], out var c) || data[c] is null)
                {
                    run.Problems.Add(Problem(aggregate, "the child " + children[k] + " is not in data set " + input.Name));
                    return input.Derive(Output, data, columns);
                }
                x[k] = data[c];
                w[k] = weights[children[k]];
            }
            var spec = Nodes.GetValueOrDefault(aggregate) ?? Levels.GetValueOrDefault(model.Find(aggregate)!.Level!.Value) ?? Spec;
            var y = new double[units];
            if (spec.Method == AggregateMethod.Copeland && !(w.Sum() > 0))
            {
                run.Problems.Add(Problem(DiagnosticKind.NonPositiveDenominator, aggregate, "Copeland's outranking shares divide by the children's weights, and they sum to 0"));
            }
            else if (spec.Method == AggregateMethod.Copeland)
            {
                foreach (var rows in input.RowsByPeriod())
                {
                    Copeland(x, w, y, rows); // units outrank each other within a period, as in each coin of a purse
                }
            }
            else
            {
                // The weights (summing to 0, or past a double's range) fail every unit alike: one cause, said once naming
                // the units (it was said once a unit, 51 lines for one cause). A unit's own value (a 0 under a geometric
                // mean, InvalidStep) is its own cause, said at the unit.
                var failed = new List<(DiagnosticKind Kind, string Message, List<string> Codes)>();
                for (var u = 0; u < units; u++)
                {
                    y[u] = Mean(x, w, u, spec, out var bad);
                    if (bad is { Kind: DiagnosticKind.InvalidStep } own)
                    {
                        run.Problems.Add(Problem(own.Kind, aggregate, model.At(input.Times[u]) + own.Message, input.UnitCodes[u]));
                    }
                    else if (bad is { } b)
                    {
                        var message = model.At(input.Times[u]) + b.Message;
                        var i = failed.FindIndex(f => f.Kind == b.Kind && f.Message == message);
                        if (i < 0)
                        {
                            failed.Add((b.Kind, message, []));
                            i = failed.Count - 1;
                        }
                        failed[i].Codes.Add(input.UnitCodes[u]);
                    }
                }
                foreach (var (kind, message, codes) in failed)
                {
                    run.Problems.Add(codes.Count == 1 ? Problem(kind, aggregate, message, codes[0]) : Problem(kind, aggregate, "units " + ListText.FirstFew(codes) + ": " + message));
                }
            }
            data[index[aggregate]] = y;
        }
        return input.Derive(Output, data, columns);
    }

    /// <summary>One unit's aggregate; NaN when too few children have a value, or with a problem when it cannot be computed.</summary>
    internal static double Mean(double[][] x, double[] w, int u, AggregateSpec spec, out (DiagnosticKind Kind, string Message)? problem)
    {
        problem = null;
        double weightSum = 0;
        var present = 0;
        for (var k = 0; k < x.Length; k++)
        {
            if (!double.IsNaN(x[k][u]))
            {
                weightSum += w[k];
                present++;
            }
        }
        if (present == 0 || (double)present / x.Length < spec.Threshold)
        {
            return double.NaN;
        }
        if (!(weightSum > 0))
        {
            // Weights are zero or more, so this is every child present weighted 0: Σwx/Σw would be 0/0.
            problem = (DiagnosticKind.NonPositiveDenominator, Invariant.Format($"the weights of the children present sum to {weightSum}, and a weighted mean divides by them"));
            return double.NaN;
        }
        if (double.IsInfinity(weightSum))
        {
            // Each weight is finite, their sum is not: every share w / Σw would be 0, every unit's aggregate 0.
            problem = (DiagnosticKind.ValueOutOfRange, "the weights of the children present sum beyond a double's range (about 1.8e308), so each share of them would be 0; scale the weights down");
            return double.NaN;
        }
        double sum = 0;
        for (var k = 0; k < x.Length; k++)
        {
            var v = x[k][u] + spec.Shift;
            if (double.IsNaN(v))
            {
                continue;
            }
            var share = w[k] / weightSum;
            switch (spec.Method)
            {
                case AggregateMethod.Arithmetic:
                    sum += share * x[k][u];
                    break;
                case AggregateMethod.Geometric or AggregateMethod.Harmonic when v <= 0:
                case AggregateMethod.Generalised when v < 0 || (v == 0 && spec.P < 0):
                    // Negative values would make Σw/Σ(w/x) divide by zero or below, or (Σw·x^p)^(1/p) not a number.
                    problem = (DiagnosticKind.InvalidStep, "a " + spec.Method.ToString().ToLowerInvariant() + " mean needs values " + (spec.Method == AggregateMethod.Generalised && spec.P > 0 ? "of zero or more" : "above zero")
                        + ", and a child has " + v.ToString("R", CultureInfo.InvariantCulture) + " (give a shift, e.g. \"shift\": 1)");
                    return double.NaN;
                case AggregateMethod.Geometric:
                    sum += share * Math.Log(v);
                    break;
                case AggregateMethod.Harmonic:
                    sum += share / v;
                    break;
                default:
                    sum += share * Math.Pow(v, spec.P);
                    break;
            }
        }
        return spec.Method switch
        {
            AggregateMethod.Arithmetic => sum,
            AggregateMethod.Geometric => Math.Exp(sum) - spec.Shift,
            AggregateMethod.Harmonic => (1 / sum) - spec.Shift,
            _ => Math.Pow(sum, 1 / spec.P) - spec.Shift,
        };
    }

    /// <summary>COINr's <c>a_copeland</c> over the outranking matrix of <c>outrankMatrix</c>, among the given rows (all by default).</summary>
    internal static void Copeland(double[][] x, double[] w, double[] scores, int[]? rows = null)
    {
        rows ??= [.. Enumerable.Range(0, scores.Length)];
        var n = rows.Length;
        var total = w.Sum();
        var outrank = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                double s = 0;
                for (var k = 0; k < x.Length; k++)
                {
                    var (a, b) = (x[k][rows[i]], x[k][rows[j]]);
                    s += a > b ? w[k] / total : a == b ? w[k] / total / 2 : 0;
                }
                outrank[i, j] = s;
                outrank[j, i] = 1 - s;
            }
        }
        for (var i = 0; i < n; i++)
        {
            double score = 0;
            for (var j = 0; j < n; j++)
            {
                score += i == j ? 0 : Math.Sign(outrank[i, j] - 0.5);
            }
            scores[rows[i]] = score;
        }
    }
}
