namespace ParIndex.Tests.Surveys;

/// <summary>The survey's statistics helpers against published values: normal quantiles from the standard normal table,
/// Wilson intervals worked by hand, FNV-1a's published test vectors.</summary>
public class StatisticsTests
{
    // Acklam's approximation has a relative error below 1.15e-9; the quantiles are the table's, to 9 decimals.
    private const double Tolerance = 1e-8;

    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.9, 1.281551566)] // central region, 0.02425 ≤ p ≤ 0.97575
    [InlineData(0.975, 1.959963985)]
    [InlineData(0.025, -1.959963985)]
    [InlineData(0.995, 2.575829304)] // upper tail, p > 0.97575
    [InlineData(0.999, 3.090232306)]
    [InlineData(0.005, -2.575829304)] // lower tail, p < 0.02425
    [InlineData(0.001, -3.090232306)]
    public void NormalQuantile_InEachRegion_IsTheTablesValue(double p, double expected) =>
        Assert.Equal(expected, Statistics.NormalQuantile(p), Tolerance);

    [Theory]
    [InlineData(0.90, 1.644853627)]
    [InlineData(0.95, 1.959963985)]
    [InlineData(0.99, 2.575829304)]
    public void Z_ConfidenceLevel_IsTheTwoSidedQuantile(double level, double expected) =>
        Assert.Equal(expected, Statistics.Z(level), Tolerance);

    [Fact]
    public void Wilson_AsymmetricCase_IsTheHandWorkedInterval()
    {
        // p = 0.2, n = 10, z = 1.96: z²/n = 0.38416, denominator 1.38416, centre (0.2 + 0.19208) / 1.38416 = 0.283262,
        // half 1.96 × √(0.016 + 0.38416/40) / 1.38416 = 1.96 × √0.025604 / 1.38416 = 0.226581 → [0.056681, 0.509843].
        var (lower, upper) = Statistics.Wilson(0.2, 10, 1.96);

        Assert.Equal(0.056681, lower, 6);
        Assert.Equal(0.509843, upper, 6);
    }

    [Fact]
    public void Wilson_AtZeroAndOne_StaysWithinZeroAndOneAndHoldsTheShare()
    {
        // p = 0, n = 4, z = 1.96: centre = 0.4802 / 1.9604 = 0.244950, half = 1.96 × √(0.9604/16) / 1.9604 = 0.244950:
        // lower 0 (centre − half, clamped), upper 0.489900. p = 1 mirrors it: [0.510100, 1].
        var (lower0, upper0) = Statistics.Wilson(0, 4, 1.96);
        var (lower1, upper1) = Statistics.Wilson(1, 4, 1.96);

        Assert.Equal(0, lower0);
        Assert.Equal(0.489900, upper0, 6);
        Assert.Equal(0.510100, lower1, 6);
        Assert.Equal(1, upper1);
    }

    [Theory]
    // FNV-1a (32 bits) test vectors of its authors (Fowler, Noll, Vo): "" → 0x811C9DC5, "a" → 0xE40C292C,
    // "foobar" → 0xBF9CF968; the seed is XORed into the offset basis, the top bit dropped for a non-negative int.
    [InlineData(0, "", 0x011C9DC5)]
    [InlineData(0, "a", 0x640C292C)]
    [InlineData(0, "foobar", 0x3F9CF968)]
    // Seed 1: basis 0x811C9DC4, ^ 'a' = 0x811C9DA5, one more than for seed 0, so the product is 0xE40C292C + 16777619
    // (0x01000193) = 0xE50C2ABF.
    [InlineData(1, "a", 0x650C2ABF)]
    public void StableSeed_IsFnv1aOfTheTextFromTheSeededBasis(int seed, string text, int expected) =>
        Assert.Equal(expected, Statistics.StableSeed(seed, text));

    [Theory]
    // 1, 2, 3, 4: mean 2.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, ÷ (4 − 1) = 5/3, √ = 1.290994449.
    [InlineData(10, 30, 4, 1.290994449)]
    // 2, 4: mean 3, squared deviations 1 + 1 = 2, ÷ (2 − 1) = 2, √ = 1.414213562.
    [InlineData(6, 20, 2, 1.414213562)]
    public void StandardDeviation_FromSums_IsTheSampleStandardDeviation(double sum, double sumOfSquares, int count, double expected) =>
        Assert.Equal(expected, Statistics.StandardDeviation(sum, sumOfSquares, count), 9);

    [Fact]
    public void StandardDeviation_OfEqualValuesRoundedBelowZero_IsZeroNotNaN()
    {
        // 100 times 100/3 in double: the sum of squares falls 3.8e-10 short of sum² / 100, a negative variance.
        double sum = 0, sumOfSquares = 0;
        for (var k = 0; k < 100; k++)
        {
            sum += 100.0 / 3;
            sumOfSquares += 100.0 / 3 * (100.0 / 3);
        }

        Assert.True(sumOfSquares - (sum * sum / 100) < 0);
        Assert.Equal(0, Statistics.StandardDeviation(sum, sumOfSquares, 100));
    }
}
