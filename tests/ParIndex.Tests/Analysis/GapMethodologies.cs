using static ParIndex.TestSupport.MethodologyBuilder;

namespace ParIndex.Tests.Analysis;

/// <summary>Two small methodologies whose gaps are worked by hand in the tests.</summary>
internal static class GapMethodologies
{
    internal const int Year = 2024;

    /// <summary>Every built-in kind of rule: 10 points in two areas.</summary>
    internal static Methodology Mixed { get; } = new("GAP-MIXED", "Khoảng cách (thử)", SubjectKind.Custom, AssessmentYears.From(2024), 10m,
    [
        new Area
        {
            Code = "1", Name = "Chỉ đạo, điều hành", MaxPoints = 6m, Criteria =
            [
                Leaf("1.1", 2m, BandRule.ForPercent(Band.Above(90m, 2m), Band.Between(70m, 90m, 1m), Band.Below(70m, 0m))),
                Leaf("1.2", 1m, new TimelinessRule(new AnnualDate(12, 15), 0, 1m, 0.5m)),
                Leaf("1.3", 1m, new YesNoRule(1m)),
                Leaf("1.4", 2m, new SurveyPercentageRule(), AssessmentMethod.SociologicalSurvey),
            ],
        },
        new Area
        {
            Code = "2", Name = "Thủ tục hành chính", MaxPoints = 4m, Criteria =
            [
                Leaf("2.1", 2m, BandRule.ForCount(Band.AtLeast(4m, 2m), Band.Exactly(3m, 1m), Band.AtMost(2m, 0m))),
                Leaf("2.2", 2m, new ProportionalRule()),
            ],
        },
    ]);

    /// <summary>Discrete rules only: yes/no 3, yes/no 2, a count band 5 (≥ 10 → 5, 5–9 → 2, ≤ 4 → 0).</summary>
    internal static Methodology Discrete { get; } = new("GAP-DISCRETE", "Khoảng cách rời rạc (thử)", SubjectKind.Custom, AssessmentYears.From(2024), 10m,
    [
        new Area
        {
            Code = "1", Name = "Lĩnh vực 1", MaxPoints = 10m, Criteria =
            [
                Leaf("1.1", 3m, new YesNoRule(3m)),
                Leaf("1.2", 2m, new YesNoRule(2m)),
                Leaf("1.3", 5m, BandRule.ForCount(Band.AtLeast(10m, 5m), Band.Between(5m, 9m, 2m), Band.AtMost(4m, 0m))),
            ],
        },
    ]);

    internal static Scorecard Score(Methodology methodology, string code, string name, params (string Code, IndicatorValue Value)[] values)
    {
        var map = new Dictionary<string, IndicatorValue>();
        foreach (var (leaf, value) in values)
        {
            map[leaf] = value;
        }
        return new Scorer(methodology).Score(new ReportedIndicators(new AssessedUnit(code, name), Year, map));
    }

    /// <summary>Discrete: 1.1 and 1.2 yes or no, 1.3 a count.</summary>
    internal static Scorecard Discrete3(string code, string name, bool first, bool second, int count) =>
        Score(Discrete, code, name, ("1.1", IndicatorValue.Flag(first)), ("1.2", IndicatorValue.Flag(second)), ("1.3", IndicatorValue.Count(count)));
}
