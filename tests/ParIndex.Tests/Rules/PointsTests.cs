using System.Globalization;
using System.Numerics;

namespace ParIndex.Tests.Rules;

public class PointsTests
{
    private const long One = 10_000_000_000L; // units in a point

    [Fact]
    public void Default_IsZero()
    {
        Assert.Equal(Points.Zero, default);
        Assert.Equal(0m, default(Points).ToDecimal());
        Assert.Equal("0", default(Points).ToString());
    }

    [Fact]
    public void Equality_And_Ordering_FollowTheNumbers() =>
        // 1.5 written with trailing zeros is the same number; 2 is more.
        ContractAssert.OrderingContract(Points.FromDecimal(1.5m), Points.FromDecimal(1.5000000000m), Points.FromDecimal(2m));

    [Fact]
    public void Equality_NegativeAndZero() =>
        ContractAssert.OrderingContract(Points.FromDecimal(-0.0000000001m), -Points.FromDecimal(0.0000000001m), Points.Zero);

    [Theory]
    [InlineData("1.5", "0.25", "1.75")] // 1.5 + 0.25 = 1.75
    [InlineData("0.6666666667", "0.3333333333", "1")] // 2/3 and 1/3 kept to 10 places sum to exactly 1
    [InlineData("2", "-0.5", "1.5")]
    [InlineData("0.1", "0.2", "0.3")] // exact, unlike binary floating point
    public void Addition_IsExact(string left, string right, string sum)
    {
        var total = Points.FromDecimal(Parse(left)) + Points.FromDecimal(Parse(right));
        Assert.Equal(Parse(sum), total.ToDecimal());
        Assert.Equal(Points.FromDecimal(Parse(left)), total - Points.FromDecimal(Parse(right)));
    }

    [Theory]
    [InlineData("0.33333333333")] // 11 decimal places
    [InlineData("0.3333333333333333333333333333")] // 1/3 in decimal
    [InlineData("922337203.6854775808")] // one unit above the range
    [InlineData("-922337203.6854775808")] // long.MinValue units: converted only within ±long.MaxValue
    [InlineData("1000000000000")]
    public void FromDecimal_NotHeldExactly_ThrowsNamingTheParameter(string text)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>("points", () => Points.FromDecimal(Parse(text)));
        Assert.Equal(Parse(text), error.ActualValue);
    }

    [Theory]
    [InlineData("922337203.6854775807")] // the largest: long.MaxValue units
    [InlineData("-922337203.6854775807")] // the smallest: −long.MaxValue units
    [InlineData("1.500000000000000")] // 15 places, but only 1 significant
    [InlineData("0.0000000001")] // one unit
    public void FromDecimal_HeldExactly_RoundTrips(string text) =>
        Assert.Equal(Parse(text), Points.FromDecimal(Parse(text)).ToDecimal());

    [Fact]
    public void Operators_OutsideTheRange_ThrowOverflow()
    {
        var highest = Points.FromDecimal(922337203.6854775807m);
        var unit = Points.FromDecimal(0.0000000001m);
        var lowest = -highest - unit; // long.MinValue units: reached by arithmetic only
        Assert.Equal(-922337203.6854775808m, lowest.ToDecimal());
        Assert.Throws<OverflowException>(() => highest + unit);
        Assert.Throws<OverflowException>(() => lowest - unit);
        Assert.Throws<OverflowException>(() => -lowest);
    }

    [Theory]
    [InlineData(20_000_000_000L, "2")]
    [InlineData(5_000_000_000L, "0.5")]
    [InlineData(13_129_500_000L, "1.31295")]
    [InlineData(1L, "0.0000000001")]
    [InlineData(0L, "0")]
    [InlineData(-25_000_000_000L, "-2.5")]
    [InlineData(123_456_789_012_345_678L, "12345678.9012345678")]
    [InlineData(long.MinValue, "-922337203.6854775808")]
    public void ToDecimal_DropsTrailingZeros(long units, string expected)
    {
        var points = Points.FromUnits(units);
        Assert.Equal(expected, points.ToDecimal().ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, points.ToString()); // invariant whatever the culture (the vi-VN run writes "2,5" otherwise)
    }

    [Theory]
    [InlineData("2", "3", 10_000_000_000L, 6_666_666_667L)] // 2/3 × 1 point: …6666.67 rounds up
    [InlineData("1", "3", 10_000_000_000L, 3_333_333_333L)] // …3333.33 rounds down
    [InlineData("1", "2", 1L, 0L)] // exactly half a unit: to the even 0
    [InlineData("3", "2", 1L, 2L)] // one and a half units: to the even 2
    [InlineData("45", "60", 20_000_000_000L, 15_000_000_000L)] // 45/60 × 2 = 1.5
    [InlineData("0.5", "0.25", 10L, 20L)] // scales differ on both sides
    [InlineData("87.53", "100", 15_000_000_000L, 13_129_500_000L)] // 87.53% of 1.5 points = 1.31295
    [InlineData("0", "7", 10_000_000_000L, 0L)]
    public void TryScale_ExactRatio_RoundsHalfToEven(string numerator, string denominator, long units, long expected)
    {
        Assert.True(Points.FromUnits(units).TryScale(Parse(numerator), Parse(denominator), out var result));
        Assert.Equal(expected, result.Units);
    }

    [Theory]
    [InlineData("-1", "2")] // negative
    [InlineData("1", "0")] // no denominator
    [InlineData("79228162514264337593543950335", "3")] // a mantissa of 96 bits
    [InlineData("1", "0.0000000000000000000000000001")] // scales too far apart
    public void TryScale_OutsideIntegers_ReturnsFalse(string numerator, string denominator) =>
        Assert.False(Points.FromUnits(10_000_000_000L).TryScale(Parse(numerator), Parse(denominator), out _));

    [Fact]
    public void TryScale_ResultAboveLong_ReturnsFalse() =>
        Assert.False(Points.FromUnits(long.MaxValue / 2).TryScale(1_000_000_000m, 1m, out _));

    [Fact]
    public void TryScale_LargeRatioTimesLargeMaximum_ReturnsFalse() =>
        // 93.5 points × 40155 ÷ 0.0029 ≈ 1,294,652,586,206.9 points = 1.29 × 10²² units, past long's 9.22 × 10¹⁸.
        Assert.False(Points.FromUnits(935_000_000_000).TryScale(40155m, 0.0029m, out _));

    [Property(MaxTest = 1000)]
    public Property TryScale_SmallRatios_MatchDecimalArithmetic() =>
        Prop.ForAll(
            Arb.From(
                from ratio in ExactRatio.Any(0)
                from quarters in Gen.Choose(1, 400)
                select (Ratio: ratio, Units: quarters * (One / 4))),
            c =>
            {
                // A large ratio times a large maximum can pass long's range (40155 ÷ 0.0029 × 93.5 points is about
                // 1.3 × 10²² units): then the exact path must decline, not wrap.
                var reference = c.Ratio.Times(c.Units);
                var scaled = Points.FromUnits(c.Units).TryScale(c.Ratio.Numerator, c.Ratio.Denominator, out var result);
                return reference <= long.MaxValue ? scaled && result.Units == reference : !scaled;
            });

    [Fact]
    public void TryScale_SecondMantissaOfMoreThan64Bits_ReturnsFalse() =>
        // 2⁶⁴ + 3: read by its low 64 bits alone it would be 3, and 1 ÷ 3 point would be 3,333,333,333 units.
        Assert.False(Points.FromUnits(One).TryScale(1m, 18446744073709551619m, out _));

    [Fact]
    public void TryScale_DividendBeyond128BitsOnceScaled_ReturnsFalse() =>
        // 7,378,697,629,483,820,647 × 2⁶² units ≈ 3.4 × 10³⁷ is above (2¹²⁸ − 1) ÷ 10, so multiplying it by 10 (the
        // denominator 1.0 has one decimal more) cannot be done in 128 bits; the quotient is far beyond a long anyway.
        Assert.False(Points.FromUnits(4_611_686_018_427_387_904L).TryScale(7_378_697_629_483_820_647m, 1.0m, out _));

    [Theory]
    [InlineData(1L, "-1", "2", 0L)] // −0.5 unit: half to the even 0
    [InlineData(1L, "-3", "2", -2L)] // −1.5 units: half to the even −2
    [InlineData(1L, "3", "-2", -2L)] // the sign from the denominator
    [InlineData(1L, "-5", "-2", 2L)] // 2.5 units from two negatives: to the even 2
    [InlineData(One, "-2", "3", -6_666_666_667L)] // −6,666,666,666.67 units: away from zero, to the nearer
    [InlineData(One, "-1", "3", -3_333_333_333L)] // −3,333,333,333.33 units: toward zero, to the nearer
    [InlineData(One, "-1", "0.5", -2 * One)] // −1 ÷ 0.5 × 1 point: the denominator's decimal scales the numerator up
    [InlineData(One, "-0.5", "2", -2_500_000_000L)] // −0.5 ÷ 2 × 1 point: the numerator's decimal scales the denominator up
    [InlineData(-One, "1", "4", -2_500_000_000L)] // −1 point × 1/4
    [InlineData(1L, "18446744073709551616", "10000000000", 1_844_674_407L)] // 1 unit × 2⁶⁴ ÷ 10¹⁰ = 1,844,674,407.37… units
    [InlineData(25_000_000_000L, "1.0000000000000000000", "1", 25_000_000_000L)] // a ratio written with 19 decimals: 2.5 × 1
    [InlineData(One, "0.1", "1844674407370955162", 0L)] // 0.1 ÷ 1.8 × 10¹⁸ point = 5.4 × 10⁻²⁰ point: 0 units
    [InlineData(long.MaxValue, "-1", "1", -long.MaxValue)] // the lowest points held by a conversion
    [InlineData(long.MaxValue, "-1", "-1", long.MaxValue)] // the highest
    public void Scale_AnySigns_RoundsHalfToEven(long units, string numerator, string denominator, long expected) =>
        Assert.Equal(expected, Points.FromUnits(units).Scale(Parse(numerator), Parse(denominator)).Units);

    [Fact]
    public void Scale_ByZero_ThrowsSayingWhat()
    {
        var error = Assert.Throws<DivideByZeroException>(() => Points.FromUnits(One).Scale(1m, 0m));
        Assert.Equal("1 × 1 ÷ 0 divides by zero", error.Message);
    }

    [Fact]
    public void Scale_BelowTheRange_ThrowsSayingWhat()
    {
        // 922,337,203.6854775807 × −2 is below −922,337,203.6854775807, the lowest points held.
        var error = Assert.Throws<OverflowException>(() => Points.FromUnits(long.MaxValue).Scale(-2m, 1m));
        Assert.Equal("922337203.6854775807 × -2 ÷ 1 points is out of range", error.Message);
    }

    [Theory]
    [InlineData("-3", "-2")] // −3 ÷ −2 × 1 point = 1.5 points (in big integers), capped at 1 point (a proportional rule's maximum)
    [InlineData("3", "2")] // the same in 64 bits
    [InlineData("2000000000", "3")] // 2 × 10⁹ ÷ 3 × 1 point = 666,666,666.67 points, the product 2 × 10¹⁹ units past 64 bits
    public void Scale_AboveTheCap_GivesTheCap(string numerator, string denominator) =>
        Assert.Equal(One, Points.FromUnits(One).Scale(Parse(numerator), Parse(denominator), atMost: One).Units);

    [Theory]
    [InlineData(4_294_967_296L, "4294967296", "1000.0", 18_446_744_073_709_552L)] // 2³² units × 2³² = 2⁶⁴, whose low word is 0; × 10 ÷ 10,000 = 18,446,744,073,709,551.616 units
    [InlineData(6_763_806_160_360_168_926L, "3", "100000.0", 202_914_184_810_805L)] // 3 × units = 2⁶⁴ + 1,844,674,407,370,955,162, whose low word × 10 = 2⁶⁴ + 4: both steps carry 1 into the high word; × 10 ÷ 10⁶ = 202,914,184,810,805.06778
    [InlineData(4_611_686_018_427_387_906L, "0.4", "1844674407370955162", 1L)] // 4 × units = 2⁶⁴ + 8 over the divisor × 10 = 2⁶⁴ + 4: both carry a high word of 1; (2⁶⁴ + 8) ÷ (2⁶⁴ + 4) = 1.000…
    [InlineData(One, "1", "10000000000000000000", 0L)] // 1 point ÷ 10¹⁹ = 10⁻¹⁹ point: 0 units (10¹⁹ fits 64 bits but not a long)
    public void Scale_ProductsAcross64BitWords_AreExact(long units, string numerator, string denominator, long expected) =>
        Assert.Equal(expected, Points.FromUnits(units).Scale(Parse(numerator), Parse(denominator)).Units);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    public void Percent_150WrittenWithAnyNumberOfDecimals_GivesOneAndAHalfUnitsToEven(int decimals)
    {
        // 150 % of 1 unit = 1.5 units: half to the even 2, whether written "150", "150.0" or with 17 zeros (the
        // divisor is 100 × 10^decimals: one constant divisor for each of 0–16 decimals, the general path for 17).
        var percent = Parse("150" + (decimals > 0 ? "." + new string('0', decimals) : ""));
        Assert.Equal(2L, Points.FromUnits(1L).Percent(percent).Units);
    }

    [Property(MaxTest = 1000)]
    public Property Percent_IsTheExactShare() =>
        Prop.ForAll(
            Arb.From(
                from n in Gen.Choose(-200_000, 200_000)
                from scale in Gen.Choose(0, 4)
                from units in Gen.OneOf(Gen.Choose(-400, 400).Select(q => q * (One / 4)), Gen.Choose(-1000, 1000).Select(u => (long)u))
                select (n, scale, units)),
            c =>
            {
                // p % × points = p ÷ 100 × points: the 64-bit path for a non-negative percentage and points, Scale for the rest.
                var percent = new ExactRatio(c.n, c.scale, 100, 0);
                return Points.FromUnits(c.units).Percent(percent.Numerator).Units == percent.Times(c.units);
            });

    [Theory]
    [InlineData(One, "-50", -5_000_000_000L)] // −50 % of 1 point = −0.5 point: the sign kept
    [InlineData(-One, "1", -100_000_000L)] // 1 % of −1 point = −0.01 point
    [InlineData(1L, "18446744073709551616", 184_467_440_737_095_516L)] // 2⁶⁴ % of 1 unit = 184,467,440,737,095,516.16 units: a mantissa of 65 bits, whose low word is 0
    [InlineData(long.MaxValue, "2", 184_467_440_737_095_516L)] // 2 % of the most points: (2⁶⁴ − 2) ÷ 100 = 184,467,440,737,095,516.14, the largest product in 64 bits ÷ 100, far within a long
    [InlineData(1L, "15.000000000000000000", 0L)] // 15 % (18 decimals) of 1 unit = 0.15 unit: 0 (a divisor of 10²⁰, beyond the powers of ten in 64 bits)
    public void Percent_AnySignAndSize_IsTheExactShare(long units, string percent, long expected) =>
        Assert.Equal(expected, Points.FromUnits(units).Percent(Parse(percent)).Units);

    [Property(MaxTest = 1000)]
    public Property Scale_SignedRatios_MatchDecimalArithmetic() =>
        Prop.ForAll(
            Arb.From(
                from ratio in ExactRatio.Any(-100_000)
                from quarters in Gen.Choose(-400, 400)
                select (Ratio: ratio, Units: quarters * (One / 4))),
            c =>
            {
                // Past long's range (−88.5 points × 40419 ÷ 0.0015 is about −2.4 × 10²² units) a result below it is
                // refused and one above it is held at the cap, which is long's largest when none is given.
                var reference = c.Ratio.Times(c.Units);
                var scale = () => Points.FromUnits(c.Units).Scale(c.Ratio.Numerator, c.Ratio.Denominator).Units;
                return reference < -long.MaxValue ? Record.Exception(() => scale()) is OverflowException
                    : scale() == BigInteger.Min(reference, long.MaxValue);
            });

    [Fact]
    public void Scale_ExactHalfWhoseRatioDoesNotEnd_RoundsToEven()
    {
        // 91.181 ÷ 217.6 does not end (217.6 has the factor 17), but × 12.75 points (1275 = 3 × 5² × 17) it is exactly
        // 5.34263671875 points = 53,426,367,187.5 units: half to the even 53,426,367,188. Decimal arithmetic,
        // dividing first, gets 53,426,367,187.4999… and rounds down. Found by FsCheck in CI.
        Assert.Equal(-53_426_367_188L, Points.FromUnits(-127_500_000_000L).Scale(-91.181m, -217.6m).Units);
        Assert.Equal(53_426_367_188L, Points.FromUnits(127_500_000_000L).Scale(91.181m, 217.6m).Units);
    }

    [Fact]
    public void ToDecimal_Zero_IsNotNegative()
    {
        Assert.False(decimal.IsNegative(Points.Zero.ToDecimal()));
        Assert.False(decimal.IsNegative((Points.FromDecimal(1m) - Points.FromDecimal(1m)).ToDecimal()));
    }

    [Theory]
    [InlineData("0.0000000001", true)] // 10 decimals
    [InlineData("0.00000000001", false)] // 11
    [InlineData("100000000", true)] // the largest total maximum
    [InlineData("-100000000", true)]
    [InlineData("100000000.0000000001", false)]
    public void Fits_TenDecimalsWithinTheMethodologyLimit(string points, bool fits) =>
        Assert.Equal(fits, Points.Fits(Parse(points)));

    [Fact]
    public void CompareTo_AnotherType_IsRefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentException>("obj", () => Points.Zero.CompareTo("0"));
        Assert.StartsWith("The object is not Points.", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Points.Zero.CompareTo(null)); // null comes first
    }

    // FsCheck sizes a long parameter (within ±100 at its default size of 100); DoNotSize<long> draws from long's whole
    // range, which these properties are about.
    [Property]
    public bool ToDecimal_RoundTripsThroughFromDecimal(DoNotSize<long> drawn)
    {
        var held = Math.Max(drawn.Item, -long.MaxValue); // decimals convert within ±long.MaxValue units
        return Points.FromDecimal(Points.FromUnits(held).ToDecimal()).Units == held;
    }

    [Property]
    public bool FromDecimal_AnyDecimalWithTenPlacesInRange_RoundTrips(DoNotSize<long> drawn, byte scaleSeed)
    {
        // A decimal of at most 10 places whose value is within ±922,337,203.6854775807: mantissa ÷ 10^scale with the
        // mantissa cut so that mantissa × 10^(10 − scale) still fits in a long (long.MinValue itself, as 10 places, is
        // one unit below the range: FromDecimal_NotHeldExactly_ThrowsNamingTheParameter).
        var mantissa = Math.Max(drawn.Item, -long.MaxValue);
        var scale = scaleSeed % 11;
        var cut = mantissa / (long)Math.Pow(10, 10 - scale);
        var value = new decimal(cut) / (decimal)Math.Pow(10, scale);
        var points = Points.FromDecimal(value);
        return points.ToDecimal() == value && points.Units == cut * (long)Math.Pow(10, 10 - scale);
    }

    [Property]
    public bool Addition_IsCommutative_AndAgreesWithDecimal(int a, int b, byte scale)
    {
        var (x, y) = (Small(a, scale), Small(b, scale));
        return x + y == y + x && (x + y).ToDecimal() == x.ToDecimal() + y.ToDecimal() && (x + y) - y == x;
    }

    [Property]
    public bool Addition_IsAssociative(DoNotSize<long> a, DoNotSize<long> b, DoNotSize<long> c)
    {
        // Each within a quarter of the range, so no sum overflows.
        var (x, y, z) = (Points.FromUnits(a.Item / 4), Points.FromUnits(b.Item / 4), Points.FromUnits(c.Item / 4));
        return (x + y) + z == x + (y + z);
    }

    [Property]
    public bool Ordering_AgreesWithDecimalOrdering(long a, long b)
    {
        var (x, y) = (Points.FromUnits(a), Points.FromUnits(b));
        var expected = Math.Sign(x.ToDecimal().CompareTo(y.ToDecimal()));
        return Math.Sign(x.CompareTo(y)) == expected && (x < y) == (expected < 0) && (x >= y) == (expected >= 0) && x.Equals(y) == (expected == 0);
    }

    // Points of the size a methodology holds: a whole number of 10^-scale point (scale 0–10).
    private static Points Small(int mantissa, byte scale) => Points.FromDecimal(new decimal(mantissa) / (decimal)Math.Pow(10, scale % 11));

    private static decimal Parse(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
