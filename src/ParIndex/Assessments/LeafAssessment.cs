namespace ParIndex.Assessments;

/// <summary>
/// One leaf of a unit's assessment record: the score the unit gave itself with the evidence it cites (or its
/// explanation of why there is none), and the appraiser's score with the reason for any change; or, for a leaf assessed
/// by survey, the survey result in percent; or the fact that the leaf does not apply (điểm tự đánh giá).
/// </summary>
/// <remarks>Built with an object initialiser; immutable. The record it is put into checks that exactly one of
/// <see cref="SelfScore"/>, <see cref="SurveyPercent"/> and <see cref="NotApplicable"/> is given.</remarks>
public sealed class LeafAssessment
{
    private readonly string _code = string.Empty;

    /// <summary>Gets the leaf's code ("1.1.4").</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public required string Code
    {
        get => _code;
        init => _code = Text.Key(Preconditions.CheckNotNull(value, nameof(Code)));
    }

    /// <summary>Gets the self-assessed score (điểm tự chấm), or <see langword="null"/> for a survey or not-applicable leaf.</summary>
    public decimal? SelfScore { get; init; }

    /// <summary>Gets the survey result in percent for a leaf assessed by survey, or <see langword="null"/>.</summary>
    public decimal? SurveyPercent { get; init; }

    /// <summary>Gets whether the leaf does not apply to the unit (không áp dụng).</summary>
    public bool NotApplicable { get; init; }

    /// <summary>Gets the documents cited as evidence (tài liệu kiểm chứng); empty when none.</summary>
    public ImmutableArray<Evidence> Evidence
    {
        get;
        init => field = value.IsDefault ? ImmutableArray<Evidence>.Empty : value;
    } = ImmutableArray<Evidence>.Empty;

    /// <summary>Gets the unit's explanation (giải trình) when it cites no evidence, or <see langword="null"/>.</summary>
    public string? Explanation { get; init; }

    /// <summary>Gets the appraised score (điểm thẩm định), or <see langword="null"/> when the appraiser accepted the self score.</summary>
    public decimal? AppraisedScore { get; init; }

    /// <summary>Gets the appraiser's reason for changing the score; required when <see cref="AppraisedScore"/> differs
    /// from <see cref="SelfScore"/>.</summary>
    public string? AppraisalReason { get; init; }

    /// <summary>Gets the score that counts: the appraised one when given, otherwise the self-assessed one.</summary>
    public decimal? FinalScore => AppraisedScore ?? SelfScore;
}
