using System.Numerics;

namespace ParIndex.Tests.Rules;

/// <summary>A ratio of two decimals with at most 4 places, n / 10^nScale ÷ (d / 10^dScale), and the exact reference
/// the properties of points and ratios compare with, in big integers.</summary>
internal readonly record struct ExactRatio(int N, int NScale, int D, int DScale)
{
    /// <summary>Ratios whose numerator and denominator lie in [lowest, 100,000] ÷ 10^(0–4), the denominator not zero.</summary>
    public static FsCheck.Gen<ExactRatio> Any(int lowest) =>
        from n in Gen.Choose(lowest, 100_000)
        from d in Gen.Choose(lowest, 100_000).Where(d => d != 0)
        from nScale in Gen.Choose(0, 4)
        from dScale in Gen.Choose(0, 4)
        select new ExactRatio(n, nScale, d, dScale);

    public decimal Numerator => N / Power(NScale);

    public decimal Denominator => D / Power(DScale);

    /// <summary>The ratio × units, rounded half to even. Decimal arithmetic is not a reference: dividing first rounds
    /// the quotient to 28 digits, and an exact half whose ratio does not end (the maximum cancels its denominator) then
    /// lands just beside the half.</summary>
    public BigInteger Times(long units)
    {
        // n / 10^nScale ÷ (d / 10^dScale) × units = n × 10^dScale × units ÷ (d × 10^nScale)
        var numerator = N * BigInteger.Pow(10, DScale) * units;
        var denominator = D * BigInteger.Pow(10, NScale);
        var whole = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = BigInteger.Abs(remainder) * 2;
        var away = twice.CompareTo(BigInteger.Abs(denominator));
        return away > 0 || (away == 0 && !whole.IsEven) ? whole + (numerator.Sign * denominator.Sign) : whole;
    }

    /// <summary>10^scale for the scales drawn, 0–4.</summary>
    private static decimal Power(int scale) => scale switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, _ => 10000m };
}
