namespace ParIndex.Rules;

/// <summary>The points a rule gave one value, and which of its steps (band, level) gave them (kết quả chấm điểm).</summary>
/// <remarks>
/// <see cref="Step"/> lets an explanation name the band or level without the rule building text while scoring;
/// it is -1 for a formula (ratio × maximum, deductions). The text is made only when asked for.
/// </remarks>
public readonly struct RuleOutcome
{
    private readonly Points _points;

    /// <summary>Creates an outcome from decimal points, as a rule of the user's computes them.</summary>
    /// <param name="points">The points obtained, within [0, the leaf's maximum]; more than 10 decimal places are kept to
    /// 10, half to even (2/3 becomes 0.6666666667). The scorer rejects points outside [0, maximum].</param>
    /// <param name="step">The position of the band or level applied (0 for the first), or -1 for a formula.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is beyond the range of
    /// points the scorer holds (±922,337,203.6854775807), far outside any leaf's maximum.</exception>
    public RuleOutcome(decimal points, int step = -1)
    {
        _points = Rules.Points.TryRound(points, out var held)
            ? held
            : throw new ArgumentProblem(nameof(points), Invariant.Format($"a rule gave {Invariant.Format(points)} points, beyond the range of points"), points).ToException();
        Step = step;
    }

    /// <summary>Creates an outcome from exact points: the built-in rules' one path.</summary>
    internal RuleOutcome(Points points, int step)
    {
        _points = points;
        Step = step;
    }

    /// <summary>Gets the points obtained, without trailing zeros.</summary>
    public decimal Points => _points.ToDecimal();

    /// <summary>Gets the position of the band or level applied (0 for the first), or -1 for a formula.</summary>
    public int Step { get; }

    /// <summary>Gets the points obtained, exact, for the scorer.</summary>
    internal Points Exact => _points;
}
