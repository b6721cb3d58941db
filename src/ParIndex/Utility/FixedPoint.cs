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
        var scale = (bits.Flags >> 16) & 0xFF;
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
        var scale = Decimals;
        while (scale > 0 && units % 10 == 0)
        {
            units /= 10;
            scale--;
        }
        return DecimalBits.Compose(units, scale);
    }

    /// <summary>Converts points a rule returned to units, first rounding them to <see cref="Decimals"/> places (half to
    /// even) when they carry more.</summary>
    internal static bool TryRoundToUnits(decimal points, out long units) =>
        TryToUnits(points, out units) || TryToUnits(Math.Round(points, Decimals, MidpointRounding.ToEven), out units);
}
