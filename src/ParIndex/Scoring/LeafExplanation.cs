using ParIndex.Methodologies;
using ParIndex.Rules;

namespace ParIndex.Scoring;

/// <summary>Why a leaf obtained its points: the rule, the value reported, the band or formula applied (diễn giải điểm).</summary>
/// <remarks>Made on request from a scorecard; the text is built when <see cref="Text"/> is read. Immutable; equal when leaf, status, input, points, step and year are equal.</remarks>
public sealed record LeafExplanation
{
    internal LeafExplanation()
    {
    }

    /// <summary>Gets the leaf explained.</summary>
    public Criterion Leaf { get; internal init; } = null!;

    /// <summary>Gets how the points were obtained.</summary>
    public LeafStatus Status { get; internal init; }

    /// <summary>Gets the value reported, or <see langword="null"/> when nothing was.</summary>
    public IndicatorValue? Input { get; internal init; }

    /// <summary>Gets the points obtained.</summary>
    public decimal Points { get; internal init; }

    /// <summary>Gets the rule applied.</summary>
    public ScoringRule Rule => Leaf.Rule!;

    /// <summary>Gets the position of the band or level applied (0 for the first), or -1 for a formula or when the rule was not applied.</summary>
    public int Step => Status == LeafStatus.Scored ? RuleStep : -1;

    /// <summary>Gets the step the rule gave, kept whatever the status.</summary>
    internal int RuleStep { get; init; }

    /// <summary>Gets the scorecard's year, which the rule's text may name.</summary>
    internal int Year { get; init; }

    /// <summary>Gets the explanation as one line of text (invariant culture), e.g.
    /// "1.1.4: 95% falls in (90%, ∞) → 2 of 2 (…)".</summary>
    public string Text => Leaf.Code + ": " + Status switch
    {
        LeafStatus.NotApplicable => "not applicable: 0 points, removed from the maxima",
        LeafStatus.MissingScoredZero => Invariant.Format($"nothing reported: scored 0 of {Invariant.Format(Leaf.MaxPoints)} by option"),
        LeafStatus.GivenPoints => Invariant.Format($"given {Invariant.Format(Points)} of {Invariant.Format(Leaf.MaxPoints)} by the assessor (rule not applied: {Rule.Describe()})"),
        LeafStatus.NoSurvey => "no survey conducted: 0 points, removed from the maxima",
        _ => Rule.Explain(Input!.Value, new RuleOutcome(Points, RuleStep), new RuleContext(Leaf.MaxPoints, Year)),
    };

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Text;
}
