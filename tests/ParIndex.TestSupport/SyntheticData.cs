using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using ParIndex.Methodologies;
using ParIndex.Rankings;
using ParIndex.Rules;
using ParIndex.Scoring;
using static ParIndex.TestSupport.MethodologyBuilder;

namespace ParIndex.TestSupport;

/// <summary>
/// The one generator of synthetic methodologies and indicators, for the benchmarks (seeded, sized like the real index:
/// 8 areas, 104 leaves, 63 provinces) and the property tests (whose FsCheck generators draw their rules and values
/// here). Every built-in rule appears; values suit each rule. Not data: nothing here describes a real index.
/// </summary>
public static class SyntheticData
{
    /// <summary>The assessment year of every unit's indicators.</summary>
    public const int Year = 2023;

    /// <summary>How many kinds of rule <see cref="Rule"/> makes.</summary>
    public const int RuleKinds = 8;

    /// <summary>Gets the benchmarks' methodology, built once.</summary>
    public static Methodology Cached { get; } = Methodology();

    /// <summary>A methodology of <paramref name="areas"/> areas of <paramref name="criteriaPerArea"/> criteria of
    /// <paramref name="leavesPerCriterion"/> leaves (one more in each area's first criterion: 8 × (4 × 3 + 1) = 104), the
    /// rules in turn and maxima from 0.5 to 2.</summary>
    public static Methodology Methodology(int areas = 8, int criteriaPerArea = 4, int leavesPerCriterion = 3)
    {
        var leafNumber = 0;
        var areaList = new List<Area>();
        for (var a = 1; a <= areas; a++)
        {
            var criteria = new List<Criterion>();
            for (var c = 1; c <= criteriaPerArea; c++)
            {
                var leaves = Enumerable.Range(1, leavesPerCriterion + (c == 1 ? 1 : 0)).Select(l =>
                {
                    var max = 0.5m + ((leafNumber % 4) * 0.5m);
                    var rule = Rule(leafNumber++ % RuleKinds, max);
                    return Leaf(Code(a, c, l), max, rule, name: "Tiêu chí thành phần " + Code(a, c, l));
                }).ToArray();
                criteria.Add(Parent(Code(a, c), leaves));
            }
            areaList.Add(Area(Code(a), [.. criteria]));
        }
        return new Methodology("SYNTHETIC", "Synthetic", SubjectKind.Province, AssessmentYears.From(2020), areaList.Sum(a => a.MaxPoints), areaList);
    }

    /// <summary>A rule of kind 0 to <see cref="RuleKinds"/> − 1 for a leaf worth <paramref name="max"/>: percent bands
    /// above <paramref name="high"/> and from <paramref name="low"/>, timeliness, yes/no, three conditions, a ratio, a
    /// deduction, a survey percentage, count bands from <paramref name="countFloor"/> (1 or 3) to 4.</summary>
    public static ScoringRule Rule(int kind, decimal max, int low = 70, int high = 90, int countFloor = 1) => kind switch
    {
        0 => BandRule.ForPercent(Band.Above(high, max), Band.Between(low, high, max / 2m), Band.Below(low, 0m)),
        1 => new TimelinessRule(new AnnualDate(12, 31), -1, max, max / 2m),
        2 => new YesNoRule(max),
        3 => new AllConditionsRule(max, "Điều kiện 1", "Điều kiện 2", "Điều kiện 3"),
        4 => new ProportionalRule(),
        5 => new DeductionRule(max / 4m),
        6 => new SurveyPercentageRule(),
        7 => BandRule.ForCount(Band.AtLeast(4m, max), Band.Between(countFloor, 3m, max / 4m), Band.Below(countFloor, 0m)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a rule kind from 0 to 7"),
    };

    /// <summary>A value the rule reads: a percentage 0–100 in hundredths, a count 0–8, a ratio n/d with n 0–70 and d
    /// 1–60, yes or no, three conditions, or a date from 1 October of the year before for 400 days (one in five not
    /// done); with <paramref name="notApplicable"/>, one value in ten is not applicable instead.</summary>
    public static IndicatorValue Value(ScoringRule rule, Random random, bool notApplicable = false)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(random);
        if (notApplicable && random.Next(10) == 0)
        {
            return IndicatorValue.NotApplicable;
        }
        switch (rule.InputKind)
        {
            case IndicatorKind.Percent:
                return IndicatorValue.Percent(random.Next(0, 10001) / 100m);
            case IndicatorKind.Number:
                return IndicatorValue.Count(random.Next(0, 9));
            case IndicatorKind.Ratio:
                var denominator = random.Next(1, 61);
                return IndicatorValue.Ratio(random.Next(0, 71), denominator);
            case IndicatorKind.Flag:
                return IndicatorValue.Flag(random.Next(2) == 1);
            case IndicatorKind.Conditions:
                return IndicatorValue.Conditions([random.Next(2) == 1, random.Next(2) == 1, random.Next(2) == 1]);
            default:
                return random.Next(5) == 0 ? IndicatorValue.NotCompleted : IndicatorValue.Completed(new LocalDate(Year - 1, 10, 1).PlusDays(random.Next(401)));
        }
    }

    /// <summary>The indicators of <paramref name="count"/> units ("01", "02", …), every leaf reported.</summary>
    public static ReportedIndicators[] Units(Methodology methodology, int count, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        var random = new Random(seed);
        return [.. Enumerable.Range(1, count).Select(u => new ReportedIndicators(
            new AssessedUnit(u.ToString("00", CultureInfo.InvariantCulture), "Tỉnh " + u.ToString("00", CultureInfo.InvariantCulture)),
            Year,
            methodology.Leaves.Select(l => KeyValuePair.Create(l.Code, Value(l.Rule!, random)))))];
    }

    /// <summary>Values of <paramref name="count"/> units to rank, from 70 to 100 in ten-thousandths.</summary>
    public static UnitValue[] Values(int count, int seed = 42)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(1, count).Select(u => new UnitValue(
            new AssessedUnit(u.ToString(CultureInfo.InvariantCulture), "Đơn vị " + random.Next(1000).ToString(CultureInfo.InvariantCulture)),
            70m + (random.Next(0, 300000) / 10000m)))];
    }

    private static string Code(params int[] parts) => string.Join('.', parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
