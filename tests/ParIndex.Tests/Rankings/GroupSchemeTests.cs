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

    [Fact]
    public void Constructor_DuplicateNames_SaySo() =>
        Assert.StartsWith("Group names must be distinct.", Assert.Throws<ArgumentException>(() => new GroupScheme([new Group("A", 90m), new Group("A", 80m)])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_DuplicateBounds_Throw() =>
        Assert.StartsWith("Group bounds must be distinct.", Assert.Throws<ArgumentException>(() => new GroupScheme([new Group("A", 90m), new Group("B", 90m)])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_NullGroup_IsRefusedNamingTheArgument() =>
        Assert.Equal("groups", Assert.Throws<ArgumentException>(() => new GroupScheme([new Group("A", 90m), null!])).ParamName);

    [Fact]
    public void Constructor_GroupsInAnyOrder_AreKeptHighestBoundFirst()
    {
        // Given C 70, A 90, B 80: the scheme lists A, B, C, so 85 is in B (the highest bound not above it), not C.
        var scheme = new GroupScheme([new Group("C", 70m), new Group("A", 90m), new Group("B", 80m)]);

        Assert.Equal(["A", "B", "C"], scheme.Groups.Select(g => g.Name));
        Assert.Equal("B", scheme.Classify(85m)?.Name);
    }
}
