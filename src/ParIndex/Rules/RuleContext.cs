namespace ParIndex.Rules;

/// <summary>What a rule knows about the leaf and the assessment while it scores one value (ngữ cảnh chấm điểm).</summary>
/// <remarks>A small immutable value passed by the scorer; rules must not keep it.</remarks>
public readonly struct RuleContext
{
    private readonly Points _maxPoints;

    /// <summary>Creates a context.</summary>
    /// <param name="maxPoints">The leaf's maximum points (điểm tối đa); at most 10 decimal places, as a methodology
    /// requires.</param>
    /// <param name="assessmentYear">The year being assessed (the PAR Index year, not the year of publication).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPoints"/> has more than 10 decimal places or is
    /// out of the range of points the scorer holds (±922,337,203.6854775807).</exception>
    public RuleContext(decimal maxPoints, int assessmentYear)
        : this(Points.FromDecimal(maxPoints), assessmentYear)
    {
    }

    /// <summary>Creates a context from the leaf's maximum as exact points.</summary>
    internal RuleContext(Points maxPoints, int assessmentYear)
    {
        _maxPoints = maxPoints;
        AssessmentYear = assessmentYear;
    }

    /// <summary>Gets the leaf's maximum points.</summary>
    public decimal MaxPoints => _maxPoints.ToDecimal();

    /// <summary>Gets the assessment year.</summary>
    public int AssessmentYear { get; }

    /// <summary>Gets the leaf's maximum points, exact, for the built-in rules.</summary>
    internal Points Maximum => _maxPoints;
}
