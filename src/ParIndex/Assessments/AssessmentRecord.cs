using ParIndex.Methodologies;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Assessments;

/// <summary>
/// A unit's assessment record for one year (hồ sơ tự đánh giá và thẩm định): for every leaf the self-assessed score,
/// the evidence, the appraisal; survey results for survey leaves; and the bonus and penalty points claimed outside the
/// tree. Score it with <see cref="Appraise"/>.
/// </summary>
/// <remarks>The constructor copies the leaves and checks them all at once (a code given twice, no score or more than one
/// kind of score for a leaf, negative points, an appraisal that changes a score without a reason, an appraisal of a
/// survey leaf), throwing <see cref="DiagnosticException"/> naming each code. Immutable.</remarks>
public sealed class AssessmentRecord
{
    /// <summary>Creates and checks a record.</summary>
    /// <param name="unit">The unit assessed.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="leaves">One entry per leaf of the methodology. Copied.</param>
    /// <param name="bonusPoints">Bonus points claimed (điểm thưởng), 0 or more; capped by the methodology when scored.</param>
    /// <param name="penaltyPoints">Penalty points incurred (điểm trừ), 0 or more; capped by the methodology when scored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="leaves"/> is null or contains null.</exception>
    /// <exception cref="DiagnosticException">The record breaks one of the checks above; every problem is listed.</exception>
    public AssessmentRecord(AssessedUnit unit, int year, IEnumerable<LeafAssessment> leaves, decimal bonusPoints = 0m, decimal penaltyPoints = 0m)
    {
        Unit = Preconditions.CheckNotNull(unit, nameof(unit));
        Year = year;
        Leaves = [.. Preconditions.CheckNotNull(leaves, nameof(leaves))];
        Preconditions.CheckNoNulls(Leaves, nameof(leaves));
        BonusPoints = bonusPoints;
        PenaltyPoints = penaltyPoints;

        var problems = new List<Diagnostic>();
        void Add(string? code, string message) => problems.Add(new Diagnostic(DiagnosticKind.ValueOutOfRange, code, message, unit.Code));
        if (bonusPoints < 0m || penaltyPoints < 0m)
        {
            Add(null, "bonus and penalty points must be 0 or more");
        }
        foreach (var duplicate in Leaves.GroupBy(l => l.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new Diagnostic(DiagnosticKind.DuplicateCode, duplicate.Key, "the leaf is assessed more than once", unit.Code));
        }
        foreach (var leaf in Leaves)
        {
            var kinds = (leaf.SelfScore is null ? 0 : 1) + (leaf.SurveyPercent is null ? 0 : 1) + (leaf.NotApplicable ? 1 : 0);
            if (kinds != 1)
            {
                Add(leaf.Code, "give exactly one of a self-assessed score, a survey percentage, or not applicable");
            }
            if (leaf.SelfScore < 0m || leaf.AppraisedScore < 0m)
            {
                Add(leaf.Code, "scores must be 0 or more");
            }
            if (leaf.SurveyPercent is < 0m or > 100m)
            {
                Add(leaf.Code, Invariant.Format($"survey result {Invariant.Format(leaf.SurveyPercent.Value)}% is outside [0%, 100%]"));
            }
            if (leaf.AppraisedScore is not null && leaf.SelfScore is null)
            {
                Add(leaf.Code, "only a self-assessed score can be appraised");
            }
            if (leaf.AppraisedScore is { } appraised && appraised != leaf.SelfScore && string.IsNullOrWhiteSpace(leaf.AppraisalReason))
            {
                Add(leaf.Code, "the appraisal changes the score without a reason");
            }
        }
        if (problems.Count > 0)
        {
            throw new InvalidIndicatorsException(problems);
        }
    }

    /// <summary>Gets the unit assessed.</summary>
    public AssessedUnit Unit { get; }

    /// <summary>Gets the assessment year.</summary>
    public int Year { get; }

    /// <summary>Gets the leaves, in the order given.</summary>
    public ImmutableArray<LeafAssessment> Leaves { get; }

    /// <summary>Gets the bonus points claimed.</summary>
    public decimal BonusPoints { get; }

    /// <summary>Gets the penalty points incurred.</summary>
    public decimal PenaltyPoints { get; }

    /// <summary>Scores this record: the self-assessed and the appraised scores as two scorecards, the
    /// adjustments, the leaves without evidence, and the published index with capped bonus and penalty points.</summary>
    /// <param name="scorer">The scorer of the methodology the record follows, with its options.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorer"/> is null.</exception>
    /// <exception cref="DiagnosticException">A leaf is missing or unknown, a score exceeds its leaf's maximum, a
    /// survey result is given for a leaf not assessed by survey (or a score for one that is), or the year is wrong;
    /// every problem is listed.</exception>
    public AppraisalResult Appraise(Scorer scorer)
    {
        Preconditions.CheckNotNull(scorer, nameof(scorer));
        var problems = new List<Diagnostic>();
        foreach (var leaf in Leaves)
        {
            if (scorer.Methodology.Find(leaf.Code) is Criterion { IsLeaf: true } criterion)
            {
                var survey = criterion.AssessedBy == AssessmentMethod.SociologicalSurvey;
                if (leaf.SurveyPercent is not null && (!survey || criterion.Rule!.InputKind != IndicatorKind.Percent))
                {
                    problems.Add(new Diagnostic(DiagnosticKind.WrongIndicatorKind, leaf.Code, "a survey result is given for a leaf whose rule does not read a survey percentage", Unit.Code));
                }
                else if (leaf.SelfScore is not null && survey)
                {
                    problems.Add(new Diagnostic(DiagnosticKind.WrongIndicatorKind, leaf.Code, "a survey leaf is not self-assessed: give its survey result", Unit.Code));
                }
            }
        }
        if (problems.Count > 0)
        {
            throw new InvalidIndicatorsException(problems);
        }

        // Both scorecards go through the ordinary scorer, so every check of codes, maxima and years applies to them.
        IndicatorValue Value(LeafAssessment leaf, decimal? score) =>
            leaf.NotApplicable ? IndicatorValue.NotApplicable
            : leaf.SurveyPercent is { } percent ? IndicatorValue.Percent(percent)
            : IndicatorValue.GivenPoints(score!.Value);
        var self = scorer.Score(new ReportedIndicators(Unit, Year, Leaves.Select(l => KeyValuePair.Create(l.Code, Value(l, l.SelfScore)))));
        var appraised = scorer.Score(new ReportedIndicators(Unit, Year, Leaves.Select(l => KeyValuePair.Create(l.Code, Value(l, l.FinalScore)))));

        var adjustments = Leaves
            .Where(l => l.AppraisedScore is { } to && to != l.SelfScore)
            .Select(l => new Adjustment { Code = l.Code, From = l.SelfScore!.Value, To = l.AppraisedScore!.Value, Reason = l.AppraisalReason! });
        var withoutEvidence = Leaves.Where(l => l.SelfScore is not null && l.Evidence.IsEmpty);
        return new AppraisalResult
        {
            Record = this,
            SelfAssessed = self,
            Appraised = appraised,
            Adjustments = [.. adjustments],
            LeavesWithoutEvidence = [.. withoutEvidence],
            BonusApplied = Math.Min(BonusPoints, scorer.Methodology.BonusCap),
            PenaltyApplied = Math.Min(PenaltyPoints, scorer.Methodology.PenaltyCap),
        };
    }
}
