namespace ParIndex.Composites;

/// <summary>Treats outliers column by column as COINr's <c>Treat</c> does by default.</summary>
/// <remarks>
/// <para>A column passes when |skewness| &lt; the skew threshold or kurtosis &lt; the kurtosis threshold (COINr's
/// <c>check_SkewKurt</c>, e1071 type-2 estimators, see <see cref="ColumnMath"/>). A column that fails is Winsorised:
/// while it fails, the highest value(s) are set to the next highest when skewness ≥ 0, else the lowest to the next
/// lowest. COINr stops when the count of points changed by the latest high and latest low step reaches winmax (its
/// counter is reset by each step, so in practice the loop runs until the column passes); this step does the same, so
/// that results agree. If the Winsorised column still fails, the log transform is applied to the original column (to the
/// Winsorised one with COINr's <c>combine_treat</c>, <see cref="TreatSpec.Combine"/>). Panel data is treated period by
/// period, as COINr treats each coin of a purse.
/// A column whose skewness or kurtosis cannot be computed (fewer than 4 values, or all equal) is left untreated.</para>
/// </remarks>
internal sealed class TreatStep(string input, string output, string path, TreatSpec spec, ImmutableDictionary<string, TreatSpec?> indicators) : PipelineStep(input, output, path)
{
    internal override string Kind => "treat";

    internal TreatSpec Spec { get; } = spec;

    internal ImmutableDictionary<string, TreatSpec?> Indicators { get; } = indicators;

    internal override void Check(CompositeModel model, IReadOnlyDictionary<string, ImmutableDictionary<string, double>> weightSets, List<Diagnostic> problems) =>
        CheckIndicators(model, Indicators.Keys, problems);

    internal override CompositeDataSet Run(CompositeModel model, CompositeDataSet input, PipelineRun run)
    {
        var data = Copy(input);
        var periods = input.RowsByPeriod();
        for (var c = 0; c < data.Length; c++)
        {
            var spec = Indicators.TryGetValue(input.Columns[c], out var own) ? own : Spec;
            if (spec is null)
            {
                continue;
            }
            // Each period on its own, as COINr treats each coin of a purse.
            foreach (var rows in periods)
            {
                var x = periods.Length == 1 ? data[c] : [.. rows.Select(r => data[c][r])];
                if (Treat(x, spec) < 0)
                {
                    run.Problems.Add(Problem(input.Columns[c], model.At(input.Times[rows[0]]) + Invariant.Format($"the Box-Cox transform (lambda {spec.Lambda}) without makePositive is undefined for some value of the column (the smallest is {ColumnMath.Min(x)})")));
                }
                for (var k = 0; periods.Length > 1 && k < rows.Length; k++)
                {
                    data[c][rows[k]] = x[k];
                }
            }
        }
        return input.Derive(Output, data);
    }

    /// <summary>Treats one column in place; returns what was done (0 untreated, 1 Winsorised, 2 transformed), or −1 when
    /// the transform is undefined for some value (left untreated: R would give NaN there).</summary>
    internal static int Treat(double[] x, TreatSpec spec)
    {
        var pass = Passes(x, spec);
        if (pass is null || (pass.Value && !spec.ForceWinsorise))
        {
            return 0;
        }
        var original = (double[])x.Clone();
        if (!Winsorise(x, spec))
        {
            original.CopyTo(x, 0);
            return 0;
        }
        pass = Passes(x, spec);
        if (pass is null)
        {
            original.CopyTo(x, 0);
            return 0;
        }
        if (pass.Value || spec.Then == FallbackTransform.None)
        {
            return 1;
        }
        if (!spec.Combine)
        {
            original.CopyTo(x, 0); // COINr's default: the transform of the original column
        }
        Transform(x, spec);
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(original[i]) && !double.IsFinite(x[i]))
            {
                original.CopyTo(x, 0);
                return -1;
            }
        }
        if (Passes(x, spec) is null)
        {
            original.CopyTo(x, 0);
            return 0;
        }
        return 2;
    }

    /// <summary>COINr's pass test with R's three-valued logic: NA | TRUE is TRUE, NA | FALSE is NA (null).</summary>
    internal static bool? Passes(ReadOnlySpan<double> x, TreatSpec spec) => Passes(ColumnMath.Shape(x), spec);

    private static bool? Passes((double Skewness, double Kurtosis) shape, TreatSpec spec)
    {
        var (skew, kurt) = shape;
        bool? a = double.IsNaN(skew) ? null : Math.Abs(skew) < spec.SkewThreshold;
        bool? b = double.IsNaN(kurt) ? null : kurt < spec.KurtosisThreshold;
        return a == true || b == true ? true : a is null || b is null ? null : false;
    }

    /// <summary>Winsorises in place; false when the column degenerates (COINr then returns it untreated).</summary>
    private static bool Winsorise(double[] x, TreatSpec spec)
    {
        int lastHigh = 0, lastLow = 0;
        var shape = ColumnMath.Shape(x);
        var pass = Passes(shape, spec);
        while (pass != true || spec.ForceWinsorise)
        {
            if (pass is null || (spec.Winmax is { } max && lastHigh + lastLow >= max))
            {
                return pass is not null;
            }
            var skew = shape.Skewness;
            if (double.IsNaN(skew))
            {
                return false;
            }
            var high = skew >= 0;
            var extreme = high ? ColumnMath.Max(x) : ColumnMath.Min(x);
            var next = double.NaN;
            var count = 0;
            foreach (var v in x)
            {
                if (v == extreme)
                {
                    count++;
                }
                else if (!double.IsNaN(v) && (double.IsNaN(next) || (high ? v > next : v < next)))
                {
                    next = v;
                }
            }
            if (double.IsNaN(next))
            {
                return false;
            }
            for (var i = 0; i < x.Length; i++)
            {
                x[i] = x[i] == extreme ? next : x[i];
            }
            (lastHigh, lastLow) = high ? (count, lastLow) : (lastHigh, count);
            shape = ColumnMath.Shape(x);
            pass = Passes(shape, spec);
        }
        return true;
    }

    private static void Transform(double[] x, TreatSpec spec)
    {
        var min = ColumnMath.Min(x);
        var max = ColumnMath.Max(x);
        if (spec.Then == FallbackTransform.BoxCox)
        {
            var shift = spec.MakePositive ? 1 - min : 0;
            for (var i = 0; i < x.Length; i++)
            {
                var v = x[i] + shift;
                x[i] = spec.Lambda == 0 ? Math.Log(v) : (Math.Pow(v, spec.Lambda) - 1) / spec.Lambda;
            }
            return;
        }
        var a = 0.01 * (max - min);
        var negative = spec.Then == FallbackTransform.LogCTPlus && !(ColumnMath.Skewness(x) > 0);
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = negative ? -Math.Log(max + a - x[i]) : Math.Log(x[i] - min + a);
        }
    }
}
