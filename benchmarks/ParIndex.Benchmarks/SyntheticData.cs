using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using ParIndex.Methodologies;
using ParIndex.Rankings;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Benchmarks;

/// <summary>Seeded synthetic inputs sized like the real index: 8 areas, 104 leaves, 63 provinces.</summary>
internal static class SyntheticData
{
    public const int Year = 2023;

    public static Methodology Cached { get; } = Methodology();

    public static Methodology Methodology(int areas = 8, int criteriaPerArea = 4, int leavesPerCriterion = 3)
    {
        var rules = new Func<decimal, ScoringRule>[]
        {
            max => BandRule.ForPercent(Band.Above(90m, max), Band.Between(70m, 90m, max / 2m), Band.Below(70m, 0m)),
            max => new TimelinessRule(new AnnualDate(12, 31), -1, max, max / 2m),
            max => new YesNoRule(max),
            max => new AllConditionsRule(max, "a", "b"),
            _ => new ProportionalRule(),
            max => new DeductionRule(max / 4m),
            _ => new SurveyPercentageRule(),
            max => BandRule.ForCount(Band.AtLeast(4m, max), Band.Between(1m, 3m, max / 2m), Band.Below(1m, 0m)),
        };
        var leafNumber = 0;
        var areaList = new List<Area>();
        for (var a = 1; a <= areas; a++)
        {
            var criteria = new List<Criterion>();
            for (var c = 1; c <= criteriaPerArea; c++)
            {
                // One extra leaf in the first criterion of each area: 8 × (4 × 3 + 1) = 104 leaves.
                var leaves = Enumerable.Range(1, leavesPerCriterion + (c == 1 ? 1 : 0)).Select(l =>
                {
                    var max = 0.5m + ((leafNumber % 4) * 0.5m);
                    var rule = rules[leafNumber++ % rules.Length](max);
                    return new Criterion { Code = Code(a, c, l), Name = "Tiêu chí thành phần " + Code(a, c, l), MaxPoints = max, Rule = rule };
                }).ToList();
                criteria.Add(new Criterion { Code = Code(a, c), Name = "Tiêu chí " + Code(a, c), MaxPoints = leaves.Sum(l => l.MaxPoints), SubCriteria = [.. leaves] });
            }
            areaList.Add(new Area { Code = Code(a), Name = "Lĩnh vực " + a, MaxPoints = criteria.Sum(c => c.MaxPoints), Criteria = [.. criteria] });
        }
        return new Methodology("SYNTHETIC", "Synthetic", SubjectKind.Province, AssessmentYears.From(2020), areaList.Sum(a => a.MaxPoints), areaList);
    }

    public static ReportedIndicators[] Units(Methodology methodology, int count, int seed = 42)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(1, count).Select(u => new ReportedIndicators(
            new AssessedUnit(u.ToString("00", CultureInfo.InvariantCulture), "Tỉnh " + u.ToString("00", CultureInfo.InvariantCulture)),
            Year,
            methodology.Leaves.Select(l => KeyValuePair.Create(l.Code, Value(l.Rule!, random)))))];
    }

    public static UnitValue[] Values(int count, int seed = 42)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(1, count).Select(u => new UnitValue(
            new AssessedUnit(u.ToString(CultureInfo.InvariantCulture), "Đơn vị " + random.Next(1000).ToString(CultureInfo.InvariantCulture)),
            70m + (random.Next(0, 300000) / 10000m)))];
    }

    private static IndicatorValue Value(ScoringRule rule, Random random) => rule.InputKind switch
    {
        IndicatorKind.Percent => IndicatorValue.Percent(random.Next(0, 10001) / 100m),
        IndicatorKind.Number => IndicatorValue.Count(random.Next(0, 8)),
        IndicatorKind.Ratio => IndicatorValue.Ratio(random.Next(0, 50), random.Next(1, 50)),
        IndicatorKind.Flag => IndicatorValue.Flag(random.Next(2) == 1),
        IndicatorKind.Conditions => IndicatorValue.Conditions([random.Next(2) == 1, random.Next(4) > 0]),
        _ => random.Next(5) == 0 ? IndicatorValue.NotCompleted : IndicatorValue.Completed(new LocalDate(Year - 1, 11, 1).PlusDays(random.Next(120))),
    };

    private static string Code(params int[] parts) => string.Join('.', parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
