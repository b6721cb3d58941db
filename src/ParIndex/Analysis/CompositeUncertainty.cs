using System.Threading;
using ParIndex.Composites;

namespace ParIndex.Analysis;

/// <summary>
/// The engine of <see cref="RankUncertainty"/> on a composite indicator (what it computes is on
/// <see cref="RankUncertainty.Run(CompositeModel, CompositePipeline, CompositeUncertaintyOptions?, IProgress{int}?, CancellationToken)"/>).
/// </summary>
/// <remarks>
/// <para>Every pipeline is run once, in full; each run then redoes only its last (aggregate) step from the data set
/// that step reads — the normalised data, computed once — in scratch space of its own: nothing is allocated per run
/// but a Copeland aggregation's outranking matrix. Without noise and alternatives every run reproduces the nominal
/// ranking exactly (the same arithmetic on the same numbers).</para>
/// <para>Each run draws from its own generator, seeded from <see cref="CompositeUncertaintyOptions.Seed"/> and the
/// run's number, and the per-rank counts are integers summed over threads: the results are the same for any number of
/// threads. Memory holds per-rank counts (units² integers per thread), never the runs. Thread-safe.</para>
/// </remarks>
internal static class CompositeUncertainty
{
    private const ulong MethodStreams = 0x6C8E9CF570932BD5UL; // the pipeline draws' streams, apart from the weights'

    /// <summary>Runs the analysis (<see cref="RankUncertainty.Run(CompositeModel, CompositePipeline, CompositeUncertaintyOptions?, IProgress{int}?, CancellationToken)"/>).</summary>
    internal static ImmutableArray<CompositeUnitUncertainty> Run(CompositeModel model, CompositePipeline pipeline, CompositeUncertaintyOptions? options = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new CompositeUncertaintyOptions();
        var plan = new Plan(model, pipeline, options);
        var n = plan.Nominal.Length;
        var rankCounts = new long[n * n];
        MonteCarlo.Run(options.Runs, options.MaxThreads, progress, () => new Worker(plan), (worker, run) => worker.Run(run), worker =>
        {
            for (var i = 0; i < rankCounts.Length; i++)
            {
                rankCounts[i] += worker.RankCounts[i];
            }
        }, cancellationToken);
        return [.. plan.Nominal.Select((row, u) =>
        {
            var counts = rankCounts.AsSpan(u * n, n);
            return new CompositeUnitUncertainty
            {
                UnitCode = row.UnitCode,
                UnitName = row.UnitName,
                NominalRank = row.Rank,
                NominalValue = row.Value,
                MeanRank = RankUncertainty.Mean(counts, options.Runs),
                MedianRank = RankUncertainty.Quantile(counts, options.Runs, 0.5),
                Low = RankUncertainty.Quantile(counts, options.Runs, 0.05),
                High = RankUncertainty.Quantile(counts, options.Runs, 0.95),
                RankCounts = [.. counts.ToArray().Select(c => (int)c)],
            };
        })];
    }

    /// <summary>The Sobol indices of the sources (<see cref="RankUncertainty.Sensitivity(CompositeModel, CompositePipeline, CompositeUncertaintyOptions, int)"/>).</summary>
    internal static SobolResult Sensitivity(CompositeModel model, CompositePipeline pipeline, CompositeUncertaintyOptions options, int samples) =>
        Sensitivity(model, pipeline, options, new SobolOptions { Samples = samples, Seed = Preconditions.CheckNotNull(options, nameof(options)).Seed, MaxThreads = options.MaxThreads });

    /// <summary>As the public overload, with every setting of the design (size, seed, bootstrap, threads); for tests.</summary>
    /// <param name="model">The unit data and metadata.</param>
    /// <param name="pipeline">The main pipeline.</param>
    /// <param name="options">The noise and alternatives.</param>
    /// <param name="sobol">The design; <see cref="SobolOptions.Default"/> when null.</param>
    /// <returns>One index per source.</returns>
    internal static SobolResult Sensitivity(CompositeModel model, CompositePipeline pipeline, CompositeUncertaintyOptions options, SobolOptions? sobol = null)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        var plan = new Plan(model, pipeline, options);
        var levels = options.WeightNoise > 0 ? plan.Levels : [];
        var sources = levels.Select(l => Invariant.Format($"level {l} weights")).ToList();
        if (plan.Pipelines.Length > 1)
        {
            sources.Add("pipeline");
        }
        Preconditions.CheckArgument(sources.Count > 0, nameof(options), "Sensitivity needs a source of uncertainty: noise on the weights or alternative pipelines.");
        using var workers = new ThreadLocal<Worker>(() => new Worker(plan));
        return SobolSensitivity.Estimate(sources, point =>
        {
            var worker = workers.Value!;
            for (var s = 0; s < levels.Length; s++)
            {
                var draws = RankUncertainty.Stream(options.Seed ^ (ulong)levels[s], point[s]);
                worker.Draw(ref draws, levels[s]);
            }
            var chosen = plan.Pipelines.Length == 1 ? 0 : Math.Min(plan.Pipelines.Length - 1, (int)(point[^1] * plan.Pipelines.Length));
            worker.Rank(chosen);
            var shift = 0;
            for (var u = 0; u < plan.Nominal.Length; u++)
            {
                shift += Math.Abs(worker.Ranks[u] - plan.Nominal[u].Rank);
            }
            return shift / (double)plan.Nominal.Length;
        }, sobol);
    }

    /// <summary>What every run shares: the nominal ranking, and per pipeline the data its aggregation reads and how.</summary>
    private sealed class Plan
    {
        internal Plan(CompositeModel model, CompositePipeline pipeline, CompositeUncertaintyOptions options)
        {
            Preconditions.CheckNotNull(model, nameof(model));
            Preconditions.CheckNotNull(pipeline, nameof(pipeline));
            Preconditions.CheckNoNulls(options.Alternatives.IsDefault ? [] : options.Alternatives, nameof(options));
            Preconditions.CheckArgument(options.Runs >= 1, nameof(options), "Runs must be at least 1.");
            MonteCarlo.CheckMaxThreads(options.MaxThreads, nameof(options));
            Preconditions.CheckArgument(options.WeightNoise is >= 0 and < 1, nameof(options), "WeightNoise must be in [0, 1).");
            Levels = options.NoiseLevels.IsDefaultOrEmpty ? [.. Enumerable.Range(2, Math.Max(0, model.MaxLevel - 2))] : [.. options.NoiseLevels.Distinct().Order()];
            // Named down to the option (options.NoiseLevels, options.Alternatives): a caller tells which without reading the message.
            Preconditions.CheckArgument(Levels.All(l => l >= 1 && l < model.MaxLevel), nameof(options) + "." + nameof(options.NoiseLevels),
                Invariant.Format($"Noise levels must be from 1 to {model.MaxLevel - 1} (the index, level {model.MaxLevel}, has no weight)."));
            Noise = options.WeightNoise;
            Seed = options.Seed;
            Noisy = [.. model.Elements.Where(e => e.Level is { } l && Levels.Contains(l)).Select(e => e.Code)];
            NoisyLevel = [.. Noisy.Select(c => model.Find(c)!.Level!.Value)];
            var slot = Noisy.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
            var pipelines = new List<Aggregation>();
            var candidates = options.Alternatives.IsDefault ? [pipeline] : options.Alternatives.Insert(0, pipeline);
            for (var number = 0; number < candidates.Length; number++)
            {
                var candidate = candidates[number];
                var (result, last, weights) = candidate.RunForReaggregation(model);
                var (name, paramName) = number == 0 ? ("the pipeline", nameof(pipeline)) : (Invariant.Format($"alternative {number}"), nameof(options) + "." + nameof(options.Alternatives));
                Preconditions.CheckArgument(last is not null && !result.Ranking.IsEmpty, paramName, name + " does not end in an aggregate step up to the index.");
                Preconditions.CheckArgument(result.Periods.Length <= 1, nameof(model),
                    "Rank intervals are for one period, and the data has " + string.Join(", ", result.Periods) + "; give the model of one period.");
                if (number == 0)
                {
                    Nominal = result.Ranking;
                }
                Preconditions.CheckArgument(
                    result.Ranking.Length == Nominal.Length && result.Ranking.Select(r => r.UnitCode).ToHashSet(StringComparer.Ordinal).SetEquals(Nominal.Select(r => r.UnitCode)),
                    paramName, name + " ranks other units than the pipeline.");
                pipelines.Add(new Aggregation(model, result, last!, weights!, Nominal, slot, Noise, name));
            }
            Pipelines = [.. pipelines];
        }

        internal ImmutableArray<CompositeRank> Nominal { get; } = [];

        internal ImmutableArray<int> Levels { get; }

        internal double Noise { get; }

        internal ulong Seed { get; }

        /// <summary>Gets the codes of the elements whose weights are perturbed, in metadata order.</summary>
        internal ImmutableArray<string> Noisy { get; }

        internal ImmutableArray<int> NoisyLevel { get; }

        internal ImmutableArray<Aggregation> Pipelines { get; }
    }

    /// <summary>One pipeline's aggregate step over its input data: columns ("slots") 0 to <see cref="Inputs"/>.Length − 1
    /// are the input's, the aggregates follow in the model's order.</summary>
    private sealed class Aggregation
    {
        internal Aggregation(CompositeModel model, CompositeResult result, AggregateStep step, ImmutableDictionary<string, double> weights, ImmutableArray<CompositeRank> nominal, Dictionary<string, int> noisy, double noise, string name)
        {
            var input = result[step.Input];
            Inputs = input.Data;
            Rows = input.UnitCodes.Length;
            var aggregateSlot = model.Aggregates.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => Inputs.Length + p.i, StringComparer.Ordinal);
            // A slot is complete when no unit lacks a value: an input column without NaN, or an aggregate of complete children.
            var complete = Inputs.Select(column => !column.Any(double.IsNaN)).ToList();
            var nodes = ImmutableArray.CreateBuilder<Node>(model.Aggregates.Length);
            foreach (var a in model.Aggregates)
            {
                var children = model.Children[a];
                ImmutableArray<int> slots = [.. children.Select(c => aggregateSlot.TryGetValue(c, out var s) ? s : input.ColumnIndex(c))];
                var spec = step.Nodes.GetValueOrDefault(a) ?? step.Levels.GetValueOrDefault(model.Find(a)!.Level!.Value) ?? step.Spec;
                var node = new Node(slots, [.. children.Select(c => weights[c])], [.. children.Select(c => noisy.TryGetValue(c, out var k) ? k : -1)], spec, slots.All(s => complete[s]));
                complete.Add(node.Complete); // a mean of values is a value (the nominal run checked geometric and harmonic inputs)
                nodes.Add(node);
            }
            Nodes = nodes.MoveToImmutable();
            CheckWeightSums(model, step, noise, name);
            IndexSlot = aggregateSlot[model.IndexCode];
            Rows = input.UnitCodes.Length;
            UnitRows = [.. nominal.Select(r => input.UnitIndex(r.UnitCode))];
        }

        internal double[][] Inputs { get; }

        /// <summary>Throws when a node's weights, each perturbed to its largest, could sum beyond a double's range: every
        /// share w / Σw of such a run would be 0 and every unit's aggregate 0 (the nominal run, unperturbed, checks its own
        /// sums). Checked before any run, so that the failure does not depend on the draws or the threads.</summary>
        private void CheckWeightSums(CompositeModel model, AggregateStep step, double noise, string name)
        {
            var problems = new List<Diagnostic>();
            for (var a = 0; a < Nodes.Length; a++)
            {
                var node = Nodes[a];
                double largest = 0;
                for (var k = 0; k < node.Weights.Length; k++)
                {
                    largest += node.Noise[k] < 0 ? node.Weights[k] : node.Weights[k] * (1 + noise);
                }
                if (double.IsInfinity(largest))
                {
                    problems.Add(new Diagnostic(DiagnosticKind.ValueOutOfRange, model.Aggregates[a], Invariant.Format(
                        $"aggregate step: with weight noise {noise:R}, the children's weights could sum beyond a double's range (about 1.8e308), and each share of them would be 0; scale the weights down"))
                    { JsonPath = step.Path });
                }
            }
            if (problems.Count > 0)
            {
                throw new InvalidCompositeException(char.ToUpperInvariant(name[0]) + name[1..] + " cannot be re-aggregated with noise on its weights", problems);
            }
        }

        internal int Rows { get; }

        internal ImmutableArray<Node> Nodes { get; }

        internal int IndexSlot { get; }

        /// <summary>Gets each ranked unit's row in the input, in nominal rank order.</summary>
        internal ImmutableArray<int> UnitRows { get; }
    }

    /// <param name="Children">The children's slots.</param>
    /// <param name="Weights">The children's weights without noise.</param>
    /// <param name="Noise">Each child's place among the noisy weights, −1 when its weight is not perturbed.</param>
    /// <param name="Spec">The aggregation function.</param>
    /// <param name="Complete">Whether every child has a value for every unit: an arithmetic mean then takes each child's
    /// share once per run, not once per unit.</param>
    private sealed record Node(ImmutableArray<int> Children, ImmutableArray<double> Weights, ImmutableArray<int> Noise, AggregateSpec Spec, bool Complete);

    /// <summary>One thread's scratch space and counts.</summary>
    private sealed class Worker
    {
        private readonly Plan _plan;
        private readonly double[] _factors;
        private readonly double[][][] _slots; // per pipeline: the input columns, then the aggregates' own arrays
        private readonly double[][][][] _children; // per pipeline and node: the children's columns
        private readonly double[][][] _weights; // per pipeline and node: the children's weights this run
        private readonly Entry[] _entries;

        internal Worker(Plan plan)
        {
            _plan = plan;
            _factors = new double[plan.Noisy.Length];
            Array.Fill(_factors, 1.0);
            _slots = [.. plan.Pipelines.Select(p => p.Inputs.Concat(p.Nodes.Select(_ => new double[p.Rows])).ToArray())];
            _children = [.. plan.Pipelines.Select((p, i) => p.Nodes.Select(n => n.Children.Select(c => _slots[i][c]).ToArray()).ToArray())];
            _weights = [.. plan.Pipelines.Select(p => p.Nodes.Select(n => new double[n.Children.Length]).ToArray())];
            _entries = new Entry[plan.Nominal.Length];
            Ranks = new int[plan.Nominal.Length];
            RankCounts = new long[plan.Nominal.Length * plan.Nominal.Length];
        }

        internal long[] RankCounts { get; }

        /// <summary>Gets each unit's rank in the last run ranked, units in nominal rank order.</summary>
        internal int[] Ranks { get; }

        /// <summary>One Monte Carlo run: every noisy weight's factor, then the pipeline, from streams of their own.</summary>
        internal void Run(int run)
        {
            var draws = new SplitMix(_plan.Seed, run);
            Draw(ref draws, null);
            var count = _plan.Pipelines.Length;
            Rank(count == 1 ? 0 : new SplitMix(_plan.Seed ^ MethodStreams, run).NextInt(count));
            var n = Ranks.Length;
            for (var u = 0; u < n; u++)
            {
                RankCounts[(u * n) + Ranks[u] - 1]++;
            }
        }

        /// <summary>Draws the factors 1 + noise × u, u uniform in [−1, 1), of the noisy weights of one level (all when null).</summary>
        internal void Draw(ref SplitMix draws, int? level)
        {
            var noise = _plan.Noise;
            for (var k = 0; k < _factors.Length; k++)
            {
                if (level is null || _plan.NoisyLevel[k] == level)
                {
                    _factors[k] = noise > 0 ? 1 + (noise * ((2 * draws.NextDouble()) - 1)) : 1;
                }
            }
        }

        /// <summary>Re-aggregates pipeline number <paramref name="pipeline"/> with the current factors and ranks the
        /// units (highest first, equal values share the lowest rank); fills <see cref="Ranks"/>.</summary>
        internal void Rank(int pipeline)
        {
            var plan = _plan.Pipelines[pipeline];
            var slots = _slots[pipeline];
            var offset = plan.Inputs.Length;
            for (var a = 0; a < plan.Nodes.Length; a++)
            {
                var node = plan.Nodes[a];
                var w = _weights[pipeline][a];
                for (var k = 0; k < w.Length; k++)
                {
                    w[k] = node.Noise[k] < 0 ? node.Weights[k] : node.Weights[k] * _factors[node.Noise[k]];
                }
                var x = _children[pipeline][a];
                var y = slots[offset + a];
                if (node.Spec.Method == AggregateMethod.Copeland)
                {
                    AggregateStep.Copeland(x, w, y);
                    continue;
                }
                if (node.Spec.Method == AggregateMethod.Arithmetic && node.Complete)
                {
                    Arithmetic(x, w, y);
                    continue;
                }
                for (var u = 0; u < y.Length; u++)
                {
                    y[u] = AggregateStep.Mean(x, w, u, node.Spec, out _);
                }
            }
            var index = slots[plan.IndexSlot];
            for (var u = 0; u < _entries.Length; u++)
            {
                _entries[u] = new Entry(index[plan.UnitRows[u]], u);
            }
            Array.Sort(_entries);
            for (var position = 0; position < _entries.Length; position++)
            {
                var entry = _entries[position];
                Ranks[entry.Unit] = position > 0 && entry.Value == _entries[position - 1].Value ? Ranks[_entries[position - 1].Unit] : position + 1;
            }
        }
    }

    /// <summary>The arithmetic mean of children that all have values, column by column: the same operations in the same
    /// order as <see cref="AggregateStep.Mean"/> (Σw first, then Σ (w ÷ Σw) × x), so the same numbers to the last bit.</summary>
    private static void Arithmetic(double[][] x, double[] w, double[] y)
    {
        double weightSum = 0;
        for (var k = 0; k < w.Length; k++)
        {
            weightSum += w[k];
        }
        Array.Clear(y);
        for (var k = 0; k < x.Length; k++)
        {
            var share = w[k] / weightSum;
            var column = x[k];
            for (var u = 0; u < y.Length; u++)
            {
                y[u] += share * column[u];
            }
        }
    }

    private readonly struct Entry(double value, int unit) : IComparable<Entry>
    {
        public double Value { get; } = value;

        public int Unit { get; } = unit;

        // Highest value first; equal values in nominal order (they share a rank either way).
        public int CompareTo(Entry other) => Value != other.Value ? other.Value.CompareTo(Value) : Unit.CompareTo(other.Unit);
    }
}
