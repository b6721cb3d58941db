using ParIndex.Rules;

namespace ParIndex.Methodologies;

/// <summary>Turns a methodology into its document form.</summary>
internal static class MethodologyDocumentWriter
{
    internal static MethodologyDocument Write(Methodology methodology)
    {
        var problems = new List<Diagnostic>();
        var document = new MethodologyDocument
        {
            FormatVersion = Methodology.JsonFormatVersion,
            Id = methodology.Id,
            Title = methodology.Title,
            SubjectKind = JsonWalker.NameOf(MethodologyDocumentReader.SubjectKinds, methodology.SubjectKind, SubjectKind.Custom),
            Years = new YearsDocument { First = methodology.Years.First, Last = methodology.Years.Last },
            MaxPoints = methodology.MaxPoints,
            Aggregation = AggregationName(methodology.Aggregation),
            LegalBasis = methodology.LegalBasis is { } basis
                ? new LegalBasisDocument { DocumentNumber = basis.DocumentNumber, IssuedOn = basis.IssuedOn, Title = basis.Title }
                : null,
            BonusCap = methodology.BonusCap == 0m ? null : methodology.BonusCap,
            PenaltyCap = methodology.PenaltyCap == 0m ? null : methodology.PenaltyCap,
            Areas = [.. methodology.Areas.Select(a => Node(a, problems))],
        };
        return problems.Count == 0 ? document : throw new InvalidMethodologyException(problems);
    }

    private static NodeDocument? Node(MethodologyNode node, List<Diagnostic> problems)
    {
        var criterion = node as Criterion;
        var children = node.Children.Select(c => Node(c, problems)).ToList();
        return new NodeDocument
        {
            Code = node.Code,
            Name = node.Name,
            EnglishName = node.EnglishName,
            MaxPoints = node.MaxPoints,
            Weight = node.Weight,
            Aggregation = AggregationName(node.Aggregation),
            Source = criterion is { IsLeaf: true } leaf ? JsonWalker.NameOf(MethodologyDocumentReader.Sources, leaf.AssessedBy, AssessmentMethod.AppraisedSelfAssessment) : null,
            Criteria = node is Area ? children : null,
            SubCriteria = criterion is not null && children.Count > 0 ? children : null,
            Rule = criterion?.Rule is { } rule ? Rule(rule, node.Code, problems) : null,
        };
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
                return new RuleDocument
                {
                    Kind = bands.InputKind == IndicatorKind.Percent ? "percentBands" : "countBands",
                    Bands = [.. bands.Bands.Select(b => (BandDocument?)new BandDocument
                    {
                        Lower = b.Lower,
                        LowerInclusive = b.Lower is null ? null : b.LowerInclusive,
                        Upper = b.Upper,
                        UpperInclusive = b.Upper is null ? null : b.UpperInclusive,
                        Points = b.Points,
                    })],
                };
            case TimelinessRule timeliness:
                return new RuleDocument
                {
                    Kind = "timeliness",
                    Due = timeliness.Due,
                    DueYearOffset = timeliness.DueYearOffset,
                    OnTime = timeliness.OnTimePoints,
                    Late = timeliness.LatePoints,
                    NotDone = timeliness.NotDonePoints,
                };
            case YesNoRule yesNo:
                return new RuleDocument { Kind = "yesNo", Yes = yesNo.YesPoints, No = yesNo.NoPoints };
            case AllConditionsRule all:
                return new RuleDocument { Kind = "allConditions", Points = all.Points, Conditions = [.. all.Conditions] };
            case DeductionRule deduction:
                return new RuleDocument { Kind = "deduction", PerOccurrence = deduction.PointsPerOccurrence, Floor = deduction.Floor };
            case ProportionalRule:
                return new RuleDocument { Kind = "proportional" };
            case SurveyPercentageRule:
                return new RuleDocument { Kind = "surveyPercentage" };
            default:
                problems.Add(new Diagnostic(DiagnosticKind.UnsupportedRule, code, Invariant.Format($"rule type {rule.GetType().Name} has no JSON form; only the built-in rules can be written")));
                return null;
        }
    }
}
