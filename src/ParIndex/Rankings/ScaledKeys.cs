using System;
using ParIndex.Scoring;
using ParIndex.Utility;

namespace ParIndex.Rankings;

/// <summary>
/// Ranking values as whole numbers of 10^-scale, so that a ranking compares longs instead of decimals. Rounding to
/// the published decimals (half away from zero) is done on the integer mantissa, which is exact.
/// </summary>
internal static class ScaledKeys
{
    private const int MaxScale = 18;

    private static readonly ulong[] Powers = DecimalBits.PowersOfTen;

    /// <summary>Fills <paramref name="scaled"/>, <paramref name="scaledBounds"/> and the ranked values
    /// <paramref name="keys"/>; returns false (and the caller falls back to decimals) when something does not fit.</summary>
    internal static bool TryCreate(ReadOnlySpan<decimal> values, int? decimals, decimal[] bounds, long[] scaled, long[] scaledBounds, decimal[] keys)
    {
        var scale = decimals ?? 0;
        if (decimals is null)
        {
            foreach (var value in values)
            {
                scale = Math.Max(scale, value.Scale);
            }
        }
        if (scale > MaxScale)
        {
            return false;
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (!TryScale(values[i], scale, round: decimals is not null, out scaled[i]))
            {
                return false;
            }
            keys[i] = values[i].Scale <= scale ? values[i] : DecimalBits.Compose(scaled[i], scale);
        }
        for (var i = 0; i < bounds.Length; i++)
        {
            if (!TryScale(bounds[i], scale, round: false, out scaledBounds[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>value × 10^scale as a long; with <paramref name="round"/>, extra decimals are rounded half away from
    /// zero, otherwise they make the conversion fail.</summary>
    private static bool TryScale(decimal value, int scale, bool round, out long result)
    {
        result = 0;
        var bits = new DecimalBits(value);
        var own = bits.Scale;
        if (bits.High != 0)
        {
            // A value with 28 significant digits (an exact index such as 200/3 %): decimal rounds it, once.
            return round && TryScale(PublishedRounding.Round(value, scale), scale, round: false, out result);
        }
        ulong magnitude;
        if (own <= scale)
        {
            var high = Math.BigMul(bits.Low, Powers[scale - own], out magnitude);
            if (high != 0)
            {
                return false;
            }
        }
        else if (round && own - scale <= MaxScale)
        {
            var divisor = Powers[own - scale];
            (magnitude, var remainder) = Math.DivRem(bits.Low, divisor);
            magnitude += remainder >= divisor - remainder ? 1UL : 0UL; // half away from zero on the magnitude
        }
        else
        {
            return false;
        }
        if (magnitude > long.MaxValue)
        {
            return false;
        }
        result = bits.Flags < 0 ? -(long)magnitude : (long)magnitude;
        return true;
    }
}
