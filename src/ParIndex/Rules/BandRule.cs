namespace ParIndex.Rules;

/// <summary>
/// Threshold bands (mức điểm theo ngưỡng): a percentage or a count falls into one band and obtains its points.
/// Covers completion-percentage bands ("trên 90%: 2 / từ 70% - 90%: 1 / dưới 70%: 0", Cà Mau 1880/QĐ-UBND, TCTP 1.1.4)
/// and count-of-events bands ("họp 4 lần/năm: 20 / 3 lần: 15 / …").
/// </summary>
/// <remarks>
/// Validation checks that the bands neither overlap nor leave a gap over the domain: [0, 100] for percentages, the
/// whole numbers from 0 up for counts (a count band rule accepts whole counts only). The first band containing the
/// value wins; <see cref="RuleOutcome.Step"/> is its index in <see cref="Bands"/>.
/// </remarks>
internal sealed class BandRule : BuiltInRule<BandRule>
{
    private readonly Band[] _bands;

    private BandRule(IndicatorKind kind, IEnumerable<Band> bands)
    {
        InputKind = kind;
        _bands = Preconditions.CheckNotNull(bands, nameof(bands)).ToArray();
        Compiled = CompiledRule.Bands(kind, _bands);
        Bands = [.. _bands];
    }

    /// <inheritdoc/>
    public override IndicatorKind InputKind { get; }

    /// <summary>Gets the bands, in the order given.</summary>
    public ImmutableArray<Band> Bands { get; }

    /// <summary>Creates bands over a percentage in [0, 100].</summary>
    /// <param name="bands">The bands; they must cover [0, 100] without overlap.</param>
    /// <returns>A rule reading <see cref="IndicatorKind.Percent"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    public static BandRule ForPercent(params IEnumerable<Band> bands) => new(IndicatorKind.Percent, bands);

    /// <summary>Creates bands over a whole count from 0 up.</summary>
    /// <param name="bands">The bands; they must cover every whole number from 0 up without overlap.</param>
    /// <returns>A rule reading <see cref="IndicatorKind.Number"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    public static BandRule ForCount(params IEnumerable<Band> bands) => new(IndicatorKind.Number, bands);

    /// <inheritdoc/>
    public override string? CheckInput(in IndicatorValue value) =>
        !Compiled.Accepts(in value)
            ? Invariant.Format($"count {value} is not a whole number")
            : null;

    /// <inheritdoc/>
    public override string Describe() => string.Join("; ", _bands.Select(b => b.Format(Unit)));

    /// <inheritdoc/>
    public override string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context)
    {
        CheckExplained(value, outcome, _bands.Length);
        return Invariant.Format($"{value} falls in {_bands[outcome.Step].Format(Unit)} of {Invariant.Format(context.MaxPoints)} ({Describe()})");
    }

    /// <inheritdoc/>
    public override IEnumerable<Diagnostic> Validate(string criterionCode, decimal maxPoints)
    {
        var problems = new List<Diagnostic>();
        if (_bands.Length == 0)
        {
            problems.Add(new Diagnostic(DiagnosticKind.InvalidRule, criterionCode, "band rule has no bands"));
            return problems;
        }
        foreach (var band in _bands)
        {
            // The band's text is only built for a problem: validation runs for every methodology read.
            if ((band.Points < 0m || band.Points > maxPoints) && CheckPoints(criterionCode, maxPoints, band.Points, "band " + band.Format(Unit)) is { } problem)
            {
                problems.Add(problem);
            }
        }
        // Bounds are percentages in [0, 100] or counts in [0, 100,000,000] with at most 10 decimal places: coverage is
        // checked within those only, so that no bound (decimal.MaxValue, say) can overflow the check or the scorer.
        var maxBound = InputKind == IndicatorKind.Percent ? 100m : Points.MethodologyLimit;
        foreach (var band in _bands)
        {
            foreach (var bound in new[] { band.Lower, band.Upper })
            {
                if (bound is { } b && (b < 0m || b > maxBound || b.Scale > Points.DecimalPlaces))
                {
                    problems.Add(new Diagnostic(DiagnosticKind.ValueOutOfRange, criterionCode, Invariant.Format($"band bound {Invariant.Format(b)} is outside 0 to {Invariant.Format(maxBound)} (with at most {Points.DecimalPlaces} decimal places)")));
                }
            }
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        if (InputKind == IndicatorKind.Percent)
        {
            BandCoverage.CheckReal(_bands, 0m, 100m, Unit, criterionCode, problems);
        }
        else
        {
            BandCoverage.CheckWhole(_bands, criterionCode, problems);
        }
        return problems;
    }

    private string Unit => InputKind == IndicatorKind.Percent ? "%" : string.Empty;

    // The bands compare as a sequence.
    /// <summary>Compares the kind and the bands in order.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(BandRule? other) =>
        other is not null && InputKind == other.InputKind && _bands.AsSpan().SequenceEqual(other._bands);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(InputKind, _bands.Length, _bands.Length > 0 ? _bands[0] : default);
}
