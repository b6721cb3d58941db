using System;
using System.Linq;

namespace ParIndex.Utility;

/// <summary>
/// Points as whole numbers of 10⁻¹⁰ point. Decimal addition costs tens of nanoseconds when scales differ; the scorer
/// sums a tree of points per unit, so it sums these integers instead and converts back only what it shows.
/// </summary>
internal static class FixedPoint
{
    /// <summary>The decimal places kept: points are exact to 10⁻¹⁰.</summary>
    internal const int Decimals = 10;

    /// <summary>One point, in units.</summary>
    internal const long One = 10_000_000_000;

    /// <summary>The largest magnitude of points a methodology may hold (its total maximum), so that sums never overflow.</summary>
    internal const decimal MaxPoints = 100_000_000m;

    private static readonly ulong[] Powers = DecimalBits.PowersOfTen;

    // The largest mantissa that still fits in a long once scaled to 10 decimals, by scale (avoids a division per value).
    private static readonly ulong[] MaxMantissa = [.. Enumerable.Range(0, Decimals + 1).Select(scale => (ulong)long.MaxValue / Powers[Decimals - scale])];

    /// <summary>Converts points to units; the value must have at most <see cref="Decimals"/> decimal places and fit.</summary>
    internal static long ToUnits(decimal points) =>
        TryToUnits(points, out var units)
            ? units
            : throw new OverflowException(Invariant.Format($"{Invariant.Format(points)} points cannot be held to {Decimals} decimal places"));

    /// <summary>Converts points to units when they have at most <see cref="Decimals"/> decimal places and fit in a long.</summary>
    internal static bool TryToUnits(decimal points, out long units)
    {
        var bits = new DecimalBits(points);
        var scale = bits.Scale;
        if (bits.High != 0 || scale > Decimals || bits.Low > MaxMantissa[scale])
        {
            units = 0;
            return false;
        }
        units = (long)(bits.Low * Powers[Decimals - scale]);
        units = bits.Flags < 0 ? -units : units;
        return true;
    }

    /// <summary>Tells whether points fit: at most <see cref="Decimals"/> decimal places and a magnitude within <see cref="MaxPoints"/>.</summary>
    internal static bool Fits(decimal points) => points.Scale <= Decimals && Math.Abs(points) <= MaxPoints;

    /// <summary>Converts units back to points, without trailing zeros (2, not 2.0000000000).</summary>
    internal static decimal ToPoints(long units)
    {
        // Trailing zeros go by 8, 4, 2 and 1 (a binary search for their number): four divisions instead of up to ten.
        var scale = Decimals;
        for (var step = 8; step > 0; step /= 2)
        {
            var power = (long)Powers[step];
            if (scale >= step && units % power == 0)
            {
                units /= power;
                scale -= step;
            }
        }
        return DecimalBits.Compose(units, scale);
    }

    /// <summary>Converts each of a rule's fixed points to units, or returns <see langword="null"/> when any does not fit
    /// (the rule then scores through its decimal path).</summary>
    internal static long[]? TryToUnits(params ReadOnlySpan<decimal> points)
    {
        var units = new long[points.Length];
        for (var i = 0; i < points.Length; i++)
        {
            if (!TryToUnits(points[i], out units[i]))
            {
                return null;
            }
        }
        return units;
    }

    /// <summary>
    /// Computes <paramref name="numerator"/> ÷ <paramref name="denominator"/> × <paramref name="units"/> exactly and
    /// rounds it to whole units, half to even: the rules' ratios (a/b × maximum, survey % ÷ 100 × maximum) without
    /// decimal division. Returns <see langword="false"/> when a number is negative, the denominator is zero, a mantissa
    /// needs more than 64 bits, or the result does not fit; the caller then uses decimals.
    /// </summary>
    internal static bool TryScale(decimal numerator, decimal denominator, long units, out long result)
    {
        var n = new DecimalBits(numerator);
        var d = new DecimalBits(denominator);
        result = 0;
        if (n.High != 0 || d.High != 0 || (n.Flags | d.Flags) < 0 || d.Low == 0 || units < 0)
        {
            return false;
        }

        // a / 10^sa ÷ (b / 10^sb) × u = a × u × 10^sb ÷ (b × 10^sa); only the difference of the scales is applied.
        var shift = d.Scale - n.Scale;
        if (Math.Abs(shift) >= Powers.Length)
        {
            return false;
        }
        var dividend = (UInt128)n.Low * (ulong)units;
        UInt128 divisor = d.Low;
        if (shift > 0)
        {
            if (dividend > UInt128.MaxValue / Powers[shift])
            {
                return false;
            }
            dividend *= Powers[shift];
        }
        else
        {
            divisor *= Powers[-shift]; // below 2⁶⁴ × 10¹⁸, cannot overflow
        }

        // Ratios of reported numbers almost always fit in 64 bits, where division is one instruction.
        UInt128 whole, remainder;
        if (dividend <= ulong.MaxValue && divisor <= ulong.MaxValue)
        {
            (whole, remainder) = Math.DivRem((ulong)dividend, (ulong)divisor);
        }
        else
        {
            (whole, remainder) = UInt128.DivRem(dividend, divisor);
        }
        var twice = remainder << 1;
        if (twice > divisor || (twice == divisor && (whole & 1) == 1))
        {
            whole++;
        }
        if (whole > long.MaxValue)
        {
            return false;
        }
        result = (long)whole;
        return true;
    }

    /// <summary>Converts points a rule returned to units, first rounding them to <see cref="Decimals"/> places (half to
    /// even) when they carry more.</summary>
    internal static bool TryRoundToUnits(decimal points, out long units) =>
        TryToUnits(points, out units) || TryToUnits(Math.Round(points, Decimals, MidpointRounding.ToEven), out units);
}
