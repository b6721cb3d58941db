using System.Threading.Tasks;

namespace ParIndex.Analysis;

/// <summary>
/// Variance-based sensitivity (phân tích độ nhạy Sobol): which uncertain input moves an output — a unit's rank or
/// index, the mean rank shift — and how much, alone (first order) and with its interactions (total).
/// </summary>
/// <remarks>
/// <para>The design and estimators of Saltelli, Annoni, Azzini, Campolongo, Ratto and Tarantola, "Variance based
/// sensitivity analysis of model output. Design and estimator for the total sensitivity index", Computer Physics
/// Communications 181 (2010) 259–270: two independent matrices A and B of N rows of k uniform inputs, and for each input
/// i the matrix A_B⁽ⁱ⁾ (A with column i taken from B). First order V_i = 1/N Σ f(B)(f(A_B⁽ⁱ⁾) − f(A)) (their Table 2,
/// b; f(B) is centred on the mean, which leaves its expectation alone and narrows it); total E_i = 1/(2N) Σ (f(A) −
/// f(A_B⁽ⁱ⁾))², Jansen's (1999) estimator (Table 2, f); both divided by the variance of f over A and B. Confidence intervals are percentile bootstrap intervals over the N rows.</para>
/// <para>Each input is a uniform number in [0, 1): the model maps it to its own distribution (−π + 2π u for Ishigami's
/// inputs), or uses it to seed the draws of a whole group of inputs (all survey leaves at once), since the indices of
/// a group only need the group's values to be a function of its one input. Rows are drawn from their own seeded
/// streams and the sums are taken in row order: the same seed gives the same result on any number of threads. The model
/// is called from several threads at once and must be thread-safe; it gets a span it must not keep.</para>
/// </remarks>
internal static class SobolSensitivity
{
    /// <summary>Estimates the first-order and total indices of each input of <paramref name="model"/>.</summary>
    /// <param name="inputs">The inputs' names (k of them, at least one, distinct).</param>
    /// <param name="model">The output for one point: k numbers, each uniform in [0, 1), in the order of <paramref name="inputs"/>.</param>
    /// <param name="options">The size, seed and intervals; <see cref="SobolOptions.Default"/> when null.</param>
    /// <returns>One index per input.</returns>
    /// <exception cref="ArgumentNullException">An argument or a name is null.</exception>
    /// <exception cref="ArgumentException">No inputs or repeated names; fewer than 2 samples, negative replicates, a
    /// confidence level outside (0, 1); the model returns a value that is not finite, or the same value everywhere (no
    /// variance to share).</exception>
    public static SobolResult Estimate(IEnumerable<string> inputs, SobolModel model, SobolOptions? options = null)
    {
        Preconditions.CheckNotNull(inputs, nameof(inputs));
        Preconditions.CheckNotNull(model, nameof(model));
        options ??= SobolOptions.Default;
        var names = inputs.ToImmutableArray();
        Preconditions.CheckNoNulls(names, nameof(inputs));
        Preconditions.CheckArgument(names.Length > 0, nameof(inputs), "There are no inputs.");
        Preconditions.CheckArgument(names.Distinct(StringComparer.Ordinal).Count() == names.Length, nameof(inputs), "Input names repeat.");
        Preconditions.CheckArgument(options.Samples >= 2, nameof(options), "Samples must be at least 2.");
        Preconditions.CheckArgument(options.BootstrapReplicates >= 0, nameof(options), "Bootstrap replicates must not be negative.");
        Preconditions.CheckArgument(options.ConfidenceLevel is > 0 and < 1, nameof(options), "The confidence level must be in (0, 1).");

        var k = names.Length;
        var n = options.Samples;
        var fa = new double[n];
        var fb = new double[n];
        var fab = new double[k * n]; // f(A_B⁽ⁱ⁾) of row j at i × n + j
        try
        {
            Evaluate(model, options, k, fa, fb, fab);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw(); // the model's own exception, not the thread pool's wrapper
        }

        var all = Enumerable.Range(0, n).ToArray();
        var (mean, variance) = MeanAndVariance(fa, fb, all);
        Preconditions.CheckArgument(variance > 0, nameof(model), "The model's output does not vary: there is no variance to share among the inputs.");
        var first = new double[k];
        var total = new double[k];
        Indices(fa, fb, fab, all, mean, variance, first, total);

        var replicates = options.BootstrapReplicates;
        var bootFirst = new double[k * replicates];
        var bootTotal = new double[k * replicates];
        var rows = new int[n];
        var s = new double[k];
        var t = new double[k];
        for (var r = 0; r < replicates; r++)
        {
            var random = new SplitMix(options.Seed ^ 0xB0075742B0075742UL, r);
            for (var j = 0; j < n; j++)
            {
                rows[j] = random.NextInt(n);
            }
            var (m, v) = MeanAndVariance(fa, fb, rows);
            if (v <= 0)
            {
                v = double.Epsilon; // every resampled row alike: indices of 0 or ±∞ say so rather than NaN
            }
            Indices(fa, fb, fab, rows, m, v, s, t);
            for (var i = 0; i < k; i++)
            {
                bootFirst[(i * replicates) + r] = s[i];
                bootTotal[(i * replicates) + r] = t[i];
            }
        }

        var alpha = (1 - options.ConfidenceLevel) / 2;
        var result = names.Select((name, i) =>
        {
            var (sLow, sHigh) = replicates == 0 ? (first[i], first[i]) : Percentiles(bootFirst.AsSpan(i * replicates, replicates), alpha);
            var (tLow, tHigh) = replicates == 0 ? (total[i], total[i]) : Percentiles(bootTotal.AsSpan(i * replicates, replicates), alpha);
            return new InputSensitivity { Name = name, FirstOrder = first[i], FirstOrderLow = sLow, FirstOrderHigh = sHigh, Total = total[i], TotalLow = tLow, TotalHigh = tHigh };
        });
        return new SobolResult { Options = options, Inputs = [.. result], Mean = mean, Variance = variance, Evaluations = n * (k + 2) };
    }

    // Row j draws A's and B's row from its own stream; f(A), f(B) and every f(A_B⁽ⁱ⁾) of the row are stored at j.
    private static void Evaluate(SobolModel model, SobolOptions options, int k, double[] fa, double[] fb, double[] fab)
    {
        var n = fa.Length;
        Parallel.For(
            0,
            n,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxThreads ?? Environment.ProcessorCount },
            () => new double[3 * k],
            (j, _, buffer) =>
            {
                var a = buffer.AsSpan(0, k);
                var b = buffer.AsSpan(k, k);
                var ab = buffer.AsSpan(2 * k, k);
                var random = new SplitMix(options.Seed, j);
                for (var i = 0; i < k; i++)
                {
                    a[i] = random.NextDouble();
                    b[i] = random.NextDouble();
                }
                fa[j] = Finite(model(a));
                fb[j] = Finite(model(b));
                for (var i = 0; i < k; i++)
                {
                    a.CopyTo(ab);
                    ab[i] = b[i];
                    fab[(i * n) + j] = Finite(model(ab));
                }
                return buffer;
            },
            _ => { });
    }

    private static double Finite(double value)
    {
        Preconditions.CheckArgument(double.IsFinite(value), "model", "The model returned a value that is not a finite number.");
        return value;
    }

    private static (double Mean, double Variance) MeanAndVariance(double[] fa, double[] fb, int[] rows)
    {
        double sum = 0;
        foreach (var j in rows)
        {
            sum += fa[j] + fb[j];
        }
        var mean = sum / (2.0 * rows.Length);
        double squares = 0;
        foreach (var j in rows)
        {
            squares += ((fa[j] - mean) * (fa[j] - mean)) + ((fb[j] - mean) * (fb[j] - mean));
        }
        return (mean, squares / ((2.0 * rows.Length) - 1));
    }

    // f(B) is taken less the mean: the same expectation, as E[f(A_B⁽ⁱ⁾) − f(A)] = 0, but a far smaller variance when
    // the output's mean is far from 0 (as SciPy's sobol_indices does).
    private static void Indices(double[] fa, double[] fb, double[] fab, int[] rows, double mean, double variance, double[] first, double[] total)
    {
        var n = fa.Length;
        for (var i = 0; i < first.Length; i++)
        {
            double v = 0, e = 0;
            foreach (var j in rows)
            {
                var d = fab[(i * n) + j] - fa[j];
                v += (fb[j] - mean) * d; // Saltelli et al. 2010, Table 2 (b)
                e += d * d;     // Jansen 1999, Table 2 (f)
            }
            first[i] = v / rows.Length / variance;
            total[i] = e / (2.0 * rows.Length) / variance;
        }
    }

    // The alpha and 1 − alpha percentiles of the replicates (nearest rank).
    private static (double Low, double High) Percentiles(Span<double> values, double alpha)
    {
        values.Sort();
        var low = (int)Math.Floor(alpha * (values.Length - 1));
        var high = (int)Math.Ceiling((1 - alpha) * (values.Length - 1));
        return (values[low], values[high]);
    }
}
