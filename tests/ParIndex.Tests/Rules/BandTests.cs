using ParIndex.Rules;
using ParIndex.Tests.Support;
using Xunit;

namespace ParIndex.Tests.Rules;

public class BandTests
{
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
