namespace ParIndex.Rules;

/// <summary>
/// Meets or does not meet (đạt / không đạt): "Đạt yêu cầu: 1 / Không đạt yêu cầu: 0" (Cà Mau 1880/QĐ-UBND, TCTP 1.1.3).
/// </summary>
/// <remarks>Steps: 0 yes, 1 no.</remarks>
internal sealed class YesNoRule : BuiltInRule<YesNoRule>
{
    /// <summary>Creates a yes/no rule.</summary>
    /// <param name="yesPoints">Points for "yes".</param>
    /// <param name="noPoints">Points for "no".</param>
    public YesNoRule(decimal yesPoints, decimal noPoints = 0m)
    {
        YesPoints = yesPoints;
        NoPoints = noPoints;
        Compiled = CompiledRule.YesNo(yesPoints, noPoints);
    }

    /// <summary>Gets the points for "yes".</summary>
    public decimal YesPoints { get; }

    /// <summary>Gets the points for "no".</summary>
    public decimal NoPoints { get; }

    /// <inheritdoc/>
    public override IndicatorKind InputKind => IndicatorKind.Flag;

    /// <inheritdoc/>
    public override string Describe() => Invariant.Format($"yes: {Invariant.Format(YesPoints)}; no: {Invariant.Format(NoPoints)}");

    /// <inheritdoc/>
    public override IEnumerable<Diagnostic> Validate(string criterionCode, decimal maxPoints)
    {
        foreach (var (points, what) in new[] { (YesPoints, "yes"), (NoPoints, "no") })
        {
            if (CheckPoints(criterionCode, maxPoints, points, what) is { } problem)
            {
                yield return problem;
            }
        }
        if (NoPoints > YesPoints)
        {
            yield return new Diagnostic(DiagnosticKind.InvalidRule, criterionCode, "\"no\" must not give more points than \"yes\"");
        }
    }

    /// <summary>Compares the points.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(YesNoRule? other) => other is not null && YesPoints == other.YesPoints && NoPoints == other.NoPoints;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(YesPoints, NoPoints);
}
