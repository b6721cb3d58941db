using System.Numerics;
using System.Runtime.CompilerServices;

namespace ParIndex.Rules;

/// <summary>
/// A number of points (điểm), exact to 10⁻¹⁰ point: what a rule gives a leaf, a node's maximum, a sum of points.
/// </summary>
/// <remarks>
/// <para>Held as a whole number of 10⁻¹⁰ point in a 64-bit integer (as NodaTime's <c>Offset</c> is a number of
/// seconds), so that sums are exact in any order and cost one integer addition, where a decimal addition costs tens of
/// nanoseconds when the scales differ. The range is ±922,337,203.6854775807 points (±<see cref="long.MaxValue"/>
/// units); methodologies stay far below it (at most 100,000,000 points in all).</para>
/// <para>The <see langword="default"/> value is zero. Addition, subtraction and negation are checked and throw
/// <see cref="OverflowException"/> outside the range. Points a rule computes with more decimal places (a ratio such as
/// 2/3 × 1) are kept to 10, half to even (0.6666666667).</para>
/// <para>Immutable and thread-safe; equality and order are those of the numbers.</para>
/// </remarks>
internal readonly struct Points : IEquatable<Points>, IComparable<Points>, IComparable
{
    /// <summary>The decimal places held: points are exact to 10⁻¹⁰.</summary>
    public const int DecimalPlaces = 10;

    /// <summary>One point, in units of 10⁻¹⁰.</summary>
    internal const long UnitsPerPoint = 10_000_000_000;

    /// <summary>The largest total maximum a methodology may have, so that no sum of its points can overflow.</summary>
    internal const decimal MethodologyLimit = 100_000_000m;

    private static readonly ulong[] Powers = DecimalBits.PowersOfTen;

    private const ulong Exact53 = 1UL << 53; // integers below it are exact in a double

    // The largest mantissa that still fits in a long once scaled to 10 decimals, by scale (avoids a division per value).
    private static readonly ulong[] MaxMantissa = [.. Enumerable.Range(0, DecimalPlaces + 1).Select(scale => (ulong)long.MaxValue / Powers[DecimalPlaces - scale])];

    private readonly long _units;

    private Points(long units) => _units = units;

    /// <summary>Gets zero points, the <see langword="default"/> value.</summary>
    public static Points Zero => default;

    /// <summary>Gets the number of whole units of 10⁻¹⁰ point.</summary>
    internal long Units => _units;

    /// <summary>Makes points from a number of whole units of 10⁻¹⁰ point.</summary>
    internal static Points FromUnits(long units) => new(units);

    /// <summary>Converts a decimal number of points exactly.</summary>
    /// <param name="points">The points, e.g. 1.5; at most 10 decimal places, within ±922,337,203.6854775807.</param>
    /// <returns>The same number of points.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> has more than 10 decimal places (after
    /// trailing zeros) or is outside the range.</exception>
    public static Points FromDecimal(decimal points) =>
        TryFromDecimal(points, out var result) || TryFromDecimal(decimal.Round(points, DecimalPlaces), out result) && result.ToDecimal() == points
            ? result
            : throw new ArgumentProblem(nameof(points), Invariant.Format($"{Invariant.Format(points)} points cannot be held exactly to {DecimalPlaces} decimal places within ±{Invariant.Format(FromUnits(long.MaxValue).ToDecimal())}"), points).ToException();

    /// <summary>Converts decimal points held with at most <see cref="DecimalPlaces"/> decimals (by their scale) and in range.</summary>
    internal static bool TryFromDecimal(decimal points, out Points result)
    {
        var ok = TryToUnits(points, out var units);
        result = new Points(units);
        return ok;
    }

    /// <summary>Converts points a rule computed, first keeping them to <see cref="DecimalPlaces"/> places (half to even)
    /// when they carry more; <see langword="false"/> when they are out of range.</summary>
    internal static bool TryRound(decimal points, out Points result) =>
        TryFromDecimal(points, out result) || TryFromDecimal(Math.Round(points, DecimalPlaces, MidpointRounding.ToEven), out result);

    /// <summary>Tells whether a methodology may hold these points: at most 10 decimal places and a magnitude within
    /// <see cref="MethodologyLimit"/>.</summary>
    internal static bool Fits(decimal points) => points.Scale <= DecimalPlaces && Math.Abs(points) <= MethodologyLimit;

    /// <summary>A number (a percentage, a count, a band's bound) as whole units of 10⁻¹⁰, when it has at most 10 decimal
    /// places by its scale and fits in a long: integer comparisons are then exact.</summary>
    internal static bool TryToUnits(decimal value, out long units)
    {
        var bits = new DecimalBits(value);
        var scale = bits.Scale;
        if (bits.High != 0 || scale > DecimalPlaces || bits.Low > MaxMantissa[scale])
        {
            units = 0;
            return false;
        }
        units = (long)(bits.Low * Powers[DecimalPlaces - scale]);
        units = bits.Flags < 0 ? -units : units;
        return true;
    }

    /// <summary>Converts to a decimal without trailing zeros (2, not 2.0000000000).</summary>
    /// <returns>The same number of points.</returns>
    public decimal ToDecimal()
    {
        // Trailing zeros go by 8, then 2 (or 4) and 1: a binary search for their number, over constant divisors that
        // the compiler turns into multiplications (every scorecard converts its totals).
        var magnitude = _units < 0 ? unchecked((ulong)-_units) : (ulong)_units;
        var scale = DecimalPlaces;
        if (magnitude % 100_000_000 == 0)
        {
            magnitude /= 100_000_000;
            scale -= 8;
        }
        if (scale >= 4 && magnitude % 10_000 == 0)
        {
            magnitude /= 10_000;
            scale -= 4;
        }
        if (scale >= 2 && magnitude % 100 == 0)
        {
            magnitude /= 100;
            scale -= 2;
        }
        if (scale >= 1 && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale -= 1;
        }
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, _units < 0, (byte)scale);
    }

    /// <summary>
    /// Computes these points × <paramref name="numerator"/> ÷ <paramref name="denominator"/> (a/b × maximum, survey % ÷
    /// 100 × maximum), kept to 10 decimal places, half to even, and at most <paramref name="atMost"/> units.
    /// </summary>
    /// <remarks>Exact for any decimals: in 64 or 128 bits when the numbers are non-negative with mantissas of 64 bits
    /// (<see cref="TryScale(DecimalBits, DecimalBits, out Points)"/>), which reported numbers almost always are, otherwise
    /// in big integers. The numbers are given as their parts, read in place from the value.</remarks>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    /// <exception cref="OverflowException">The result is below the range of points (above it, the result is <paramref name="atMost"/>).</exception>
    internal Points Scale(decimal numerator, decimal denominator, long atMost = long.MaxValue) =>
        Scale(new DecimalBits(numerator), new DecimalBits(denominator), atMost);

    /// <inheritdoc cref="Scale(decimal, decimal, long)"/>
    internal Points Scale(DecimalBits numerator, DecimalBits denominator, long atMost = long.MaxValue)
    {
        if (TryScale(numerator, denominator, out var result))
        {
            return result._units <= atMost ? result : new Points(atMost);
        }
        return ScaleWide(numerator, denominator, atMost);
    }

    /// <summary>Computes these points × <paramref name="percent"/> ÷ 100 (a survey's % of the maximum), exactly as
    /// <see cref="Scale(decimal, decimal, long)"/> with a denominator of 100: the divisor is then a power of ten, divided
    /// by a multiplication.</summary>
    internal Points Percent(decimal percent) => Percent(new DecimalBits(percent));

    /// <inheritdoc cref="Percent(decimal)"/>
    internal Points Percent(DecimalBits percent) => TryPercent(percent, out var result) ? result : Scale(percent, new DecimalBits(100m));

    /// <summary>The usual case of <see cref="Percent(decimal)"/>, with no call: a non-negative percentage of a 64-bit
    /// mantissa with at most 16 decimals whose product with the points fits in 64 bits; <see langword="false"/>
    /// otherwise. The scorer's loops call it alone, and leave any other value to the scorer's general walk.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryPercent(DecimalBits percent, out Points result)
    {
        var digits = percent.Scale + 2; // ÷ (100 × 10^scale)
        if (percent.High == 0 && percent.Flags >= 0 && _units >= 0 && digits < Powers.Length && MultiplyWide(percent.Low, (ulong)_units, out var dividend) == 0)
        {
            var power = Powers[digits];
            var whole = DividePowerOfTen(dividend, digits);
            if (RoundsUp(whole, dividend - (whole * power), power)) // the remainder is below 10¹⁸: no overflow when doubled
            {
                whole++;
            }
            result = new Points((long)whole); // below 2⁶⁴ ÷ 100 + 1: a long holds it
            return true;
        }
        result = default;
        return false;
    }

    // Each constant divisor is compiled into a multiplication and a shift. Digits are 2 (a percentage's own ÷ 100) to 18.
    // Inlined into the survey leaves' loop.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong DividePowerOfTen(ulong value, int digits) => digits switch
    {
        2 => value / 100,
        3 => value / 1_000,
        4 => value / 10_000,
        5 => value / 100_000,
        6 => value / 1_000_000,
        7 => value / 10_000_000,
        8 => value / 100_000_000,
        9 => value / 1_000_000_000,
        10 => value / 10_000_000_000,
        11 => value / 100_000_000_000,
        12 => value / 1_000_000_000_000,
        13 => value / 10_000_000_000_000,
        14 => value / 100_000_000_000_000,
        15 => value / 1_000_000_000_000_000,
        16 => value / 10_000_000_000_000_000,
        17 => value / 100_000_000_000_000_000,
        _ => value / 1_000_000_000_000_000_000, // 18
    };

    // Kept apart so that the usual path does not set up big integers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Points ScaleWide(DecimalBits n, DecimalBits d, long atMost)
    {
        // a / 10^sa ÷ (b / 10^sb) × u = a × u × 10^sb ÷ (b × 10^sa), as in TryScale, with signs.
        var dividend = Mantissa(n) * _units * BigInteger.Pow(10, Math.Max(d.Scale - n.Scale, 0));
        var divisor = Mantissa(d) * BigInteger.Pow(10, Math.Max(n.Scale - d.Scale, 0));
        if (divisor.IsZero)
        {
            throw new DivideByZeroException(Invariant.Format($"{this} × {Invariant.Format(n.ToDecimal())} ÷ {Invariant.Format(d.ToDecimal())} divides by zero"));
        }
        var whole = BigInteger.DivRem(dividend, divisor, out var remainder); // toward zero: the remainder has the dividend's sign
        if (RoundsUp(whole, BigInteger.Abs(remainder), BigInteger.Abs(divisor)))
        {
            whole += dividend.Sign * divisor.Sign;
        }
        return whole > atMost ? new Points(atMost)
            : whole >= -long.MaxValue && whole <= long.MaxValue ? new Points((long)whole)
            : throw new OverflowException(Invariant.Format($"{this} × {Invariant.Format(n.ToDecimal())} ÷ {Invariant.Format(d.ToDecimal())} points is out of range"));
    }

    private static BigInteger Mantissa(DecimalBits bits)
    {
        var mantissa = ((BigInteger)bits.High << 64) | bits.Low;
        return bits.Flags < 0 ? -mantissa : mantissa;
    }

    /// <summary>The exact integer path of <see cref="Scale(decimal, decimal, long)"/>: <see langword="false"/> when a number is negative, the
    /// denominator is zero, a mantissa needs more than 64 bits, or the result does not fit.</summary>
    internal bool TryScale(decimal numerator, decimal denominator, out Points result) =>
        TryScale(new DecimalBits(numerator), new DecimalBits(denominator), out result);

    /// <inheritdoc cref="TryScale(decimal, decimal, out Points)"/>
    private bool TryScale(DecimalBits n, DecimalBits d, out Points result) => TryScaleNarrow(n, d, out result) || TryScaleWide(n, d, out result);

    /// <summary>The usual case of <see cref="TryScale(decimal, decimal, out Points)"/>, with no call: both products
    /// below 2⁵³; <see langword="false"/> otherwise. The scorer's loops call it alone, and leave any other value to the
    /// scorer's general walk.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryScaleNarrow(DecimalBits n, DecimalBits d, out Points result)
    {
        result = default;
        if (!CanScale(n, d))
        {
            return false;
        }

        // a / 10^sa ÷ (b / 10^sb) × u = a × u × 10^sb ÷ (b × 10^sa); only the difference of the scales is applied.
        var shift = d.Scale - n.Scale;

        // Reported numbers' ratios almost always have both products below 2⁵³, in one 64-bit word each: the quotient
        // then comes from a floating-point division (a hardware division of 64 bits costs tens of nanoseconds), without
        // 128-bit arithmetic. Cut to an integer it is exactly the floor: x / y lies at least 1/y below the next integer,
        // and rounding it to a double moves it by at most half a unit in the last place, less than 1/y (x < 2⁵³).
        var high = MultiplyWide(n.Low, (ulong)_units, out var dividend);
        var divisor = d.Low;
        if (shift > 0)
        {
            high |= MultiplyWide(dividend, Powers[shift], out dividend);
        }
        else if (shift < 0)
        {
            high |= MultiplyWide(divisor, Powers[-shift], out divisor);
        }
        if (high == 0 && dividend < Exact53 && divisor < Exact53)
        {
            var (x, y) = ((long)dividend, (long)divisor);
            var q = (long)((double)x / y);
            if (RoundsUp(q, x - (q * y), y)) // the remainder is below 2⁵³: no overflow when doubled
            {
                q++;
            }
            result = new Points(q);
            return true;
        }
        return false;
    }

    /// <summary>Whether the integer paths take the numbers: non-negative, mantissas of 64 bits, a divisor other than
    /// zero, scales less than 19 apart, and points not below zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool CanScale(DecimalBits n, DecimalBits d) =>
        n.High == 0 && d.High == 0 && (n.Flags | d.Flags) >= 0 && d.Low != 0 && _units >= 0 && Math.Abs(d.Scale - n.Scale) < Powers.Length;

    /// <summary>a × b in 128 bits: the high half, and the low one in <paramref name="low"/>. One multiplication in 64
    /// bits when the product fits there (the numbers' leading zeros say so), the usual case: Math.BigMul passes its low
    /// half through memory, which each leaf of the scorer's loops then waited for.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyWide(ulong a, ulong b, out ulong low)
    {
        if (ulong.LeadingZeroCount(a) + ulong.LeadingZeroCount(b) >= 64)
        {
            low = a * b;
            return 0;
        }
        return Math.BigMul(a, b, out low);
    }

    /// <summary>Half to even, for every division above: whether a quotient, cut toward zero, goes one unit further
    /// from zero, given the magnitudes of its remainder and divisor (the callers' remainders are far from overflowing
    /// when doubled).</summary>
    private static bool RoundsUp<T>(T whole, T remainder, T divisor) where T : IBinaryInteger<T>
    {
        var twice = remainder + remainder;
        return twice > divisor || (twice == divisor && T.IsOddInteger(whole));
    }

    // Products of 2⁵³ or more, in 128 bits.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryScaleWide(DecimalBits n, DecimalBits d, out Points result)
    {
        result = default;
        if (!CanScale(n, d))
        {
            return false;
        }
        var shift = d.Scale - n.Scale;
        var dividend = (UInt128)n.Low * (ulong)_units;
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

        var (whole, remainder) = UInt128.DivRem(dividend, divisor);
        if (RoundsUp(whole, remainder, divisor)) // the remainder is below 2⁶⁴ × 10¹⁸: no overflow when doubled
        {
            whole++;
        }
        if (whole > long.MaxValue)
        {
            return false;
        }
        result = new Points((long)whole);
        return true;
    }

    /// <summary>Formats the points as a decimal without trailing zeros, in the invariant culture ("2.5", "0.6666666667").</summary>
    /// <returns>The points as text.</returns>
    public override string ToString() => Invariant.Format(ToDecimal());

    // Written by hand, not a record struct: equality sits beside the ordering (IComparable, <, >), both over the one
    // field of units, and a record struct would add members (PrintMembers, a synthesized ToString) that show the units.
    /// <summary>Compares two numbers of points.</summary>
    /// <param name="other">The points to compare with.</param>
    /// <returns><see langword="true"/> when they are the same number.</returns>
    public bool Equals(Points other) => _units == other._units;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Points other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _units.GetHashCode();

    /// <summary>Orders two numbers of points.</summary>
    /// <param name="other">The points to compare with.</param>
    /// <returns>Less than zero, zero or more than zero as these points are fewer, the same or more.</returns>
    public int CompareTo(Points other) => _units.CompareTo(other._units);

    /// <summary>Orders these points and another object, which must be <see cref="Points"/> or null (null comes first).</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>Less than zero, zero or more than zero as these points come before, with or after it.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not <see cref="Points"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Points other => CompareTo(other),
        _ => throw new ArgumentProblem(nameof(obj), "The object is not Points.").ToException(),
    };

    /// <summary>Adds two numbers of points.</summary>
    /// <param name="left">The first addend.</param>
    /// <param name="right">The second addend.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the range.</exception>
    public static Points operator +(Points left, Points right) => new(checked(left._units + right._units));

    /// <summary>Subtracts points from points.</summary>
    /// <param name="left">The minuend.</param>
    /// <param name="right">The subtrahend.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the range.</exception>
    public static Points operator -(Points left, Points right) => new(checked(left._units - right._units));

    /// <summary>Negates points.</summary>
    /// <param name="points">The points.</param>
    /// <returns>The points with the opposite sign.</returns>
    /// <exception cref="OverflowException">The result is outside the range (only for the lowest value).</exception>
    public static Points operator -(Points points) => new(checked(-points._units));

    /// <summary>Compares two numbers of points for equality.</summary>
    /// <param name="left">The first points.</param>
    /// <param name="right">The second points.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Points left, Points right) => left.Equals(right);

    /// <summary>Compares two numbers of points for inequality.</summary>
    /// <param name="left">The first points.</param>
    /// <param name="right">The second points.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Points left, Points right) => !left.Equals(right);

    /// <summary>Tells whether the left points are fewer.</summary>
    /// <param name="left">The first points.</param>
    /// <param name="right">The second points.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(Points left, Points right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the left points are fewer or the same.</summary>
    /// <param name="left">The first points.</param>
    /// <param name="right">The second points.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is at most <paramref name="right"/>.</returns>
    public static bool operator <=(Points left, Points right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the left points are more.</summary>
    /// <param name="left">The first points.</param>
    /// <param name="right">The second points.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is more than <paramref name="right"/>.</returns>
    public static bool operator >(Points left, Points right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the left points are more or the same.</summary>
    /// <param name="left">The first points.</param>
    /// <param name="right">The second points.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is at least <paramref name="right"/>.</returns>
    public static bool operator >=(Points left, Points right) => left.CompareTo(right) >= 0;
}
