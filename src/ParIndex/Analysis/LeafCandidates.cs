using ParIndex.Methodologies;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Analysis;

/// <summary>
/// The better outcomes a scored leaf can reach by changing its input alone: discrete ones (bands, timeliness, yes/no,
/// all conditions, deductions) as a list, continuous ones (proportional, survey share) as a function of the gain.
/// Every input is checked by scoring it with the leaf's own rule (<see cref="ScoringRule.Evaluate"/>).
/// </summary>
internal sealed class LeafCandidates
{
    private const decimal Resolution = 0.0000000001m; // the scorer keeps points to 10 decimals

    private readonly ScoringRule _rule;
    private readonly IndicatorValue _input;
    private readonly RuleContext _context;

    private LeafCandidates(Criterion leaf, IndicatorValue input, decimal points, decimal maxPoints, int year, decimal costPerPoint)
    {
        Leaf = leaf;
        _rule = leaf.Rule!;
        _input = input;
        Points = points;
        _context = new RuleContext(maxPoints, year);
        CostPerPoint = costPerPoint;
        Discrete = DiscreteOptions();
        ContinuousCap = _rule is ProportionalRule or SurveyPercentageRule ? maxPoints - points : 0m;
    }

    internal Criterion Leaf { get; }

    internal decimal Points { get; }

    internal decimal CostPerPoint { get; }

    /// <summary>Reachable better outcomes, nearest input first, one per number of points.</summary>
    internal List<LeafChange> Discrete { get; }

    /// <summary>The most a continuous rule can gain; 0 for the discrete rules.</summary>
    internal decimal ContinuousCap { get; }

    internal bool IsContinuous => ContinuousCap > 0m;

    internal static LeafCandidates Create(Criterion leaf, IndicatorValue input, decimal points, decimal maxPoints, int year, decimal costPerPoint) =>
        new(leaf, input, points, maxPoints, year, costPerPoint);

    /// <summary>The least change that gains at least <paramref name="gain"/> points, or null when none does.</summary>
    internal LeafChange? Closing(decimal gain)
    {
        if (IsContinuous)
        {
            return gain <= ContinuousCap ? Continuous(gain) : null;
        }
        LeafChange? best = null;
        foreach (var option in Discrete)
        {
            if (option.Gain >= gain && (best is null || option.Gain < best.Gain))
            {
                best = option;
            }
        }
        return best;
    }

    /// <summary>The least input of a continuous rule that gains at least <paramref name="gain"/> (≤ the cap): the exact
    /// share or numerator (a whole numerator rounded up, other values up to 10 decimals), not a value a hair lower that
    /// only the scorer's rounding to 10 decimals would lift to the same points.</summary>
    internal LeafChange Continuous(decimal gain)
    {
        var target = Points + gain;
        var max = _context.MaxPoints;
        if (_rule is SurveyPercentageRule)
        {
            // Multiplied before dividing: an exact share stays exact (3.25 ÷ 3.5 × 56 is a hair above 52 in decimal,
            // 3.25 × 56 ÷ 3.5 is 52), and a ceiling never lifts it a step.
            var percent = Math.Min(100m, CeilingToResolution(target * 100m / max));
            while (Score(IndicatorValue.Percent(percent)) < target && percent < 100m)
            {
                percent = Math.Min(100m, percent + Resolution);
            }
            return Change(IndicatorValue.Percent(percent));
        }
        // Proportional: a whole numerator stays whole (dossiers are counted), otherwise to 10 decimals.
        var denominator = _input.Denominator;
        var whole = _input.Number == decimal.Truncate(_input.Number) && denominator == decimal.Truncate(denominator);
        var step = whole ? 1m : Resolution;
        var numerator = target * denominator / max;
        // The search below goes up from here, so a whole count starts one under the ceiling: the target is a sum of
        // points kept to 10 decimals, whose inverse may lie a hair above a count that reaches it (1.5 × 56/58 is kept as
        // 1.4482758621, which asks for 56.0000000012 of 58). A share a hair lower is not offered: only the scorer's
        // rounding would lift it to the same points.
        numerator = whole ? Math.Ceiling(numerator) - 1m : CeilingToResolution(numerator);
        numerator = Math.Min(numerator, Math.Max(denominator, _input.Number));
        while (Score(IndicatorValue.Ratio(numerator, denominator)) < target)
        {
            numerator += step;
        }
        return Change(IndicatorValue.Ratio(numerator, denominator));
    }

    private List<LeafChange> DiscreteOptions()
    {
        var inputs = _rule switch
        {
            BandRule bands => BandInputs(bands),
            TimelinessRule timeliness => [IndicatorValue.Completed(timeliness.DueDate(_context.AssessmentYear).PlusDays(1)), IndicatorValue.Completed(timeliness.DueDate(_context.AssessmentYear))],
            YesNoRule => [IndicatorValue.Flag(true)],
            AllConditionsRule all => [IndicatorValue.Conditions(Enumerable.Repeat(true, all.Conditions.Length))],
            DeductionRule deduction => DeductionInputs(deduction),
            _ => [],
        };
        var options = new List<LeafChange>();
        foreach (var input in inputs)
        {
            var change = Change(input);
            if (change.Gain > 0m && options.TrueForAll(o => o.Points != change.Points))
            {
                options.Add(change);
            }
        }
        return options;
    }

    // For each band, the value in it nearest to the current input; nearer bands first.
    private IEnumerable<IndicatorValue> BandInputs(BandRule rule)
    {
        var current = _input.Number;
        var count = rule.InputKind == IndicatorKind.Number;
        var epsilon = count ? 1m : Epsilon(current, rule.Bands);
        var candidates = new List<decimal>();
        foreach (var band in rule.Bands)
        {
            if (band.Points <= Points)
            {
                continue;
            }
            decimal? low = band.Lower is { } l ? (band.LowerInclusive ? (count ? Math.Ceiling(l) : l) : (count ? Math.Floor(l) + 1m : l + epsilon)) : null;
            decimal? high = band.Upper is { } u ? (band.UpperInclusive ? (count ? Math.Floor(u) : u) : (count ? Math.Ceiling(u) - 1m : u - epsilon)) : null;
            var floor = 0m;
            var ceiling = count ? decimal.MaxValue : 100m;
            var lowest = Math.Max(floor, low ?? floor);
            var highest = Math.Min(ceiling, high ?? ceiling);
            if (lowest > highest)
            {
                continue;
            }
            candidates.Add(current < lowest ? lowest : current > highest ? highest : current);
        }
        return candidates.OrderBy(c => Math.Abs(c - current)).Select(c => count ? IndicatorValue.Count(c) : IndicatorValue.Percent(c));
    }

    // The step next to an exclusive bound: one unit of the finest decimal written, at least hundredths.
    private static decimal Epsilon(decimal current, IEnumerable<Band> bands)
    {
        var scale = Math.Max(2, (int)current.Scale);
        foreach (var band in bands)
        {
            scale = Math.Max(scale, Math.Max(band.Lower?.Scale ?? 0, band.Upper?.Scale ?? 0));
        }
        return PublishedRounding.LastPlace(scale);
    }

    private IEnumerable<IndicatorValue> DeductionInputs(DeductionRule rule)
    {
        // Fewer occurrences, down to the count at which nothing is deducted any more.
        var occurrences = _input.Number;
        var floorAt = Math.Ceiling((_context.MaxPoints - rule.Floor) / rule.PointsPerOccurrence);
        for (var c = Math.Min(occurrences - 1m, floorAt); c >= 0m; c--)
        {
            yield return IndicatorValue.Count(c);
        }
    }

    private LeafChange Change(IndicatorValue input)
    {
        var points = Score(input);
        var gain = points - Points;
        return new LeafChange { Code = Leaf.Code, Input = input, Points = points, Gain = gain, Cost = gain * CostPerPoint };
    }

    private decimal Score(IndicatorValue input) => _rule.Evaluate(input, _context).Points;

    private static decimal CeilingToResolution(decimal value) => Math.Ceiling(value / Resolution) * Resolution;
}
