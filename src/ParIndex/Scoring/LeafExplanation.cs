using ParIndex.Methodologies;
using ParIndex.Rules;

namespace ParIndex.Scoring;

/// <summary>Why a leaf obtained its points: the rule, the value reported, the band or formula applied (diễn giải điểm).</summary>
/// <remarks>Made on request from a scorecard; the text is built when <see cref="Text"/> is read. Immutable; equal when leaf, status, input, points, step and year are equal.</remarks>
public sealed record LeafExplanation
{
    private readonly int _step;
    private readonly int _year;

    internal LeafExplanation(Criterion leaf, LeafStatus status, IndicatorValue? input, decimal points, int step, int year)
    {
        Leaf = leaf;
        Status = status;
        Input = input;
        Points = points;
        _step = step;
        _year = year;
    }

    /// <summary>Gets the leaf explained.</summary>
    public Criterion Leaf { get; }

    /// <summary>Gets how the points were obtained.</summary>
    public LeafStatus Status { get; }

    /// <summary>Gets the value reported, or <see langword="null"/> when nothing was.</summary>
    public IndicatorValue? Input { get; }

    /// <summary>Gets the points obtained.</summary>
    public decimal Points { get; }

    /// <summary>Gets the rule applied.</summary>
    public ScoringRule Rule => Leaf.Rule!;

    /// <summary>Gets the index of the band or level applied, or -1 for a formula or when the rule was not applied.</summary>
    public int Step => Status == LeafStatus.Scored ? _step : -1;

    /// <summary>Gets the explanation as one line of text (invariant culture), e.g.
    /// "1.1.4: 95% falls in (90%, ∞) → 2 of 2 (…)".</summary>
    public string Text => Leaf.Code + ": " + Status switch
    {
        LeafStatus.NotApplicable => "not applicable: 0 points, removed from the maxima",
        LeafStatus.MissingScoredZero => Invariant.Format($"nothing reported: scored 0 of {Invariant.Format(Leaf.MaxPoints)} by option"),
        LeafStatus.GivenPoints => Invariant.Format($"given {Invariant.Format(Points)} of {Invariant.Format(Leaf.MaxPoints)} by the assessor (rule not applied: {Rule.Describe()})"),
        LeafStatus.NoSurvey => "no survey conducted: 0 points, removed from the maxima",
        _ => Rule.Explain(Input!.Value, new RuleOutcome(Points, _step), new RuleContext(Leaf.MaxPoints, _year)),
    };

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Text;
}
