namespace ParIndex.Rules;

/// <summary>
/// Deductions per occurrence with a floor (trừ điểm): start from the maximum and subtract a fixed amount for every
/// occurrence reported (a late report, a violation found), never below the floor.
/// </summary>
/// <remarks>Reads a whole count of occurrences. Points = max(maximum − count × deduction, floor).</remarks>
internal sealed class DeductionRule : BuiltInRule<DeductionRule>
{
    /// <summary>Creates a deduction rule.</summary>
    /// <param name="pointsPerOccurrence">Points taken off for each occurrence; more than 0.</param>
    /// <param name="floor">The lowest score; within [0, maximum].</param>
    public DeductionRule(decimal pointsPerOccurrence, decimal floor = 0m)
    {
        PointsPerOccurrence = pointsPerOccurrence;
        Floor = floor;
        Compiled = CompiledRule.Deduction(pointsPerOccurrence, floor);
    }

    /// <summary>Gets the points taken off for each occurrence.</summary>
    public decimal PointsPerOccurrence { get; }

    /// <summary>Gets the lowest score.</summary>
    public decimal Floor { get; }

    /// <inheritdoc/>
    public override IndicatorKind InputKind => IndicatorKind.Number;

    /// <inheritdoc/>
    public override string? CheckInput(in IndicatorValue value) =>
        !Compiled.Accepts(in value) ? Invariant.Format($"occurrences {value} is not a whole number") : null;

    /// <inheritdoc/>
    public override string Describe() => Invariant.Format($"maximum − {Invariant.Format(PointsPerOccurrence)} per occurrence, not below {Invariant.Format(Floor)}");

    /// <inheritdoc/>
    public override string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context)
    {
        CheckExplained(value, outcome, 0);
        return Invariant.Format($"max({Invariant.Format(context.MaxPoints)} − {value} × {Invariant.Format(PointsPerOccurrence)}, {Invariant.Format(Floor)}) = {Invariant.Format(outcome.Points)}");
    }

    /// <inheritdoc/>
    public override IEnumerable<Diagnostic> Validate(string criterionCode, decimal maxPoints)
    {
        if (PointsPerOccurrence <= 0m)
        {
            yield return new Diagnostic(DiagnosticKind.InvalidRule, criterionCode, "the deduction per occurrence must be more than 0");
        }
        if (CheckPoints(criterionCode, maxPoints, Floor, "the floor") is { } problem)
        {
            yield return problem;
        }
    }

    /// <summary>Compares the deduction and the floor.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(DeductionRule? other) => other is not null && PointsPerOccurrence == other.PointsPerOccurrence && Floor == other.Floor;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PointsPerOccurrence, Floor);
}
