namespace ParIndex.Tests.Geography;

public class MergerLinkTests
{
    [Fact]
    public void Equals_SameRow_IsTrue_OtherRowIsFalse()
    {
        var a = MergerLink.Of(ProvinceList.Units63["15"]);
        var b = MergerLink.Into(ProvinceList.Units34["15"]).Single(l => l.Old.Code == "15");
        Assert.Equal(a, b); // the catalogue's one link, found from either side
        ContractAssert.ClassEqualityContract(a, b with { }, MergerLink.Of(ProvinceList.Units63["10"]));
    }

    [Fact]
    public void ToString_YenBai_ShowsSeatNotName() =>
        Assert.Equal("15 Yên Bái (63) → 15 Lào Cai (34), seat", MergerLink.Of(ProvinceList.Units63["15"]).ToString());
}
