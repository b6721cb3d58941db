using ParIndex.Rules;

namespace ParIndex.Methodologies;

/// <summary>Turns a methodology into its document form.</summary>
internal static class MethodologyDocumentWriter
{
    internal static MethodologyDocument Write(Methodology methodology)
    {
        var problems = new List<Diagnostic>();
        var document = new MethodologyDocument(
            Methodology.JsonFormatVersion,
            methodology.Id,
            methodology.Title,
            JsonWalker.NameOf(MethodologyDocumentReader.SubjectKinds, methodology.SubjectKind, SubjectKind.Custom),
            new YearsDocument(methodology.Years.First, methodology.Years.Last),
            methodology.MaxPoints,
            AggregationName(methodology.Aggregation),
            methodology.LegalBasis is { } basis ? new LegalBasisDocument(basis.DocumentNumber, basis.IssuedOn, basis.Title) : null,
            methodology.BonusCap == 0m ? null : methodology.BonusCap,
            methodology.PenaltyCap == 0m ? null : methodology.PenaltyCap,
            [.. methodology.Areas.Select(a => Node(a, problems))]);
        return problems.Count == 0 ? document : throw new InvalidMethodologyException(problems);
    }

    private static NodeDocument Node(MethodologyNode node, List<Diagnostic> problems)
    {
        var criterion = node as Criterion;
        var children = node.Children.Select(c => Node(c, problems)).ToList();
        return new NodeDocument(
            node.Code,
            node.Name,
            node.EnglishName,
            node.MaxPoints,
            node.Weight,
            AggregationName(node.Aggregation),
            criterion is { IsLeaf: true } leaf ? JsonWalker.NameOf(MethodologyDocumentReader.Sources, leaf.AssessedBy, AssessmentMethod.AppraisedSelfAssessment) : null,
            Criteria: node is Area ? children : null,
            SubCriteria: criterion is not null && children.Count > 0 ? children : null,
            Rule: criterion?.Rule is { } rule ? Rule(rule, node.Code, problems) : null);
    }

    // A sum of points is the default and is left out, so that documents without weights are written as before.
    private static string? AggregationName(Aggregation aggregation) => aggregation == Aggregation.SumOfPoints
        ? null
        : JsonWalker.NameOf(MethodologyDocumentReader.Aggregations, aggregation);

    private static RuleDocument? Rule(ScoringRule rule, string code, List<Diagnostic> problems)
    {
        switch (rule)
        {
            case BandRule bands:
                return new RuleDocument(
                    bands.InputKind == IndicatorKind.Percent ? "percentBands" : "countBands",
                    Bands: [.. bands.Bands.Select(b => new BandDocument(b.Lower, b.Lower is null ? null : b.LowerInclusive, b.Upper, b.Upper is null ? null : b.UpperInclusive, b.Points))]);
            case TimelinessRule timeliness:
                return new RuleDocument("timeliness", Due: timeliness.Due, DueYearOffset: timeliness.DueYearOffset, OnTime: timeliness.OnTimePoints, Late: timeliness.LatePoints, NotDone: timeliness.NotDonePoints);
            case YesNoRule yesNo:
                return new RuleDocument("yesNo", Yes: yesNo.YesPoints, No: yesNo.NoPoints);
            case AllConditionsRule all:
                return new RuleDocument("allConditions", Points: all.Points, Conditions: [.. all.Conditions]);
            case DeductionRule deduction:
                return new RuleDocument("deduction", PerOccurrence: deduction.PointsPerOccurrence, Floor: deduction.Floor);
            case ProportionalRule:
                return new RuleDocument("proportional");
            case SurveyPercentageRule:
                return new RuleDocument("surveyPercentage");
            default:
                problems.Add(new Diagnostic(DiagnosticKind.UnsupportedRule, code, Invariant.Format($"rule type {rule.GetType().Name} has no JSON form; only the built-in rules can be written")));
                return null;
        }
    }
}
