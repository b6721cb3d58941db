namespace ParIndex.Tests.History;

public class PublishedAggregateTests
{
    [Fact]
    public void Constructor_GroupCountWithoutGroup_Throws() =>
        Assert.Equal("group", Assert.Throws<ArgumentException>(() => new PublishedAggregate(PublishedIndex.Par, 2024, AggregateMeasure.GroupCount, null, null, 13m, "s")).ParamName);

    [Fact]
    public void ToString_NationalAverage2024() =>
        Assert.Equal("2024 Par average national: 88.37", PublishedRecord.NationalAverage(PublishedIndex.Par, 2024)!.ToString());

    [Fact]
    public void Equals_SameFields_IsTrue()
    {
        var a = new PublishedAggregate(PublishedIndex.Par, 2024, AggregateMeasure.GroupCount, null, "A", 13m, "s");
        Assert.Equal(a, new PublishedAggregate(PublishedIndex.Par, 2024, AggregateMeasure.GroupCount, null, "A", 13m, "s"));
        Assert.NotEqual(a, new PublishedAggregate(PublishedIndex.Par, 2024, AggregateMeasure.GroupCount, null, "B", 13m, "s"));
    }
}
