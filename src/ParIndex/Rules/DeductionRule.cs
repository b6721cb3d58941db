using System;
using System.Collections.Generic;
using ParIndex.Utility;

namespace ParIndex.Rules;

/// <summary>
/// Deductions per occurrence with a floor (trừ điểm): start from the maximum and subtract a fixed amount for every
/// occurrence reported (a late report, a violation found), never below the floor.
/// </summary>
/// <remarks>Reads a whole count of occurrences. Points = max(maximum − count × deduction, floor).</remarks>
public sealed class DeductionRule : ScoringRule, IEquatable<DeductionRule>
{
    /// <summary>Creates a deduction rule.</summary>
    /// <param name="pointsPerOccurrence">Points taken off for each occurrence; more than 0.</param>
    /// <param name="floor">The lowest score; within [0, maximum].</param>
    public DeductionRule(decimal pointsPerOccurrence, decimal floor = 0m)
    {
        PointsPerOccurrence = pointsPerOccurrence;
        Floor = floor;
        _perOccurrence = Hold(pointsPerOccurrence);
        _floor = Hold(floor);
    }

    private readonly Points? _perOccurrence;
    private readonly Points? _floor;

    /// <summary>Gets the points taken off for each occurrence.</summary>
    public decimal PointsPerOccurrence { get; }

    /// <summary>Gets the lowest score.</summary>
    public decimal Floor { get; }

    /// <inheritdoc/>
    public override IndicatorKind InputKind => IndicatorKind.Number;

    /// <inheritdoc/>
    public override RuleOutcome Evaluate(in IndicatorValue value, in RuleContext context)
    {
        var maximum = context.Maximum;
        if (_perOccurrence is { } perOccurrence && _floor is { } floor && floor <= maximum && perOccurrence.TryMultiply(value.Number, out var deduction))
        {
            // The floor applies when count × deduction exceeds maximum − floor.
            return new RuleOutcome(deduction > maximum - floor ? floor : maximum - deduction, -1);
        }

        // A count with decimals ("3.0"; the scorer rejects a fraction first), or a product beyond the range of points:
        // one beyond decimal's range (only a deduction above 1 can overflow) takes the floor without being computed.
        var points = PointsPerOccurrence > 1m && value.Number > decimal.MaxValue / PointsPerOccurrence
            ? Floor
            : context.MaxPoints - (value.Number * PointsPerOccurrence);
        return new RuleOutcome(points < Floor ? Floor : points);
    }

    /// <inheritdoc/>
    public override string? CheckInput(in IndicatorValue value) =>
        !DecimalBits.IsWhole(value.Number) ? Invariant.Format($"occurrences {value} is not a whole number") : null;

    /// <inheritdoc/>
    public override string Describe() => Invariant.Format($"maximum − {Invariant.Format(PointsPerOccurrence)} per occurrence, not below {Invariant.Format(Floor)}");

    /// <inheritdoc/>
    public override string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context) =>
        Invariant.Format($"max({Invariant.Format(context.MaxPoints)} − {value} × {Invariant.Format(PointsPerOccurrence)}, {Invariant.Format(Floor)}) = {Invariant.Format(outcome.Points)}");

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
    public bool Equals(DeductionRule? other) => other is not null && PointsPerOccurrence == other.PointsPerOccurrence && Floor == other.Floor;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DeductionRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PointsPerOccurrence, Floor);
}
