using System.Diagnostics.CodeAnalysis;
using System.Threading;
using ParIndex.Composites;
using ParIndex.Rankings;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Analysis;

/// <summary>
/// Monte Carlo rank intervals (khoảng tin cậy của thứ hạng) of units scored on a methodology or of a composite indicator
/// (<see cref="CompositeModel"/>). On scorecards: how sure a ranking is when survey results carry sampling
/// error, the maxima (weights) are uncertain, or the ranking policy is a choice. Each run redraws the survey leaves
/// (<see cref="ScoringRule.SurveyPercentage"/>: result + standard error × a normal draw, kept in [0, 100]), multiplies each
/// leaf's maximum and points by a noise factor, picks a methodology (<see cref="UncertaintyOptions.Methodologies"/>)
/// and a ranking policy, recomputes every index and ranks them.
/// </summary>
/// <remarks>
/// <para>Runs compute in double precision; keys are taken to 15 significant digits before rounding to the policy's
/// decimals, so that without noise every run gives the nominal ranking. Each run draws from its own generator, seeded
/// from <see cref="UncertaintyOptions.Seed"/> and the run's number, and the per-rank counts are integers summed over
/// threads: the results are the same for any number of threads. Memory holds per-rank counts (units² integers per
/// thread), never the runs. Thread-safe.</para>
/// </remarks>
public static class RankUncertainty
{
    private const ulong SurveyStreams = 0x5D2C7A1E93B4F06DUL; // the survey draws' streams, apart from the weights'
    private const ulong PolicyStreams = 0xA3E1B57C0D9F2468UL;
    private const ulong MethodologyStreams = 0x6F4B2D9E1C8A3570UL;

    /// <summary>The standard error of an estimate from its symmetric confidence interval: (upper − lower) ÷ (2 z).</summary>
    /// <param name="lower">The interval's lower end (percent).</param>
    /// <param name="upper">The interval's upper end (percent).</param>
    /// <param name="z">The normal quantile of the interval's level; 1.959964 for 95 %.</param>
    /// <returns>The standard error, in the interval's unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="upper"/> is below <paramref name="lower"/>, or <paramref name="z"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The interval's width, or the width over <paramref name="z"/>, is beyond a
    /// decimal's range (parameter <paramref name="upper"/> or <paramref name="z"/>).</exception>
    public static decimal StandardErrorFromInterval(decimal lower, decimal upper, decimal z = 1.959964m)
    {
        Preconditions.CheckArgumentRange(nameof(upper), upper, lower, decimal.MaxValue);
        Preconditions.CheckArgumentRange(nameof(z), z, 0.000001m, decimal.MaxValue);
        // Both bounds may be valid and their width, or the width over a small z, still beyond a decimal's range.
        decimal width;
        try
        {
            width = upper - lower;
        }
        catch (OverflowException)
        {
            throw Beyond(nameof(upper));
        }
        try
        {
            // Past half a decimal's range, 2 z itself overflows while the error is near 0: halve the width first instead
            // (only there, so that every other result is rounded as before).
            return z >= decimal.MaxValue / 2m ? width / 2m / z : width / (2m * z);
        }
        catch (OverflowException)
        {
            throw Beyond(nameof(z));
        }

        ArgumentException Beyond(string paramName) => new ArgumentProblem(paramName,
            Invariant.Format($"the interval [{Invariant.Format(lower)}, {Invariant.Format(upper)}] with z {Invariant.Format(z)} gives a standard error beyond a decimal's range")).ToException();
    }

    /// <summary>Runs the analysis over units scored on one methodology.</summary>
    /// <param name="scorecards">The units' scorecards, all of one methodology and year.</param>
    /// <param name="options">The sources of uncertainty and the runs; <see cref="UncertaintyOptions.Default"/> when null.</param>
    /// <param name="progress">Told the number of runs done, every few hundred runs; may be null.</param>
    /// <param name="cancellationToken">Stops the runs.</param>
    /// <returns>Per unit, in nominal rank order: nominal, mean and median rank, the 5–95 % interval, group and top-N
    /// probabilities (as the overload on a composite indicator returns its units).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecards"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">No scorecards, several methodologies, a methodology that takes a weighted mean
    /// (the runs sum leaf points), repeated unit codes, fewer than 1 run, a <see cref="UncertaintyOptions.TopN"/> or
    /// <see cref="UncertaintyOptions.MaxThreads"/> below 1, a null <see cref="UncertaintyOptions.SurveyStandardErrors"/> or
    /// ranking policy, a negative standard error or one given for a unit code no scorecard is of, a negative noise, noise of
    /// 1 or more, or an alternative methodology that is null, takes a weighted mean or has other leaves.</exception>
    /// <exception cref="DiagnosticException">A unit's indicators cannot be scored under an alternative methodology
    /// (e.g. its year is outside the alternative's years); every problem is listed.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The first parameter (scorecards or a composite model) tells the overloads apart.")]
    public static ImmutableArray<UnitUncertainty> Run(IEnumerable<Scorecard> scorecards, UncertaintyOptions? options = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= UncertaintyOptions.Default;
        var (cards, model) = Prepare(scorecards, options);
        var n = cards.Length;
        var rankCounts = new long[n * n];
        var groupCounts = new long[n * Math.Max(1, model.GroupCount)];
        MonteCarlo.Run(options.Runs, options.MaxThreads, progress, () => new Worker(model), (worker, run) => worker.Run(run), worker =>
        {
            for (var i = 0; i < rankCounts.Length; i++)
            {
                rankCounts[i] += worker.RankCounts[i];
            }
            for (var i = 0; i < worker.GroupCounts.Length; i++)
            {
                groupCounts[i] += worker.GroupCounts[i];
            }
        }, cancellationToken);

        var nominal = Ranking.ByIndex(cards, model.Rankings[0]);
        var units = nominal.Entries.Select(row =>
        {
            var u = Array.FindIndex(cards, c => c.Unit.Code == row.Unit.Code);
            var counts = rankCounts.AsSpan(u * n, n);
            var groups = model.Groups.Select((g, k) => KeyValuePair.Create(g.Name, groupCounts[(u * model.GroupCount) + k] / (double)options.Runs));
            return new UnitUncertainty
            {
                Unit = row.Unit,
                NominalRank = row.Rank,
                NominalIndex = cards[u].Index,
                MeanRank = Mean(counts, options.Runs),
                MedianRank = Quantile(counts, options.Runs, 0.5),
                Low = Quantile(counts, options.Runs, 0.05),
                High = Quantile(counts, options.Runs, 0.95),
                ProbabilityTopN = Top(counts, options.TopN) / (double)options.Runs,
                GroupProbabilities = groups.ToImmutableDictionary(),
                RankCounts = [.. counts.ToArray().Select(c => (int)c)],
            };
        });
        return [.. units];
    }

    /// <summary>Which source of uncertainty moves the ranks: the first-order and total Sobol indices
    /// of the mean absolute rank shift — or of one unit's rank — to each source the
    /// options turn on: "survey" (every survey leaf's sampling error, as one source), "weights" (the noise on the
    /// maxima), "methodology" (the draw among <see cref="UncertaintyOptions.Methodologies"/>) and "ranking policy" (the
    /// draw among <see cref="UncertaintyOptions.Rankings"/>).</summary>
    /// <param name="scorecards">The units' scorecards, all of one methodology and year.</param>
    /// <param name="options">The sources of uncertainty (<see cref="UncertaintyOptions.Runs"/> is not used: the design's
    /// size is <paramref name="samples"/>); its seed and threads are the design's.</param>
    /// <param name="samples">N, the rows of each of Saltelli's two base matrices, at least 2 (e.g. 1,024): N × (sources + 2)
    /// rankings; the error of the estimates shrinks as 1 ÷ √N.</param>
    /// <param name="unitCode">A unit whose rank is the output; null for the mean over units of |rank − nominal rank|.</param>
    /// <returns>One index per source turned on, in the order survey, weights, methodology, ranking policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecards"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Run(IEnumerable{Scorecard}, UncertaintyOptions?, IProgress{int}?, CancellationToken)"/> (a methodology with weighted means included); fewer than two sources turned on (one source explains
    /// all the variance by itself); a unit code not among the scorecards; fewer than 2 samples; an output that never varies.</exception>
    /// <exception cref="DiagnosticException">As <see cref="Run(IEnumerable{Scorecard}, UncertaintyOptions?, IProgress{int}?, CancellationToken)"/>.</exception>
    /// <remarks>Each source's draws come from a stream seeded by its input of the design, so a source is fixed or varied
    /// as a whole. Thread-safe; the result depends only on the seeds.</remarks>
    [SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The first parameter (scorecards or a composite model) tells the overloads apart.")]
    public static SobolResult Sensitivity(IEnumerable<Scorecard> scorecards, UncertaintyOptions options, int samples, string? unitCode = null) =>
        Sensitivity(scorecards, options, new SobolOptions { Samples = samples, Seed = Preconditions.CheckNotNull(options, nameof(options)).Seed, MaxThreads = options.MaxThreads }, unitCode);

    /// <summary>Runs the analysis over a composite indicator (độ bất định của chỉ số tổng hợp), as COINr's
    /// <c>get_sensitivity</c> with <c>SA_type = "UA"</c> computes it (https://github.com/bluefoxr/COINr, <c>R/sensitivity.R</c>):
    /// each run perturbs the aggregation weights (<see cref="CompositeUncertaintyOptions.WeightNoise"/>), draws one of the
    /// alternative pipelines, re-aggregates and re-ranks the units.</summary>
    /// <param name="model">The unit data and metadata.</param>
    /// <param name="pipeline">The main pipeline, ending in an aggregate step; its ranking is the nominal one.</param>
    /// <param name="options">The runs, seed, noise and alternatives; the defaults when null.</param>
    /// <param name="progress">Told the number of runs done, every few hundred runs; may be null.</param>
    /// <param name="cancellationToken">Stops the runs.</param>
    /// <returns>Per ranked unit, in nominal rank order: nominal, mean and median rank, the 5–95 % interval, the counts per rank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="pipeline"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than 1 run; <see cref="CompositeUncertaintyOptions.MaxThreads"/> below 1; noise outside [0, 1); a noise level outside 1 to one below
    /// the index (parameter <c>options.NoiseLevels</c>); a pipeline that does not end in an aggregate step (<c>pipeline</c>),
    /// or an alternative that does not or ranks other units than the main pipeline (<c>options.Alternatives</c>).</exception>
    /// <exception cref="DiagnosticException">A pipeline does not fit the model (see <see cref="CompositePipeline.Run"/>), or weights that the noise may enlarge could sum beyond a double's range (<see cref="DiagnosticKind.ValueOutOfRange"/>).</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The first parameter (scorecards or a composite model) tells the overloads apart.")]
    public static ImmutableArray<CompositeUnitUncertainty> Run(CompositeModel model, CompositePipeline pipeline, CompositeUncertaintyOptions? options = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        CompositeUncertainty.Run(model, pipeline, options, progress, cancellationToken);

    /// <summary>Which assumption moves the ranks: the first-order and total Sobol indices 
    /// of the mean absolute rank shift (the mean over units of |rank − nominal rank|) to each source: "level L weights"
    /// for each noisy level (all its weights as one source) and "pipeline" (the draw among the alternatives) when there are any.</summary>
    /// <param name="model">The unit data and metadata.</param>
    /// <param name="pipeline">The main pipeline, ending in an aggregate step.</param>
    /// <param name="options">The noise and alternatives (<see cref="CompositeUncertaintyOptions.Runs"/> is not used: the
    /// design's size is <paramref name="samples"/>); its seed and threads are the design's.</param>
    /// <param name="samples">N, the rows of each of Saltelli's two base matrices, at least 2 (e.g. 1,024): N × (sources + 2)
    /// runs of the pipeline; the error of the estimates shrinks as 1 ÷ √N.</param>
    /// <returns>One index per source, noisy levels in increasing order, then the pipeline.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Run(CompositeModel, CompositePipeline, CompositeUncertaintyOptions?, IProgress{int}?, CancellationToken)"/>; no source (no noise and no alternatives); fewer than 2 samples; a shift that never varies.</exception>
    /// <exception cref="DiagnosticException">A pipeline does not fit the model, or weights that the noise may enlarge could sum beyond a double's range.</exception>
    [SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The first parameter (scorecards or a composite model) tells the overloads apart.")]
    public static SobolResult Sensitivity(CompositeModel model, CompositePipeline pipeline, CompositeUncertaintyOptions options, int samples) =>
        CompositeUncertainty.Sensitivity(model, pipeline, options, samples);

    /// <summary>As the public overload, with every setting of the design (size, seed, bootstrap, threads); for tests.</summary>
    /// <param name="scorecards">The units' scorecards.</param>
    /// <param name="options">The sources of uncertainty.</param>
    /// <param name="sobol">The design; <see cref="SobolOptions.Default"/> when null.</param>
    /// <param name="unitCode">A unit whose rank is the output, or null.</param>
    /// <returns>One index per source turned on.</returns>
    internal static SobolResult Sensitivity(IEnumerable<Scorecard> scorecards, UncertaintyOptions options, SobolOptions? sobol = null, string? unitCode = null)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        var (cards, model) = Prepare(scorecards, options);
        var unit = unitCode is null ? -1 : Array.FindIndex(cards, c => c.Unit.Code == Text.Key(unitCode));
        Preconditions.CheckArgument(unitCode is null || unit >= 0, nameof(unitCode), $"No scorecard is of unit '{unitCode}'.");
        var sources = new List<string>();
        if (model.StandardErrors.Any(se => se > 0) && model.IsSurvey.Any(s => s))
        {
            sources.Add("survey");
        }
        if (options.MaximaNoise > 0)
        {
            sources.Add("weights");
        }
        if (model.Methodologies > 1)
        {
            sources.Add("methodology");
        }
        if (model.Rankings.Length > 1)
        {
            sources.Add("ranking policy");
        }
        Preconditions.CheckArgument(sources.Count >= 2, nameof(options), "Sensitivity needs at least two sources of uncertainty (survey standard errors, noise on the maxima, alternative methodologies, several ranking policies).");
        var nominal = Ranking.ByIndex(cards, model.Rankings[0]).Entries.ToDictionary(e => e.Unit.Code, e => e.Rank, StringComparer.Ordinal);
        var nominalRanks = cards.Select(c => nominal[c.Unit.Code]).ToArray();
        var survey = sources.IndexOf("survey");
        var weights = sources.IndexOf("weights");
        var methodology = sources.IndexOf("methodology");
        var policy = sources.IndexOf("ranking policy");
        using var workers = new ThreadLocal<Worker>(() => new Worker(model));
        return SobolSensitivity.Estimate(sources, point =>
        {
            var worker = workers.Value!;
            var weightDraws = Stream(options.Seed, weights < 0 ? 0 : point[weights]);
            var surveyDraws = Stream(options.Seed ^ SurveyStreams, survey < 0 ? 0 : point[survey]);
            var chosen = policy < 0 ? 0 : Math.Min(model.Rankings.Length - 1, (int)(point[policy] * model.Rankings.Length));
            var scoredUnder = methodology < 0 ? 0 : Math.Min(model.Methodologies - 1, (int)(point[methodology] * model.Methodologies));
            worker.Rank(ref weightDraws, ref surveyDraws, chosen, scoredUnder);
            if (unit >= 0)
            {
                return worker.Ranks[unit];
            }
            var shift = 0;
            for (var u = 0; u < cards.Length; u++)
            {
                shift += Math.Abs(worker.Ranks[u] - nominalRanks[u]);
            }
            return shift / (double)cards.Length;
        }, sobol);
    }

    // A source's draws for one point of the design: a stream seeded by the point's coordinate for that source.
    internal static SplitMix Stream(ulong seed, double u) => new(seed ^ BitConverter.DoubleToUInt64Bits(u), 0);

    /// <summary>Checks the arguments and reads the units' leaves once.</summary>
    private static (Scorecard[] Cards, Model Model) Prepare(IEnumerable<Scorecard> scorecards, UncertaintyOptions options)
    {
        Preconditions.CheckNotNull(scorecards, nameof(scorecards));
        var cards = scorecards.ToArray();
        Preconditions.CheckNoNulls(cards, nameof(scorecards));
        Preconditions.CheckArgument(cards.Length > 0, nameof(scorecards), "There are no scorecards to rank.");
        Preconditions.CheckArgument(cards.All(c => c.Methodology.Equals(cards[0].Methodology)), nameof(scorecards), "The scorecards are of several methodologies.");
        Preconditions.CheckArgument(!cards[0].Methodology.HasMeans, nameof(scorecards),
            "The methodology takes a weighted mean; the runs sum leaf points, so they need Aggregation.SumOfPoints.");
        Preconditions.CheckArgument(options.Runs >= 1, nameof(options), "Runs must be at least 1.");
        MonteCarlo.CheckMaxThreads(options.MaxThreads, nameof(options));
        Preconditions.CheckArgument(options.TopN >= 1, nameof(options), Invariant.Format($"TopN must be at least 1, not {options.TopN}."));
        Preconditions.CheckArgument(options.MaximaNoise is >= 0m and < 1m, nameof(options), "MaximaNoise must be in [0, 1).");
        // Set to null through an initialiser, these were read deep inside the runs (a NullReferenceException).
        Preconditions.CheckArgument(options.SurveyStandardErrors is not null, nameof(options), "SurveyStandardErrors is null; leave it empty for none.");
        Preconditions.CheckArgument(options.Rankings.IsDefault || options.Rankings.All(r => r is not null), nameof(options), "A ranking policy of Rankings is null.");
        Preconditions.CheckArgument(options.SurveyStandardError >= 0m && options.SurveyStandardErrors.Values.All(v => v >= 0m), nameof(options), "Standard errors must not be negative.");
        var unknown = options.SurveyStandardErrors.Keys.Where(code => !cards.Any(c => c.Unit.Code == Text.Key(code))).Order(StringComparer.Ordinal).ToArray();
        Preconditions.CheckArgument(unknown.Length == 0, nameof(options),
            $"A survey standard error is given for {string.Join(", ", unknown.Select(code => "'" + code + "'"))}, which no scorecard is of.");
        var alternatives = options.Methodologies.IsDefault ? [] : options.Methodologies;
        Preconditions.CheckArgument(alternatives.All(m => m is not null), nameof(options), "An alternative methodology is null.");
        var nominal = cards[0].Methodology;
        var leaves = nominal.Leaves.Select(l => l.Code).Order(StringComparer.Ordinal);
        var kinds = nominal.Leaves.ToDictionary(l => l.Code, l => l.Rule!.InputKind, StringComparer.Ordinal);
        foreach (var alternative in alternatives)
        {
            Preconditions.CheckArgument(!alternative.HasMeans, nameof(options),
                $"The alternative methodology '{alternative.Id}' takes a weighted mean; the runs sum leaf points, so they need Aggregation.SumOfPoints.");
            Preconditions.CheckArgument(alternative.Leaves.Select(l => l.Code).Order(StringComparer.Ordinal).SequenceEqual(leaves), nameof(options),
                $"The alternative methodology '{alternative.Id}' has other leaves than the scorecards' methodology '{nominal.Id}'.");
            // The units' values were read for the nominal rules: a leaf reading another kind of value could not score them.
            var otherKind = alternative.Leaves.FirstOrDefault(l => l.Rule!.InputKind != kinds[l.Code]);
            Preconditions.CheckArgument(otherKind is null, nameof(options),
                $"The alternative methodology '{alternative.Id}' reads another kind of value at leaf {otherKind?.Code} ({otherKind?.Rule!.InputKind}) than the scorecards' methodology '{nominal.Id}' ({(otherKind is null ? default : kinds[otherKind.Code])}).");
        }
        // Each unit under each methodology, the scorecards' own first; scored once, here.
        Scorecard[][] scored = [cards, .. alternatives.Select(m => cards.Select(c => new Scorer(m, c.Options).Score(c.Indicators)).ToArray())];
        return (cards, new Model(scored, options));
    }

    internal static double Mean(ReadOnlySpan<long> counts, int runs)
    {
        var sum = 0.0;
        for (var r = 0; r < counts.Length; r++)
        {
            sum += (r + 1) * (double)counts[r];
        }
        return sum / runs;
    }

    // The smallest rank whose cumulative count reaches ⌈q × runs⌉.
    internal static int Quantile(ReadOnlySpan<long> counts, int runs, double q)
    {
        var needed = Math.Max(1L, (long)Math.Ceiling(q * runs));
        long cumulative = 0;
        for (var r = 0; r < counts.Length; r++)
        {
            cumulative += counts[r];
            if (cumulative >= needed)
            {
                return r + 1;
            }
        }
        return counts.Length;
    }

    private static long Top(ReadOnlySpan<long> counts, int n)
    {
        long sum = 0;
        for (var r = 0; r < Math.Min(n, counts.Length); r++)
        {
            sum += counts[r];
        }
        return sum;
    }

    /// <summary>The units' leaves as numbers, read once through the scorecards' public view.</summary>
    private sealed class Model
    {
        // scored: each unit under each methodology, the nominal one first; the leaves are the nominal one's, by code.
        internal Model(Scorecard[][] scored, UncertaintyOptions options)
        {
            var cards = scored[0];
            Options = options;
            Rankings = options.Rankings.IsDefaultOrEmpty ? [RankingOptions.Default] : options.Rankings;
            Groups = Rankings[0].Groups?.Groups ?? [];
            var leaves = cards[0].Methodology.Leaves;
            Methodologies = scored.Length;
            Units = cards.Length;
            Leaves = leaves.Length;
            Points = new double[Methodologies * Units * Leaves];
            Maxima = new double[Methodologies * Units * Leaves];
            SurveyPercent = new double[Methodologies * Units * Leaves];
            IsSurvey = new bool[Methodologies * Units * Leaves];
            StandardErrors = new double[Units];
            TieOrder = new int[Units];
            var order = Enumerable.Range(0, Units).OrderBy(u => cards[u].Unit.Name, StringComparer.Ordinal).ThenBy(u => cards[u].Unit.Code, StringComparer.Ordinal).ToArray();
            for (var k = 0; k < order.Length; k++)
            {
                TieOrder[order[k]] = k;
            }
            var errors = options.SurveyStandardErrors.ToDictionary(p => Text.Key(p.Key), p => p.Value, StringComparer.Ordinal); // in the units' codes' normal form
            var surveyLeaves = scored.Select(s => s[0].Methodology.Leaves.Where(x => x.Rule is SurveyPercentageRule).Select(x => x.Code).ToHashSet(StringComparer.Ordinal)).ToArray();
            for (var u = 0; u < Units; u++)
            {
                StandardErrors[u] = (double)(errors.TryGetValue(cards[u].Unit.Code, out var se) ? se : options.SurveyStandardError);
                for (var m = 0; m < Methodologies; m++)
                {
                    for (var l = 0; l < Leaves; l++)
                    {
                        var score = scored[m][u][leaves[l].Code];
                        var i = (((m * Units) + u) * Leaves) + l;
                        Points[i] = (double)score.Points;
                        Maxima[i] = (double)score.MaxPoints;
                        if (score.Explanation is { Status: LeafStatus.Scored, Input: { } input } && surveyLeaves[m].Contains(leaves[l].Code))
                        {
                            IsSurvey[i] = true;
                            SurveyPercent[i] = (double)input.Number;
                        }
                    }
                }
            }
        }

        internal UncertaintyOptions Options { get; }

        internal ImmutableArray<RankingOptions> Rankings { get; }

        internal ImmutableArray<Group> Groups { get; }

        internal int GroupCount => Groups.Length;

        /// <summary>Gets the number of methodologies drawn among: the scorecards' own and the alternatives.</summary>
        internal int Methodologies { get; }

        internal int Units { get; }

        internal int Leaves { get; }

        internal double[] Points { get; }

        internal double[] Maxima { get; }

        internal double[] SurveyPercent { get; }

        internal bool[] IsSurvey { get; }

        internal double[] StandardErrors { get; }

        internal int[] TieOrder { get; }
    }

    /// <summary>One thread's scratch space and counts.</summary>
    private sealed class Worker(Model model)
    {
        private readonly double[] _factors = new double[model.Leaves];
        private readonly Entry[] _entries = new Entry[model.Units];
        private readonly long[][] _bounds = [.. model.Rankings.Select(r => (r.Groups?.Groups ?? []).Select(g => Key((double)g.LowerBound, r.Decimals)).ToArray())];

        internal long[] RankCounts { get; } = new long[model.Units * model.Units];

        internal long[] GroupCounts { get; } = new long[model.Units * Math.Max(1, model.GroupCount)];

        /// <summary>Gets each unit's rank in the last run ranked.</summary>
        internal int[] Ranks { get; } = new int[model.Units];

        /// <summary>Gets each unit's group (its index in the scheme) in the last run ranked, −1 below every group.</summary>
        internal int[] GroupOf { get; } = new int[model.Units];

        /// <summary>One Monte Carlo run: the weights, the survey results and the policy from streams of their own, so
        /// that a sensitivity analysis can vary one source and hold the others (<c>Sensitivity</c>).</summary>
        internal void Run(int run)
        {
            var seed = model.Options.Seed;
            var weights = new SplitMix(seed, run);
            var survey = new SplitMix(seed ^ SurveyStreams, run);
            var policy = model.Rankings.Length == 1 ? 0 : new SplitMix(seed ^ PolicyStreams, run).NextInt(model.Rankings.Length);
            var methodology = model.Methodologies == 1 ? 0 : new SplitMix(seed ^ MethodologyStreams, run).NextInt(model.Methodologies);
            Rank(ref weights, ref survey, policy, methodology);
            for (var u = 0; u < model.Units; u++)
            {
                RankCounts[(u * model.Units) + Ranks[u] - 1]++;
                if (GroupOf[u] >= 0)
                {
                    GroupCounts[(u * model.GroupCount) + GroupOf[u]]++;
                }
            }
        }

        /// <summary>Ranks the units once: each leaf's maximum and points × a factor drawn from <paramref name="weights"/>,
        /// each survey leaf redrawn from <paramref name="survey"/>, scored under methodology number
        /// <paramref name="methodology"/> and ranked under policy number <paramref name="policy"/>; fills
        /// <see cref="Ranks"/> and <see cref="GroupOf"/>.</summary>
        internal void Rank(ref SplitMix weights, ref SplitMix survey, int policy, int methodology)
        {
            var noise = (double)model.Options.MaximaNoise;
            for (var l = 0; l < _factors.Length; l++)
            {
                _factors[l] = noise > 0 ? 1 + (noise * ((2 * weights.NextDouble()) - 1)) : 1;
            }
            var ranking = model.Rankings[policy];
            var leaves = model.Leaves;
            for (var u = 0; u < model.Units; u++)
            {
                double points = 0, max = 0;
                var se = model.StandardErrors[u];
                for (var l = 0; l < leaves; l++)
                {
                    var i = (((methodology * model.Units) + u) * leaves) + l;
                    var f = _factors[l];
                    if (model.IsSurvey[i] && se > 0)
                    {
                        var percent = Math.Clamp(model.SurveyPercent[i] + (se * survey.NextNormal()), 0, 100);
                        points += f * model.Maxima[i] * percent / 100;
                    }
                    else
                    {
                        points += f * model.Points[i];
                    }
                    max += f * model.Maxima[i];
                }
                _entries[u] = new Entry(Key(points / max * 100, ranking.Decimals), model.TieOrder[u], u);
            }
            Array.Sort(_entries);
            var bounds = _bounds[policy];
            var rank = 0;
            for (var position = 0; position < _entries.Length; position++)
            {
                var entry = _entries[position];
                var tied = position > 0 && entry.Key == _entries[position - 1].Key;
                rank = ranking.Ties switch
                {
                    TiePolicy.Ordinal => position + 1,
                    TiePolicy.Dense => tied ? rank : rank + 1,
                    _ => tied ? rank : position + 1,
                };
                Ranks[entry.Unit] = rank;
                GroupOf[entry.Unit] = -1;
                for (var g = 0; g < bounds.Length && g < model.GroupCount; g++)
                {
                    if (entry.Key >= bounds[g])
                    {
                        GroupOf[entry.Unit] = g;
                        break;
                    }
                }
            }
        }

        // 15 significant digits (what a double holds), then the policy's rounding; exact values keep 9 decimals.
        private static long Key(double index, int? decimals)
        {
            var value = (decimal)index;
            return decimals is { } d
                ? (long)(PublishedRounding.Round(value, d) * Pow10(d))
                : (long)Math.Round(value * 1_000_000_000m, MidpointRounding.AwayFromZero);
        }

        private static decimal Pow10(int d)
        {
            var p = 1m;
            for (var i = 0; i < d; i++)
            {
                p *= 10m;
            }
            return p;
        }
    }

    private readonly struct Entry(long key, int tie, int unit) : IComparable<Entry>
    {
        public long Key { get; } = key;

        public int Tie { get; } = tie;

        public int Unit { get; } = unit;

        // Highest key first, ties in name-then-code order, as Ranking orders them.
        public int CompareTo(Entry other) => Key != other.Key ? other.Key.CompareTo(Key) : Tie.CompareTo(other.Tie);
    }
}
