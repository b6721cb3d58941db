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

    [Theory]
    // Each factory's bounds and their inclusiveness, read from its name: at 90 exactly and just either side.
    [InlineData("Above", 90, false, 90.0001, true)]
    [InlineData("AtLeast", 90, true, 89.9999, false)]
    [InlineData("Below", 90, false, 89.9999, true)]
    [InlineData("AtMost", 90, true, 90.0001, false)]
    public void Factories_OneBound_ContainTheBoundOnlyWhenInclusive(string factory, int bound, bool containsBound, double near, bool containsNear)
    {
        var band = factory switch
        {
            "Above" => Band.Above(bound, 1m),
            "AtLeast" => Band.AtLeast(bound, 1m),
            "Below" => Band.Below(bound, 1m),
            _ => Band.AtMost(bound, 1m),
        };

        Assert.Equal(containsBound, band.Contains(bound));
        Assert.Equal(containsNear, band.Contains((decimal)near));
    }

    [Fact]
    public void Between_ContainsBothBoundsAndNothingOutside()
    {
        var band = Band.Between(70m, 90m, 1m);

        Assert.Equal((true, true, true, false, false), (band.Contains(70m), band.Contains(80m), band.Contains(90m), band.Contains(69.99m), band.Contains(90.01m)));
        Assert.Equal((70m, true, 90m, true, 1m), (band.Lower, band.LowerInclusive, band.Upper, band.UpperInclusive, band.Points));
    }

    [Fact]
    public void Of_OpenBothEnds_ExcludesItsBounds()
    {
        var band = Band.Of(2m, false, 3m, false, 1m);

        Assert.Equal((false, true, false), (band.Contains(2m), band.Contains(2.5m), band.Contains(3m)));
    }

    [Fact]
    public void Of_InclusiveWithoutABound_IsNotInclusive()
    {
        // An absent bound cannot be inclusive: "[−∞" would be meaningless, and two bands would compare unequal over it.
        var band = Band.Of(null, true, null, true, 0m);

        Assert.Equal((false, false), (band.LowerInclusive, band.UpperInclusive));
        Assert.True(band.Contains(decimal.MinValue) && band.Contains(decimal.MaxValue));
        Assert.Equal(Band.Of(null, false, null, false, 0m), band);
    }

    [Theory]
    [InlineData(90, null, false, false, "(90, ∞) → 2")]
    [InlineData(90, null, true, false, "[90, ∞) → 2")]
    [InlineData(null, 70, false, false, "(−∞, 70) → 2")]
    [InlineData(null, 70, false, true, "(−∞, 70] → 2")]
    [InlineData(70, 90, true, true, "[70, 90] → 2")]
    [InlineData(3, 3, true, true, "3 → 2")]
    public void ToString_GivesTheIntervalAndThePoints(int? lower, int? upper, bool lowerInclusive, bool upperInclusive, string expected) =>
        Assert.Equal(expected, Band.Of(lower, lowerInclusive, upper, upperInclusive, 2m).ToString());

    [Fact]
    public void ToString_DecimalsWithAPoint() =>
        Assert.Equal("[0.5, 1.25] → 0.75", Band.Between(0.5m, 1.25m, 0.75m).ToString());

    [Fact]
    public void Equals_NeedsEveryBoundFlagAndThePoints() =>
        ContractAssert.EqualityContract(
            Band.Between(70m, 90m, 1m),
            Band.Of(70.0m, true, 90m, true, 1.0m),
            Band.Of(71m, true, 90m, true, 1m),
            Band.Of(70m, false, 90m, true, 1m),
            Band.Of(70m, true, 91m, true, 1m),
            Band.Of(70m, true, 90m, false, 1m),
            Band.Of(70m, true, 90m, true, 2m));
}
