using System;
using ParIndex.Rankings;
using Xunit;

namespace ParIndex.Tests.Rankings;

public class GroupSchemeTests
{
    [Theory]
    [InlineData("90", "A")]
    [InlineData("89.99", "B")]
    [InlineData("80", "B")]
    [InlineData("79.99", "C")]
    [InlineData("70", "C")]
    public void Ministry_ThresholdsAreInclusiveBelow(string value, string group) =>
        Assert.Equal(group, GroupScheme.Ministry.Classify(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))?.Name);

    [Fact]
    public void Ministry_BelowSeventy_IsInNoGroup() => Assert.Null(GroupScheme.Ministry.Classify(69.99m));

    [Fact]
    public void Constructor_DuplicateNames_Throw() =>
        Assert.Throws<ArgumentException>(() => new GroupScheme([new Group("A", 90m), new Group("A", 80m)]));
}
