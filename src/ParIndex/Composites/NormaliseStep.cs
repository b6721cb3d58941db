namespace ParIndex.Composites;

/// <summary>Brings every indicator onto a common scale (COINr's <c>Normalise</c>), after multiplying by the
/// indicator's direction, so that higher is better in every output column.</summary>
/// <remarks>
/// Definitions (x direction-adjusted, over the units present; [l, u] the output range): min-max
/// (x − min)/(max − min)·(u − l) + l; z-score (x − mean)/sd·s + m, sd with divisor n − 1; rank (ties take the lowest
/// rank, 1 = worst); Borda = rank − 1; percentile rank (rank − 1)/(n − 1), as are rank and Borda when a range is given; distance to maximum 1 − (max − x)/(max − min);
/// distance to a reference unit's value r: 1 − (r − x)/(r − min); distance to target t: (x − min)/(t − min); fraction of
/// maximum x/max; each [0, 1] result mapped to l + y·(u − l). Goalposts and scaled read the original values with posts
/// (g, G): y = (x − g)/(G − g), or (G − x)/(G − g) when the direction is −1; goalposts truncate y to [0, 1]. The
/// z-score's scale is set by its mean and standard deviation (COINr's <c>m_sd</c>), not by a range: mapping z-scores
/// onto [l, u] by their extremes would be min-max. Panel data is normalised over all periods at once, as COINr does by
/// default, or period by period when <see cref="Global"/> is false.
/// </remarks>
internal sealed class NormaliseStep(string input, string output, string path, NormaliseSpec spec, ImmutableDictionary<string, NormaliseSpec> indicators, bool global = true)
    : PipelineStep(input, output, path)
{
    internal override string Kind => "normalise";

    internal override bool KeepsShape => true;

    /// <summary>Gets whether panel data is normalised over all periods at once (COINr's <c>Normalise.purse</c> with
    /// <c>global = TRUE</c>, its default, so that scores compare across periods) rather than period by period.</summary>
    internal bool Global { get; } = global;

    internal NormaliseSpec Spec { get; } = spec;

    internal ImmutableDictionary<string, NormaliseSpec> Indicators { get; } = indicators;

    internal override void Check(CompositeModel model, IReadOnlyDictionary<string, ImmutableDictionary<string, double>> weightSets, List<Diagnostic> problems)
    {
        CheckIndicators(model, Indicators.Keys, problems);
        foreach (var (code, spec) in Indicators.OrderBy(i => i.Key, StringComparer.Ordinal).Append(new("*", Spec)))
        {
            if (spec.Reference is { } reference && !model.Units.Any(u => u.Code == reference))
            {
                problems.Add(Problem(code == "*" ? null : code, "the reference unit " + reference + " is not in the data"));
            }
            if (spec.Method == NormaliseMethod.DistanceToTarget && spec.Target is null)
            {
                foreach (var indicator in code == "*" ? model.Indicators.Where(i => !Indicators.ContainsKey(i)) : [code])
                {
                    if (model.Find(indicator)?.Target is null)
                    {
                        problems.Add(Problem(indicator, "distance to target needs a target, and the metadata gives " + indicator + " none"));
                    }
                }
            }
        }
    }

    internal override CompositeDataSet Run(CompositeModel model, CompositeDataSet input, PipelineRun run)
    {
        var data = new double[input.Data.Length][];
        int[][] periods = Global ? [[.. Enumerable.Range(0, input.UnitCodes.Length)]] : input.RowsByPeriod();
        for (var c = 0; c < data.Length; c++)
        {
            var code = input.Columns[c];
            var spec = Indicators.GetValueOrDefault(code) ?? Spec;
            var element = model.Find(code);
            var direction = element?.Direction ?? 1;
            data[c] = new double[input.UnitCodes.Length];
            foreach (var rows in periods)
            {
                var whole = rows.Length == input.UnitCodes.Length;
                double[] x = whole ? input.Data[c] : [.. rows.Select(u => input.Data[c][u])], y = whole ? data[c] : new double[rows.Length];
                var reference = spec.Reference is { } r ? Array.FindIndex(rows, u => input.UnitCodes[u] == r) : -1;
                var at = whole ? string.Empty : model.At(input.Times[rows[0]]);
                if (spec.Reference is not null && reference < 0)
                {
                    run.Problems.Add(Problem(code, at + "the reference unit " + spec.Reference + " is not in data set " + input.Name));
                    continue;
                }
                if (Normalise(x, y, spec, direction, spec.Target ?? element?.Target, reference) is { } problem)
                {
                    // The only problems of these three are their denominators: reference or target − minimum, the maximum.
                    var kind = spec.Method is NormaliseMethod.DistanceToReference or NormaliseMethod.DistanceToTarget or NormaliseMethod.FractionOfMax
                        ? DiagnosticKind.NonPositiveDenominator : DiagnosticKind.InvalidStep;
                    run.Problems.Add(Problem(kind, code, at + problem));
                }
                for (var k = 0; !whole && k < rows.Length; k++)
                {
                    data[c][rows[k]] = y[k];
                }
            }
        }
        return input.Derive(Output, data, directionApplied: true);
    }

    /// <summary>Normalises one column into <paramref name="y"/>; returns a problem when it cannot.</summary>
    internal static string? Normalise(ReadOnlySpan<double> raw, Span<double> y, NormaliseSpec spec, int direction, double? target, int reference)
    {
        if (spec.Method is NormaliseMethod.Goalposts or NormaliseMethod.Scaled)
        {
            var (g, top) = (spec.GoalLower!.Value, spec.GoalUpper!.Value);
            for (var i = 0; i < raw.Length; i++)
            {
                var v = direction == 1 ? (raw[i] - g) / (top - g) : (top - raw[i]) / (top - g);
                y[i] = spec.Method == NormaliseMethod.Goalposts && spec.Truncate ? Math.Clamp(v, 0, 1) : v;
                y[i] = spec.Lower + (y[i] * (spec.Upper - spec.Lower));
            }
            return null;
        }
        for (var i = 0; i < raw.Length; i++)
        {
            y[i] = raw[i] * direction;
        }
        var min = ColumnMath.Min(y);
        var max = ColumnMath.Max(y);
        var range = true;
        switch (spec.Method)
        {
            case NormaliseMethod.MinMax:
            case NormaliseMethod.DistanceToMax:
                if (!(max > min))
                {
                    return Invariant.Format($"{spec.Method} needs at least two different values, and all are {min}");
                }
                Affine(y, min, max - min);
                break;
            case NormaliseMethod.ZScore:
                var sd = ColumnMath.StandardDeviation(y);
                if (!(sd > 0))
                {
                    return "z-score needs at least two different values";
                }
                var mean = ColumnMath.Mean(y);
                for (var i = 0; i < y.Length; i++)
                {
                    y[i] = ((y[i] - mean) / sd * spec.Sd) + spec.Mean;
                }
                range = false;
                break;
            case NormaliseMethod.Rank:
            case NormaliseMethod.Borda:
            case NormaliseMethod.PercentileRank:
                var values = y.ToArray();
                ColumnMath.RankMin(values, y);
                var n = ColumnMath.Count(values);
                // Given a range, rank (1 to n) and Borda (0 to n − 1) are mapped onto it as percentile rank is.
                range = spec.Method == NormaliseMethod.PercentileRank || spec.RangeGiven;
                if (range && n < 2)
                {
                    return Invariant.Format($"{spec.Method} onto a range needs at least two values, and there are {n}");
                }
                for (var i = 0; i < y.Length; i++)
                {
                    y[i] = range ? (y[i] - 1) / (n - 1) : spec.Method == NormaliseMethod.Borda ? y[i] - 1 : y[i];
                }
                break;
            case NormaliseMethod.DistanceToReference:
                var xref = y[reference];
                if (!(xref > min))
                {
                    return double.IsNaN(xref) ? "the reference unit has no value"
                        : Invariant.Format($"the reference unit's value {xref * direction} is the indicator's worst, so (x − min)/(reference − min) would divide by zero");
                }
                Affine(y, min, xref - min);
                Cap(y, spec.CapMax);
                break;
            case NormaliseMethod.DistanceToTarget:
                var t = target!.Value * direction;
                if (!(t > min))
                {
                    return Invariant.Format($"the target {target} is not better than the indicator's worst value {min * direction}, so (x − min)/(target − min) would divide by zero or a negative number");
                }
                Affine(y, min, t - min);
                Cap(y, spec.CapMax);
                break;
            case NormaliseMethod.FractionOfMax:
                if (!(max > 0))
                {
                    return Invariant.Format($"a fraction of the maximum needs a maximum above zero, and it is {max}");
                }
                Affine(y, 0, max);
                break;
            default:
                range = false;
                break;
        }
        var (l, u) = spec.Method == NormaliseMethod.MinMax || range ? (spec.Lower, spec.Upper) : (0, 1);
        if (range && (l, u) != (0, 1))
        {
            for (var i = 0; i < y.Length; i++)
            {
                y[i] = l + (y[i] * (u - l));
            }
        }
        return null;
    }

    private static void Affine(Span<double> y, double origin, double span)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = (y[i] - origin) / span;
        }
    }

    private static void Cap(Span<double> y, bool cap)
    {
        for (var i = 0; cap && i < y.Length; i++)
        {
            y[i] = Math.Min(y[i], 1);
        }
    }
}
