using System.Collections.Generic;
using System.Linq;
using ParIndex.Methodologies;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.TestSupport;

/// <summary>The methodology nodes the tests and the benchmarks build by hand, named after their codes ("Tiêu chí 1.2"),
/// with maxima that add up: one way to write a leaf, a parent and an area.</summary>
public static class MethodologyBuilder
{
    /// <summary>A leaf (tiêu chí thành phần) scored by a rule; by default a yes/no worth its maximum, named after its code.</summary>
    public static Criterion Leaf(string code, decimal max, ScoringRule? rule = null, AssessmentMethod source = AssessmentMethod.AppraisedSelfAssessment, decimal? weight = null, string? name = null) =>
        new() { Code = code, Name = name ?? "Tiêu chí " + code, MaxPoints = max, Rule = rule ?? new YesNoRule(max), AssessedBy = source, Weight = weight };

    /// <summary>A yes/no leaf worth its maximum (1 point by default).</summary>
    public static Criterion YesNo(string code, decimal max = 1m, decimal? weight = null) => Leaf(code, max, new YesNoRule(max), weight: weight);

    /// <summary>A leaf scored as a ratio of its maximum (ProportionalRule).</summary>
    public static Criterion Proportional(string code, decimal max, decimal? weight = null) => Leaf(code, max, new ProportionalRule(), weight: weight);

    /// <summary>A criterion (tiêu chí) whose maximum is its children's sum.</summary>
    public static Criterion Parent(string code, params Criterion[] children) =>
        new() { Code = code, Name = "Tiêu chí " + code, MaxPoints = children.Sum(c => c.MaxPoints), SubCriteria = [.. children] };

    /// <summary>An area (lĩnh vực) whose maximum is its criteria's sum.</summary>
    public static Area Area(string code, params Criterion[] criteria) =>
        new() { Code = code, Name = "Lĩnh vực " + code, MaxPoints = criteria.Sum(c => c.MaxPoints), Criteria = [.. criteria] };

    /// <summary>"BH-DEMO", a demo index of 5 points assessed from 2023 that sums points: <see cref="DemoArea1"/> and
    /// <see cref="DemoArea2"/> without weights.</summary>
    public static Methodology Demo { get; } =
        new("BH-DEMO", "Chỉ số CCHC thử nghiệm", SubjectKind.Custom, AssessmentYears.From(2023), 5m, [DemoArea1(), DemoArea2()]);

    /// <summary>The demo index's area 1 (max 3): 1.1 yes/no (1) + 1.2 proportional (2), with the weights given.</summary>
    public static Area DemoArea1(decimal? weight = null, decimal? weightOf11 = null) => new()
    {
        Code = "1", Name = "Chỉ đạo, điều hành", MaxPoints = 3m, Weight = weight,
        Criteria = [Leaf("1.1", 1m, weight: weightOf11, name: "Ban hành kế hoạch"), Leaf("1.2", 2m, new ProportionalRule(), name: "Tỷ lệ nhiệm vụ hoàn thành")],
    };

    /// <summary>The demo index's area 2 (max 2): 2.1 and 2.2 yes/no (1 each), with the weight given.</summary>
    public static Area DemoArea2(decimal? weight = null) => new()
    {
        Code = "2", Name = "Thủ tục hành chính", MaxPoints = 2m, Weight = weight,
        Criteria = [Leaf("2.1", 1m, name: "Công bố TTHC"), Leaf("2.2", 1m, name: "Niêm yết TTHC")],
    };

    /// <summary>"TWO", assessed from 2023: one area "A" of two yes/no leaves "1" and "2" of 1 point each (2 in all).</summary>
    public static Methodology TwoLeaves { get; } =
        new("TWO", "Hai tiêu chí", SubjectKind.Custom, AssessmentYears.From(2023), 2m, [Area("A", YesNo("1"), YesNo("2"))]);

    /// <summary>Unit <paramref name="code"/>'s 2023 report for <see cref="TwoLeaves"/>: the assessors' points of each leaf,
    /// leaf 2 not applicable when <paramref name="second"/> is null.</summary>
    public static ReportedIndicators TwoLeavesGiven(string code, decimal first, decimal? second, string? name = null) =>
        new(new AssessedUnit(code, name ?? "Sở " + code), 2023,
        [
            KeyValuePair.Create("1", IndicatorValue.GivenPoints(first)),
            KeyValuePair.Create("2", second is { } points ? IndicatorValue.GivenPoints(points) : IndicatorValue.NotApplicable),
        ]);
}
