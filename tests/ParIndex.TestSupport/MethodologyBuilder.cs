using System.Linq;
using ParIndex.Methodologies;
using ParIndex.Rules;

namespace ParIndex.TestSupport;

/// <summary>The methodology nodes the tests and the benchmarks build by hand, named after their codes ("Tiêu chí 1.2"),
/// with maxima that add up: one way to write a leaf, a parent and an area.</summary>
public static class MethodologyBuilder
{
    /// <summary>A leaf (tiêu chí thành phần) scored by a rule; by default a yes/no worth its maximum, named after its code.</summary>
    public static Criterion Leaf(string code, decimal max, ScoringRule? rule = null, AssessmentSource source = AssessmentSource.AppraisedSelfAssessment, decimal? weight = null, string? name = null) =>
        new() { Code = code, Name = name ?? "Tiêu chí " + code, MaxPoints = max, Rule = rule ?? new YesNoRule(max), Source = source, Weight = weight };

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
}
