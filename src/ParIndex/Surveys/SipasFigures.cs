using ParIndex.Geography;

namespace ParIndex.Surveys;

/// <summary>
/// Turns a tally's counts into figures: questions' shares, then elements, the service and policy indices and the overall
/// index, per province and nationally (pooled respondents and mean of provinces), with their intervals.
/// </summary>
/// <remarks>
/// Figures are laid out in one vector per unit: the questions, then the elements, then service, policy and overall.
/// Every combined figure lists its children (earlier in the vector) and its formula, so that one loop computes the
/// point estimates and every bootstrap replicate alike. Missing figures are NaN. Works in double from sums of weights held
/// exactly (<see cref="WeightSums"/>), so that no figure depends on the order of the respondents; figures are converted
/// to decimal in <see cref="SurveyFigure"/>.
/// </remarks>
internal sealed class SipasFigures
{
    internal const int Slots = AnswerScale.DontKnowCode + 2;

    private readonly SurveyInstrument _instrument;
    private readonly SipasOptions _options;
    private readonly int _items;
    private readonly int _figures;
    private readonly bool[] _isSatisfaction;
    private readonly int[][] _children;
    private readonly int[][] _itemsBehind;
    private readonly SipasFormula?[] _formulas;
    private readonly double _z;
    private readonly double[] _scratch;

    internal SipasFigures(SurveyInstrument instrument, SipasOptions options)
    {
        _instrument = instrument;
        _options = options;
        _items = instrument.Questions.Length;
        var elements = instrument.Elements.Length;
        _figures = _items + elements + 3;
        _isSatisfaction = [.. instrument.Questions.Select(q => q.Scale.IsSatisfaction)];
        int Service() => _items + elements;
        _children = new int[_figures][];
        _formulas = new SipasFormula?[_figures];
        var element = 0;
        var first = 0;
        foreach (var e in instrument.Elements)
        {
            _children[_items + element] = [.. Enumerable.Range(first, e.Questions.Length).Where(i => _isSatisfaction[i])];
            _formulas[_items + element] = options.ItemFormula;
            first += e.Questions.Length;
            element++;
        }
        int[] ElementsOf(SurveyPart part) => [.. Enumerable.Range(0, elements).Where(e => instrument.Elements[e].Part == part).Select(e => _items + e)];
        _children[Service()] = ElementsOf(SurveyPart.ServiceDelivery);
        _children[Service() + 1] = ElementsOf(SurveyPart.PublicPolicy);
        _children[Service() + 2] = [Service(), Service() + 1];
        _formulas[Service()] = _formulas[Service() + 1] = options.ElementFormula;
        _formulas[Service() + 2] = options.PartFormula;
        _itemsBehind = new int[_figures][];
        for (var f = 0; f < _figures; f++)
        {
            _itemsBehind[f] = f < _items ? [f] : [.. _children[f].SelectMany(c => _itemsBehind[c]).Distinct()];
        }
        _z = Statistics.Z(options.ConfidenceLevel);
        _scratch = new double[Math.Max(2, _children.Max(c => c?.Length ?? 0))];
    }

    private int Service => _figures - 3;

    internal SipasResult Compute(IReadOnlyList<ProvinceInput> provinces, IReadOnlyList<ProvinceInput> groups, SurveyInputReport report)
    {
        var replicates = _options.BootstrapReplicates;
        var pooled = new ProvinceInput(null, null, 0, new long[_items * Slots], _options.IsWeighted ? new WeightSums(_items) : null, []);
        var pooledSatisfied = new double[replicates * _items];
        var pooledValid = new double[replicates * _items];
        var meanSum = new double[_figures];
        var meanCount = new int[_figures];
        var replicateMeanSum = new double[replicates * _figures];
        var replicateMeanCount = new int[replicates * _figures];

        var profiles = new List<SatisfactionProfile>(provinces.Count);
        foreach (var province in provinces)
        {
            var point = Point(province);
            var se = Bootstrap(province, point, pooledSatisfied, pooledValid, replicateMeanSum, replicateMeanCount);
            profiles.Add(Profile(province, province.Province!.Name, point, se, wilson: true));
            pooled.Add(province);
            for (var f = 0; f < _figures; f++)
            {
                if (!double.IsNaN(point[f]))
                {
                    meanSum[f] += point[f];
                    meanCount[f]++;
                }
            }
        }

        var pooledPoint = Point(pooled);
        var pooledSe = StandardErrors(pooledPoint, (b, rep) =>
        {
            for (var i = 0; i < _items; i++)
            {
                var valid = pooledValid[(b * _items) + i];
                rep[i] = _isSatisfaction[i] && valid > 0 ? 100 * pooledSatisfied[(b * _items) + i] / valid : pooledPoint[i];
            }
            Compose(rep);
        });

        var meanPoint = new double[_figures];
        for (var f = 0; f < _figures; f++)
        {
            meanPoint[f] = meanCount[f] > 0 ? meanSum[f] / meanCount[f] : double.NaN;
        }
        var meanSe = StandardErrors(meanPoint, (b, rep) =>
        {
            for (var f = 0; f < _figures; f++)
            {
                var k = (b * _figures) + f;
                rep[f] = replicateMeanCount[k] > 0 ? replicateMeanSum[k] / replicateMeanCount[k] : double.NaN;
            }
        });

        var groupProfiles = groups.Select(g =>
        {
            var point = Point(g);
            return Profile(g, "group " + g.Group, point, Bootstrap(g, point, null, null, null, null), wilson: true);
        });
        return new SipasResult
        {
            Instrument = _instrument,
            Options = _options,
            Provinces = [.. profiles],
            Topics = [.. groupProfiles],
            NationalPooled = Profile(pooled, "national, pooled respondents", pooledPoint, pooledSe, wilson: true),
            NationalMeanOfProvinces = Profile(pooled, "national, mean of provinces", meanPoint, meanSe, wilson: false),
            Input = report,
        };
    }

    /// <summary>The point estimates: each satisfaction question's share from the (weighted) counts, then the combined figures.</summary>
    private double[] Point(ProvinceInput input)
    {
        var point = new double[_figures];
        for (var i = 0; i < _items; i++)
        {
            var (satisfied, valid, _) = Sums(input, i);
            point[i] = _isSatisfaction[i] && valid > 0 ? 100 * satisfied / valid : double.NaN;
        }
        return Compose(point);
    }

    /// <summary>A question's sums of weights: of its satisfied and its valid answers, and of the valid answers' squared
    /// weights. Unweighted, each answer weighs 1: all three are counts.</summary>
    private (double Satisfied, double Valid, double Squared) Sums(ProvinceInput input, int item)
    {
        if (input.Weights is { } weights)
        {
            return weights.Of(item);
        }
        double satisfied = 0, valid = 0;
        foreach (var code in _options.ValidCodes)
        {
            double count = input.Counts[(item * Slots) + code];
            valid += count;
            satisfied += _options.SatisfiedCodes.Contains(code) ? count : 0;
        }
        return (satisfied, valid, valid);
    }

    /// <summary>Fills the combined figures from the questions' shares (in place) and returns the vector.</summary>
    private double[] Compose(double[] figures)
    {
        for (var f = _items; f < _figures; f++)
        {
            var n = 0;
            foreach (var child in _children[f])
            {
                if (!double.IsNaN(figures[child]))
                {
                    _scratch[n++] = figures[child];
                }
            }
            figures[f] = n == 0 ? double.NaN : Apply(_formulas[f], _scratch.AsSpan(0, n));
        }
        return figures;
    }

    private static double Apply(SipasFormula? formula, ReadOnlySpan<double> values)
    {
        if (formula is null)
        {
            var sum = 0.0;
            foreach (var v in values)
            {
                sum += v;
            }
            return sum / values.Length;
        }
        var result = formula(values);
        return result is >= 0 and <= 100 ? result
            : throw new InvalidOperationException(Utility.Invariant.Format($"A SIPAS formula returned {result}, outside [0, 100]."));
    }

    /// <summary>One province's bootstrap: resample its blocks of respondents, recompute every figure, and add the
    /// replicate to the national accumulators (pooled sums, and the provinces' figures for the mean of provinces).</summary>
    private double[]? Bootstrap(ProvinceInput province, double[] point, double[]? pooledSatisfied, double[]? pooledValid, double[]? meanSum, int[]? meanCount)
    {
        var groups = _options.BootstrapBlocks;
        var random = new Random(Statistics.StableSeed(_options.Seed, StreamName(province.Province, province.Group)));
        var multiplicity = new int[groups];
        var satisfied = new double[_items];
        var valid = new double[_items];
        return StandardErrors(point, (b, rep) =>
        {
            Array.Clear(multiplicity);
            for (var k = 0; k < groups; k++)
            {
                multiplicity[random.Next(groups)]++;
            }
            Array.Clear(satisfied);
            Array.Clear(valid);
            for (var g = 0; g < groups; g++)
            {
                if (multiplicity[g] == 0)
                {
                    continue;
                }
                double m = multiplicity[g];
                var cells = province.BootstrapCells.AsSpan(g * _items * 3, _items * 3);
                for (var i = 0; i < _items; i++)
                {
                    satisfied[i] += m * cells[(i * 3) + 2];
                    valid[i] += m * (cells[(i * 3) + 1] + cells[(i * 3) + 2]);
                }
            }
            for (var i = 0; i < _items; i++)
            {
                rep[i] = _isSatisfaction[i] && valid[i] > 0 ? 100 * satisfied[i] / valid[i] : point[i];
                if (pooledSatisfied is not null)
                {
                    pooledSatisfied[(b * _items) + i] += satisfied[i];
                    pooledValid![(b * _items) + i] += valid[i];
                }
            }
            Compose(rep);
            for (var f = 0; f < _figures && meanSum is not null; f++)
            {
                if (!double.IsNaN(point[f]))
                {
                    meanSum[(b * _figures) + f] += rep[f];
                    meanCount![(b * _figures) + f]++;
                }
            }
        });
    }

    /// <summary>The standard error of every figure over the replicates <paramref name="replicate"/> fills in (replicate
    /// number, figures); <see langword="null"/> when the bootstrap is off.</summary>
    /// <remarks>A replicate has exactly the figures its estimate has: a question without valid answers in a replicate
    /// takes its estimate, and a combined figure is missing only when all its children are.</remarks>
    private double[]? StandardErrors(double[] point, Action<int, double[]> replicate)
    {
        var replicates = _options.BootstrapReplicates;
        if (replicates == 0)
        {
            return null;
        }
        var sum = new double[_figures];
        var sumOfSquares = new double[_figures];
        var first = new double[_figures];
        var varies = new bool[_figures];
        var rep = new double[_figures];
        for (var b = 0; b < replicates; b++)
        {
            replicate(b, rep);
            for (var f = 0; f < _figures; f++)
            {
                var x = rep[f];
                sum[f] += x;
                sumOfSquares[f] += x * x;
                if (b == 0)
                {
                    first[f] = x;
                }
                else if (x != first[f])
                {
                    varies[f] = true;
                }
            }
        }
        var se = new double[_figures];
        for (var f = 0; f < _figures; f++)
        {
            // Exactly 0 when every replicate is equal (rounding must not fake a width): Interval then falls back.
            se[f] = varies[f] ? Statistics.StandardDeviation(sum[f], sumOfSquares[f], replicates) : 0;
        }
        return se;
    }

    private SatisfactionProfile Profile(ProvinceInput input, string scope, double[] point, double[]? se, bool wilson)
    {
        var minimum = _options.MinimumAnswers;
        var validCounts = new long[_items];
        var effective = new double[_items]; // Kish's effective number of answers (the count when unweighted)
        var items = ImmutableArray.CreateBuilder<ItemSatisfaction>(_items);
        for (var i = 0; i < _items; i++)
        {
            var question = _instrument.Questions[i];
            var counts = ImmutableArray.Create(input.Counts, i * Slots, Slots);
            long valid = 0, satisfied = 0;
            if (question.Scale.IsSatisfaction)
            {
                foreach (var code in _options.ValidCodes)
                {
                    valid += counts[code];
                    satisfied += _options.SatisfiedCodes.Contains(code) ? counts[code] : 0;
                }
            }
            else
            {
                for (var code = 1; code <= question.Scale.MaxCode; code++)
                {
                    valid += counts[code];
                }
            }
            validCounts[i] = valid;
            SurveyFigure? figure = null;
            if (!double.IsNaN(point[i]))
            {
                var (weightSatisfied, weightValid, squaredValid) = Sums(input, i);
                effective[i] = weightValid * weightValid / squaredValid;
                if (wilson)
                {
                    var (lower, upper) = Statistics.Wilson(weightSatisfied / weightValid, effective[i], _z);
                    figure = new SurveyFigure(point[i], 100 * lower, 100 * upper, IntervalMethod.Wilson, valid, valid < minimum, _options.IsWeighted ? effective[i] : null);
                }
                else
                {
                    figure = Interval(point[i], se, i, valid, valid < minimum, null);
                }
            }
            items.Add(new ItemSatisfaction { Question = question, Counts = counts, Valid = valid, Satisfied = satisfied, Figure = figure });
        }

        SurveyFigure? Combined(int f)
        {
            if (double.IsNaN(point[f]))
            {
                return null;
            }
            var behind = _itemsBehind[f].Where(i => !double.IsNaN(point[i])).ToList();
            return Interval(point[f], se, f, behind.Sum(i => validCounts[i]), behind.Any(i => validCounts[i] < minimum), wilson ? behind.Min(i => effective[i]) : null);
        }
        return new SatisfactionProfile
        {
            Province = input.Province,
            Topic = input.Group,
            Scope = scope,
            Respondents = input.Respondents,
            Items = items.MoveToImmutable(),
            Elements = [.. _instrument.Elements.Select((e, k) => new ElementSatisfaction(e, Combined(_items + k)))],
            Service = Combined(Service),
            Policy = Combined(Service + 1),
            Overall = Combined(Service + 2),
        };
    }

    /// <summary>The name a unit's random streams are derived from (with the seed): a province by list and code, a
    /// service or policy group by its name. Never a position in the input.</summary>
    internal static string StreamName(Province? province, string? group) =>
        province is { } p ? Utility.Invariant.Format($"{(int)p.List}:{p.Code}") : "group:" + group;

    /// <summary>A combined figure's interval: the bootstrap's, unless every replicate was equal (a zero width that would
    /// read as certainty): then Wilson's at 0 % or 100 % on <paramref name="effectiveAnswers"/> (a sample of respondents
    /// only), otherwise none, said so.</summary>
    private SurveyFigure Interval(double value, double[]? se, int f, long answers, bool belowMinimum, double? effectiveAnswers)
    {
        if (se is null)
        {
            return new SurveyFigure(value, null, null, IntervalMethod.None, answers, belowMinimum);
        }
        if (se[f] > 0)
        {
            return new SurveyFigure(value, Math.Max(0, value - (_z * se[f])), Math.Min(100, value + (_z * se[f])), IntervalMethod.Bootstrap, answers, belowMinimum);
        }
        if (value is 0 or 100 && effectiveAnswers is { } n and > 0)
        {
            var (lower, upper) = Statistics.Wilson(value / 100, n, _z);
            return new SurveyFigure(value, 100 * lower, 100 * upper, IntervalMethod.WilsonAtBoundary, answers, belowMinimum, _options.IsWeighted ? n : null);
        }
        return new SurveyFigure(value, null, null, IntervalMethod.NotEstimable, answers, belowMinimum);
    }

    /// <summary>One province's or one service or policy group's counts, as the tally keeps them; also the national sums
    /// (no province, no group, no bootstrap cells).</summary>
    internal sealed record ProvinceInput(Province? Province, string? Group, long Respondents, long[] Counts, WeightSums? Weights, double[] BootstrapCells)
    {
        public long Respondents { get; private set; } = Respondents;

        internal void Add(ProvinceInput other)
        {
            Respondents += other.Respondents;
            for (var k = 0; k < Counts.Length; k++)
            {
                Counts[k] += other.Counts[k];
            }
            Weights?.Add(other.Weights!);
        }
    }
}
