using ParIndex.Rules;

namespace ParIndex.Scoring;

/// <summary>How a leaf obtained its points (trạng thái chấm điểm).</summary>
public enum LeafStatus
{
    /// <summary>Scored by its rule from the reported value.</summary>
    Scored = 0,

    /// <summary>Points given by an assessor (<see cref="IndicatorKind.Points"/>); the rule was not applied.</summary>
    GivenPoints,

    /// <summary>Declared not applicable: 0 points, removed from the maxima.</summary>
    NotApplicable,

    /// <summary>Nothing was reported and the options scored it 0 (<see cref="MissingIndicatorPolicy.ScoreAsZero"/>).</summary>
    MissingScoredZero,

    /// <summary>A survey leaf when no survey was conducted (<see cref="ScoringOptions.SurveyConducted"/>): removed from the maxima.</summary>
    NoSurvey,
}
