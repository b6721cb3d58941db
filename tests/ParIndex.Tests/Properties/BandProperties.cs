namespace ParIndex.Tests.Properties;

/// <summary><see cref="Band.Contains"/> says with decimals what a band rule decides with whole keys of 10⁻¹⁰ (and odd keys
/// between them for the values of more decimals): the two are pinned equal here, so that they cannot drift.</summary>
public class BandProperties
{
    // A number of up to maxScale decimals around the domain of a percentage (and well beyond it).
    private static Gen<decimal> Number(int maxScale) =>
        from mantissa in Gen.Choose(-1_200_000, 1_200_000)
        from scale in Gen.Choose(0, maxScale)
        select new decimal(Math.Abs(mantissa), 0, 0, mantissa < 0, (byte)scale);

    private static Gen<decimal?> Bound =>
        Gen.Frequency((1, Gen.Constant((decimal?)null)), (4, Number(10).Select(n => (decimal?)n)));

    // Bands of any bounds, inclusive or not, empty ones included; the upper bound is often above the lower.
    private static Gen<Band> Bands =>
        from lower in Bound
        from upper in Gen.OneOf(Bound, Number(10).Select(n => lower + Math.Abs(n)))
        from lowerInclusive in Gen.Elements(true, false)
        from upperInclusive in Gen.Elements(true, false)
        select Band.Of(lower, lowerInclusive, upper, upperInclusive, 1m);

    // Values anywhere, on a bound, or a little (down to 10⁻¹⁴) either side of one.
    private static Gen<(Band Band, decimal Value)> Cases =>
        from band in Bands
        let bounds = new[] { band.Lower ?? 0m, band.Upper ?? 100m }
        from value in Gen.OneOf(
            Number(14),
            Gen.Elements(bounds),
            from bound in Gen.Elements(bounds)
            from places in Gen.Choose(1, 14)
            from below in Gen.Elements(true, false)
            select bound + new decimal(1, 0, 0, below, (byte)places))
        select (band, value);

    [Property(MaxTest = 2000)]
    public Property Contains_IsWhereABandRuleScoresTheValue() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            // The band first, then a band of every value: step 0 when the rule finds the value in the band, else 1.
            var rule = ScoringRule.PercentBands(c.Band, Band.Of(null, false, null, false, 0m));

            var outcome = rule.Evaluate(IndicatorValue.Percent(c.Value), new RuleContext(1m, 2024));

            Assert.True(c.Band.Contains(c.Value) == (outcome.Step == 0), $"{c.Band} holds {c.Value}: Contains says {c.Band.Contains(c.Value)}, the rule's step is {outcome.Step}");
        });
}
