using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ParIndex.Utility;
using Xunit;

namespace ParIndex.Tests.Utility;

public class FixedPointTests
{
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
        Assert.True(FixedPoint.TryScale(Parse(numerator), Parse(denominator), units, out var result));
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("-1", "2")] // negative
    [InlineData("1", "0")] // no denominator
    [InlineData("79228162514264337593543950335", "3")] // a mantissa of 96 bits
    [InlineData("1", "0.0000000000000000000000000001")] // scales too far apart
    public void TryScale_OutsideTheFastPath_ReturnsFalse(string numerator, string denominator) =>
        Assert.False(FixedPoint.TryScale(Parse(numerator), Parse(denominator), 10_000_000_000L, out _));

    [Fact]
    public void TryScale_ResultAboveLong_ReturnsFalse() =>
        Assert.False(FixedPoint.TryScale(1_000_000_000m, 1m, long.MaxValue / 2, out _));

    [Property(MaxTest = 1000)]
    public Property TryScale_SmallRatios_MatchDecimalArithmetic() =>
        Prop.ForAll(
            Arb.From(
                from n in Gen.Choose(0, 100_000)
                from d in Gen.Choose(1, 100_000)
                from nScale in Gen.Choose(0, 4)
                from dScale in Gen.Choose(0, 4)
                from points in Gen.Choose(1, 400)
                select (N: n / Power(nScale), D: d / Power(dScale), Units: FixedPoint.ToUnits(points / 4m))),
            c =>
            {
                // Decimal's 28 digits are far finer than a unit here, so rounding its product is the exact rounding.
                var reference = Math.Round(c.N / c.D * c.Units, 0, MidpointRounding.ToEven);
                return FixedPoint.TryScale(c.N, c.D, c.Units, out var result) && result == reference;
            });

    [Theory]
    [InlineData(20_000_000_000L, "2")]
    [InlineData(5_000_000_000L, "0.5")]
    [InlineData(13_129_500_000L, "1.31295")]
    [InlineData(1L, "0.0000000001")]
    [InlineData(0L, "0")]
    [InlineData(-25_000_000_000L, "-2.5")]
    [InlineData(123_456_789_012_345_678L, "12345678.9012345678")]
    public void ToPoints_DropsTrailingZeros(long units, string expected)
    {
        var points = FixedPoint.ToPoints(units);
        Assert.Equal(expected, points.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Property]
    public bool ToPoints_RoundTripsThroughToUnits(long units) => FixedPoint.ToUnits(FixedPoint.ToPoints(units)) == units;

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static decimal Power(int scale) => scale switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, _ => 10000m };
}
