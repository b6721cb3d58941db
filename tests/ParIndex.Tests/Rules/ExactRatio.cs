using System.Numerics;

namespace ParIndex.Tests.Rules;

/// <summary>The exact reference the properties of points and ratios compare with, in big integers.</summary>
internal static class ExactRatio
{
    /// <summary>n / 10^nScale ÷ (d / 10^dScale) × units, rounded half to even. Decimal arithmetic is not a reference:
    /// dividing first rounds the quotient to 28 digits, and an exact half whose ratio does not end (the maximum cancels
    /// its denominator) then lands just beside the half.</summary>
    public static BigInteger Units(int n, int nScale, int d, int dScale, long units)
    {
        var numerator = n * BigInteger.Pow(10, dScale) * units;
        var denominator = d * BigInteger.Pow(10, nScale);
        var whole = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = BigInteger.Abs(remainder) * 2;
        var away = twice.CompareTo(BigInteger.Abs(denominator));
        return away > 0 || (away == 0 && !whole.IsEven) ? whole + (numerator.Sign * denominator.Sign) : whole;
    }

    /// <summary>10^scale for the scales the properties draw, 0–4.</summary>
    public static decimal Power(int scale) => scale switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, _ => 10000m };
}
