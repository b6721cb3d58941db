using ParIndex.Rules;
using ParIndex.TestSupport;
using Xunit;

namespace ParIndex.Tests.Rules;

public class BandTests
{
    [Fact]
    public void Equality_SameBoundsAndPoints_FollowsTheContract() =>
        ContractAssert.EqualityContract(
            Band.Between(70m, 90m, 1m),
            Band.Of(70m, true, 90m, true, 1.0m), // 1.0 and 1 are one number of points
            Band.Between(70m, 90m, 2m), Band.Of(70m, false, 90m, true, 1m), Band.Of(70m, true, 90m, false, 1m),
            Band.Between(71m, 90m, 1m), Band.AtLeast(70m, 1m), default);

    [Theory]
    // "trên 90%": 90 itself is outside, 90.01 inside.
    [InlineData(90, false)]
    [InlineData(90.01, true)]
    public void Contains_Above_ExcludesTheBound(decimal value, bool inside) =>
        Assert.Equal(inside, Band.Above(90m, 2m).Contains(value));

    [Theory]
    // "từ 70% - 90%": both ends inside, 69.99 and 90.01 outside.
    [InlineData(70, true)]
    [InlineData(90, true)]
    [InlineData(69.99, false)]
    [InlineData(90.01, false)]
    public void Contains_Between_IncludesBothBounds(decimal value, bool inside) =>
        Assert.Equal(inside, Band.Between(70m, 90m, 1m).Contains(value));

    [Fact]
    public void Of_ExclusiveFlagOnAMissingBound_IsNotKept()
    {
        // An unbounded side has nothing to include: "(−∞, 70)" whatever the flag says.
        var band = Band.Of(null, true, 70m, false, 0m);

        Assert.False(band.LowerInclusive);
        Assert.Equal(Band.Below(70m, 0m), band);
    }

    [Fact]
    public void Default_IsUnboundedWithNoPoints()
    {
        Band band = default;

        Assert.True(band.Contains(-1_000_000m));
        Assert.True(band.Contains(1_000_000m));
        Assert.Equal(0m, band.Points);
        Assert.Equal("(−∞, ∞) → 0", band.ToString());
    }

    [Fact]
    public void ToString_WritesIntervalNotationAndPoints()
    {
        Assert.Equal("[70, 90] → 1", Band.Between(70m, 90m, 1m).ToString());
        Assert.Equal("(90, ∞) → 2", Band.Above(90m, 2m).ToString());
        Assert.Equal("(−∞, 70] → 0.5", Band.AtMost(70m, 0.5m).ToString());
        Assert.Equal("100 → 1", Band.Exactly(100m, 1m).ToString());
    }
}
