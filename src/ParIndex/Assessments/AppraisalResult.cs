using ParIndex.Scoring;

namespace ParIndex.Assessments;

/// <summary>
/// A unit's self-assessed and appraised results side by side (kết quả tự đánh giá và thẩm định), the adjustments the
/// appraisal made, the leaves without evidence, and the published index: appraised points plus the bonus and minus the
/// penalty, each capped by the methodology.
/// </summary>
/// <remarks>
/// How bonus and penalty enter the index is this library's reading, not a sourced rule: final points = appraised points
/// + min(bonus, cap) − min(penalty, cap), kept within [0, applicable maximum]; index = final ÷ maximum × 100. Immutable.
/// </remarks>
public sealed class AppraisalResult
{
    internal AppraisalResult()
    {
    }

    /// <summary>Gets the record scored.</summary>
    public AssessmentRecord Record { get; internal init; } = null!;

    /// <summary>Gets the scorecard of the self-assessed scores (survey leaves from their survey results).</summary>
    public Scorecard SelfAssessed { get; internal init; } = null!;

    /// <summary>Gets the scorecard of the appraised scores, which the published index uses.</summary>
    public Scorecard Appraised { get; internal init; } = null!;

    /// <summary>Gets the changes the appraisal made, in the order of the record.</summary>
    public ImmutableArray<Adjustment> Adjustments { get; internal init; }

    /// <summary>Gets the self-assessed leaves that cite no evidence (with the unit's explanation, if any).</summary>
    public ImmutableArray<LeafAssessment> LeavesWithoutEvidence { get; internal init; }

    /// <summary>Gets the bonus points counted, after the methodology's cap.</summary>
    public decimal BonusApplied { get; internal init; }

    /// <summary>Gets the penalty points counted, after the methodology's cap.</summary>
    public decimal PenaltyApplied { get; internal init; }

    /// <summary>Gets the final points: appraised, plus bonus, minus penalty, within [0, applicable maximum].</summary>
    public decimal Points => Math.Clamp(Appraised.Points + BonusApplied - PenaltyApplied, 0m, Appraised.MaxPoints);

    /// <summary>Gets the published index in %, exact.</summary>
    public decimal Index => Points / Appraised.MaxPoints * 100m;

    /// <summary>Gets the index rounded to two decimals, half away from zero, as published.</summary>
    public decimal RoundedIndex => PublishedRounding.Index(Index);
}
