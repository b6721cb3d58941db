namespace ParIndex.Tests.Rankings;

public class GroupTests
{
    [Fact]
    public void ToString_GivesNameAndInclusiveBound() => Assert.Equal("A (≥ 90)", new Group("A", 90m).ToString());

    [Fact]
    public void Equals_NeedsTheSameNameAndTheSameBound()
    {
        var a90 = new Group("A", 90m);

        Assert.True(a90.Equals(new Group("A", 90m)));
        Assert.False(a90.Equals(new Group("A", 80m))); // same name, other bound
        Assert.False(a90.Equals(new Group("B", 90m))); // other name, same bound
        Assert.False(a90.Equals(null));
    }
}
