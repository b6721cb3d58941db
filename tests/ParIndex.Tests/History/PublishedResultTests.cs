namespace ParIndex.Tests.History;

public class PublishedResultTests
{
    private static readonly Province CaMau = ProvinceList.Units63["96"];

    [Fact]
    public void Constructor_ValueAndRank_AreKept()
    {
        var row = new PublishedResult(PublishedIndex.Par, 2023, CaMau, 86.89m, 34, "https://baocamau.vn/");
        Assert.Equal((86.89m, 34), (row.Value!.Value, row.Rank!.Value));
        Assert.Equal("2023 Par 96 Cà Mau (63): 86.89, rank 34", row.ToString());
    }

    [Fact]
    public void Constructor_NeitherValueNorRank_Throws() =>
        Assert.Throws<ArgumentException>(() => new PublishedResult(PublishedIndex.Par, 2023, CaMau, null, null, "s"));

    [Theory]
    [InlineData(64)]
    [InlineData(0)]
    public void Constructor_RankOutsideTheList_Throws(int rank) =>
        Assert.Equal("rank", Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedResult(PublishedIndex.Par, 2023, CaMau, null, rank, "s")).ParamName);

    [Fact]
    public void Constructor_RankOf34ListUnit_IsLimitedTo34() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedResult(PublishedIndex.Par, 2025, ProvinceList.Units34["96"], null, 35, "s"));

    [Fact]
    public void Constructor_ValueAbove100_Throws() =>
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedResult(PublishedIndex.Par, 2023, CaMau, 100.01m, null, "s")).ParamName);

    [Fact]
    public void Equals_SameFields_IsTrue_OtherRankIsFalse()
    {
        var a = new PublishedResult(PublishedIndex.Par, 2023, CaMau, 86.89m, 34, "s");
        ContractAssert.ClassEqualityContract(a, new PublishedResult(PublishedIndex.Par, 2023, CaMau, 86.89m, 34, "s"), new PublishedResult(PublishedIndex.Par, 2023, CaMau, 86.89m, 32, "s"));
    }
}
