using System.Threading;
using ParIndex.Analysis;
using ParIndex.Cli.Input;
using ParIndex.Rankings;
using ParIndex.Scoring;
using ParIndex.Utility;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex uncertainty</c>: Monte Carlo rank intervals of scored units — survey leaves redrawn from their
/// standard error, noise on the weights (maxima), a choice among rounding policies — per unit the nominal, mean and
/// median rank, the 5–95 % interval and the probabilities of the top N and of each group. Seeded: the same command gives
/// the same output on any machine and number of threads.</summary>
internal static class UncertaintyCommand
{
    public static Command Create()
    {
        var input = new ScoredInput();
        var year = Options.Year("The assessment year, when the files hold several.");
        var inputs = new Inputs();
        var sensitivity = new Option<int?>("--sensitivity") { Description = "Also measure which source moves the ranks: Sobol first-order and total indices of the mean absolute rank shift, from a design of N base samples (e.g. 1024; N × (sources + 2) rankings)." };
        var command = new Command("uncertainty", "How sure a ranking is: Monte Carlo rank intervals of scored units (survey sampling error, noise on the weights, rounding policies), seeded and reproducible; a progress bar on a terminal.\n" +
            "Examples:\n  parindex uncertainty -m CA-MAU-1880-2013-FRAGMENT -i samples/data/indicators-ca-mau-fragment.csv --weight-noise 25 --runs 10000\n" +
            "  parindex uncertainty -m m.json -i units.csv --survey-se 1.5 --survey-se-of HUE=2.1 --precision exact 2 --seed 7 -f csv")
        {
            input.Methodology, input.Indicators, year, sensitivity,
        };
        inputs.AddTo(command);
        CommandContext.Bind(command, context =>
        {
            var (_, scorecards) = input.Score(context);
            var cards = Options.OfOneYear(scorecards, c => c.Year, context.CheckedYear(year), year.Name);
            var result = inputs.Run(context, cards);
            if (context.Parse.GetValue(sensitivity) is not { } samples)
            {
                context.Write([Table(result)]);
                return ExitCodes.Ok;
            }
            if (samples is < 2 or > 1_000_000)
            {
                throw new CliException("the design needs between 2 and 1,000,000 base samples", sensitivity.Name);
            }
            SobolResult indices;
            try
            {
                indices = RankUncertainty.Sensitivity(cards, result.Options, samples);
            }
            catch (ArgumentException e)
            {
                throw new CliException(CliException.Said(e), sensitivity.Name, e);
            }
            context.Write([Table(result), Sensitivity(indices)]);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Per unit, in nominal rank order: the interval, the mean and median, and the probabilities.</summary>
    internal static ResultTable Table((UncertaintyOptions Options, ImmutableArray<UnitUncertainty> Units) result)
    {
        var options = result.Options;
        var groups = result.Units.IsEmpty ? [] : result.Units[0].GroupProbabilities.Keys.Order(StringComparer.Ordinal).ToArray();
        var top = options.TopN.ToString(CultureInfo.InvariantCulture);
        var rows = result.Units.Select(u => new object?[]
        {
            u.NominalRank, u.Unit.Code, u.Unit.Name, Figures.Index(u.NominalIndex), Math.Round((decimal)u.MeanRank, 2) + 0.00m, u.MedianRank, u.Low, u.High,
            Probability(u.ProbabilityTopN),
        }.Concat(groups.Select(g => (object?)Probability(u.GroupProbabilities[g]))).ToArray());
        var precision = string.Join(" or ", Rankings(options).Select(r => r.Decimals is { } d ? d.ToString(CultureInfo.InvariantCulture) + " decimals" : "exact values"));
        return new ResultTable(
            "uncertainty",
            FormattableString.Invariant($"Rank intervals over {options.Runs} runs (seed {options.Seed})"),
            ["nominal_rank", "code", "unit", "index", "mean_rank", "median_rank", "rank_5", "rank_95", "p_top_" + top, .. groups.Select(g => "p_group_" + g)],
            rows,
            [
                FormattableString.Invariant($"Each run: survey leaves redrawn as result + standard error × a normal draw (kept in [0, 100]; standard error {options.SurveyStandardError} points{PerUnit(options)}); every leaf's maximum and points × a factor uniform in [1 − {options.MaximaNoise}, 1 + {options.MaximaNoise}]{Alternatives(options)}; ranked on {precision}, {Rankings(options)[0].Ties.ToString().ToLowerInvariant()} ties."),
                "rank_5 and rank_95 bound the middle 90 % of the runs' ranks; p_ columns are shares of the runs. The same seed gives the same figures on any number of threads.",
            ]);
    }

    /// <summary>Per source of uncertainty: its first-order and total Sobol indices with their bootstrap intervals.</summary>
    internal static ResultTable Sensitivity(SobolResult result) => new(
        "sensitivity",
        FormattableString.Invariant($"Which source moves the ranks: Sobol indices of the mean absolute rank shift ({result.Evaluations} rankings)"),
        ["source", "first_order", "first_order_low", "first_order_high", "total", "total_low", "total_high"],
        result.Inputs.Select(i => new object?[] { i.Name, Share(i.FirstOrder), Share(i.FirstOrderLow), Share(i.FirstOrderHigh), Share(i.Total), Share(i.TotalLow), Share(i.TotalHigh) }),
        [
            FormattableString.Invariant($"first_order: the share of the shift's variance (mean shift {result.Mean:0.###}, variance {result.Variance:0.###}) the source explains alone; total: with its interactions. Saltelli et al. 2010 (first order) and Jansen 1999 (total) estimators; 95 % percentile bootstrap intervals."),
        ]);

    private static decimal Share(double value) => Math.Round((decimal)value, 4);

    private static ImmutableArray<RankingOptions> Rankings(UncertaintyOptions options) => options.Rankings.IsDefaultOrEmpty ? [RankingOptions.Default] : options.Rankings;

    private static string PerUnit(UncertaintyOptions options) => options.SurveyStandardErrors.IsEmpty
        ? string.Empty
        : "; " + string.Join(", ", options.SurveyStandardErrors.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => FormattableString.Invariant($"{p.Key} {p.Value}")));

    private static string Alternatives(UncertaintyOptions options) => options.Methodologies.IsEmpty
        ? string.Empty
        : "; scored under the scorecards' methodology or " + string.Join(" or ", options.Methodologies.Select(m => m.Id)) + ", drawn with equal probability";

    private static decimal Probability(double share) => Math.Round((decimal)share, 4);

    /// <summary>The options of a Monte Carlo run, shared by <c>uncertainty</c> and <c>report</c>.</summary>
    internal sealed class Inputs
    {
        public Option<int?> Runs { get; } = new("--runs") { Description = "Monte Carlo runs (default 1000)." };

        public Option<ulong?> Seed { get; } = new("--seed") { Description = "The seed (default 2017): the same seed gives the same output." };

        public Option<decimal?> SurveyError { get; } = new("--survey-se") { Description = "Standard error, in percentage points, of every unit's survey results (survey-percentage leaves); default 0." };

        public Option<string[]> SurveyErrorOf { get; } = new("--survey-se-of") { Description = "A unit's own survey standard error, CODE=SE (e.g. HUE=2.1).", AllowMultipleArgumentsPerToken = true };

        public Option<decimal?> WeightNoise { get; } = new("--weight-noise") { Description = "Noise on the weights (leaf maxima), ± this many percent (e.g. 25); default 0." };

        public Option<string[]> Precision { get; } = new("--precision") { Description = "Rank on exact values or values rounded to N decimals; several (exact 2) make each run draw one, the first ranks nominally. Default exact.", AllowMultipleArgumentsPerToken = true };

        public Option<string[]> Alternative { get; } = new("--alternative") { Description = "An alternative methodology (a JSON file or an embedded id) with the same leaves, e.g. a band threshold moved; each run scores under --methodology or one of these, drawn with equal probability. Repeatable.", AllowMultipleArgumentsPerToken = true };

        public Option<int?> Top { get; } = new("--top") { Description = "N of the probability of the top N (default 10)." };

        public Option<int?> Threads { get; } = new("--threads") { Description = "The most threads (default: all processors); the output does not depend on it." };

        public Option<TiePolicy> Ties { get; } = Options.Ties();

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { Runs, Seed, SurveyError, SurveyErrorOf, WeightNoise, Alternative, Precision, Top, Threads, Ties })
            {
                command.Options.Add(option);
            }
        }

        /// <summary>Reads the options; every value out of range is bad usage naming its option.</summary>
        public UncertaintyOptions Read(CommandContext context)
        {
            var parse = context.Parse;
            var runs = parse.GetValue(Runs) ?? UncertaintyOptions.Default.Runs;
            Check(runs is >= 1 and <= 10_000_000, Runs.Name, "runs must be between 1 and 10,000,000");
            var noise = parse.GetValue(WeightNoise) ?? 0m;
            Check(noise is >= 0m and < 100m, WeightNoise.Name, "the noise must be a percentage in [0, 100), e.g. 25");
            var error = parse.GetValue(SurveyError) ?? 0m;
            Check(error >= 0m, SurveyError.Name, "a standard error cannot be negative");
            var top = parse.GetValue(Top) ?? UncertaintyOptions.Default.TopN;
            Check(top >= 1, Top.Name, "N must be at least 1");
            var threads = parse.GetValue(Threads);
            Check(threads is null or >= 1, Threads.Name, "at least one thread");
            var ties = parse.GetValue(Ties);
            return new UncertaintyOptions
            {
                Runs = runs,
                Seed = parse.GetValue(Seed) ?? UncertaintyOptions.Default.Seed,
                SurveyStandardError = error,
                SurveyStandardErrors = UnitKeys(Options.CodeNumbers(parse.GetValue(SurveyErrorOf) ?? [], SurveyErrorOf.Name, "CODE=SE with a standard error of 0 or more such as HUE=2.1", se => se >= 0m)),
                MaximaNoise = noise / 100m,
                Methodologies = [.. (parse.GetValue(Alternative) ?? []).Select(a => MethodologySource.Load(a, Alternative.Name))],
                Rankings = parse.GetValue(Precision) is { Length: > 0 } precisions
                    ? [.. precisions.Select(p => new RankingOptions { Ties = ties, Decimals = Options.Precision(p, Precision.Name) })]
                    : [new RankingOptions { Ties = ties }],
                TopN = top,
                MaxThreads = threads,
            };
        }

        /// <summary>Reads the options and runs the analysis, with a progress bar on a terminal.</summary>
        public (UncertaintyOptions Options, ImmutableArray<UnitUncertainty> Units) Run(CommandContext context, IReadOnlyList<Scorecard> scorecards)
        {
            var options = Read(context);
            // A mistyped code would otherwise be refused by the library as a fault of the options as a whole.
            var unknown = options.SurveyStandardErrors.Keys.Where(code => !scorecards.Any(c => c.Unit.Code == code)).Order(StringComparer.Ordinal).ToArray();
            Check(unknown.Length == 0, SurveyErrorOf.Name, $"no unit {string.Join(", ", unknown.Select(CellText.Quote))} among the scored units ({string.Join(", ", scorecards.Select(c => c.Unit.Code).Take(10))}{(scorecards.Count > 10 ? ", …" : string.Empty)})");
            var done = 0L;
            var units = ImmutableArray<UnitUncertainty>.Empty;
            TerminalProgress.Run(
                context.Error,
                "Monte Carlo runs",
                options.Runs,
                () => Interlocked.Read(ref done),
                () => units = Analyse(scorecards, options, new Progress(count => Interlocked.Exchange(ref done, count))));
            return (options, units);
        }

        /// <summary>Runs the analysis; an alternative methodology that does not fit (other leaves, a weighted mean) is bad
        /// usage of <see cref="Alternative"/>, a methodology taking a weighted mean bad usage of --methodology, the other
        /// options having been checked as they were read.</summary>
        private ImmutableArray<UnitUncertainty> Analyse(IReadOnlyList<Scorecard> scorecards, UncertaintyOptions options, IProgress<int> progress)
        {
            try
            {
                return RankUncertainty.Run(scorecards, options, progress);
            }
            catch (ArgumentException e) when (e.ParamName == "options" && !options.Methodologies.IsEmpty)
            {
                throw new CliException(CliException.Said(e), Alternative.Name, e);
            }
            catch (ArgumentException e) when (e.ParamName == "scorecards")
            {
                // A methodology the runs cannot take (a weighted mean) is the user's choice of --methodology, not a fault here.
                throw new CliException(CliException.Said(e), "--methodology", e);
            }
        }

        /// <summary>The codes in the form a unit's code is stored in (<see cref="AssessedUnit.Code"/>: trimmed, without
        /// zero-width characters, in NFC), so that a code pasted with a zero-width space or typed in NFD names its unit;
        /// two codes that differ only in what a person cannot see are refused, naming both.</summary>
        private ImmutableDictionary<string, decimal> UnitKeys(ImmutableDictionary<string, decimal> byCode)
        {
            var keyed = new Dictionary<string, (string Given, decimal Value)>(StringComparer.Ordinal);
            foreach (var (code, value) in byCode.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var key = code.Length == 0 ? code : new AssessedUnit(code, code).Code;
                Check(keyed.TryAdd(key, (code, value)), SurveyErrorOf.Name,
                    $"{CellText.Quote(keyed.GetValueOrDefault(key).Given)} and {CellText.Quote(code)} differ only in invisible characters or Unicode form, and name one unit {CellText.Quote(key)}");
            }
            return keyed.ToImmutableDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal);
        }

        private static void Check(bool condition, string option, string message)
        {
            if (!condition)
            {
                throw new CliException(message, option);
            }
        }
    }

    /// <summary>Passes the count of runs done on at once, on the reporting thread (<see cref="Progress{T}"/> would post it later).</summary>
    internal sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
