namespace ParIndex.Rules;

/// <summary>The points a rule gave one value, and which of its steps (band, level) gave them.</summary>
/// <remarks>
/// <see cref="Step"/> lets an explanation name the band or level without the rule building text while scoring;
/// it is -1 for a formula (ratio × maximum, deductions). The text is made only when asked for.
/// </remarks>
public readonly struct RuleOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="points">The points obtained, within [0, the leaf's maximum].</param>
    /// <param name="step">The index of the band or level applied, or -1 for a formula.</param>
    public RuleOutcome(decimal points, int step = -1)
    {
        Points = points;
        Step = step;
    }

    /// <summary>Gets the points obtained.</summary>
    public decimal Points { get; }

    /// <summary>Gets the index of the band or level applied, or -1 for a formula.</summary>
    public int Step { get; }
}
