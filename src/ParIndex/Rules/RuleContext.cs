namespace ParIndex.Rules;

/// <summary>What a rule knows about the leaf and the assessment while it scores one value.</summary>
/// <remarks>A small immutable value passed by the scorer; rules must not keep it.</remarks>
public readonly struct RuleContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="maxPoints">The leaf's maximum points (điểm tối đa).</param>
    /// <param name="assessmentYear">The year being assessed (the PAR Index year, not the year of publication).</param>
    public RuleContext(decimal maxPoints, int assessmentYear)
    {
        MaxPoints = maxPoints;
        AssessmentYear = assessmentYear;
    }

    /// <summary>Gets the leaf's maximum points.</summary>
    public decimal MaxPoints { get; }

    /// <summary>Gets the assessment year.</summary>
    public int AssessmentYear { get; }
}
