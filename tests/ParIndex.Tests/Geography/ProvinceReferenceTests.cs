namespace ParIndex.Tests.Geography;

public class ProvinceReferenceTests
{
    [Theory]
    [InlineData("15", "Yên Bái", "Lào Cai")]
    [InlineData("24", "Bắc Giang", "Bắc Ninh")]
    [InlineData("44", "Quảng Bình", "Quảng Trị")]
    [InlineData("52", "Bình Định", "Gia Lai")]
    [InlineData("80", "Long An", "Tây Ninh")]
    [InlineData("82", "Tiền Giang", "Đồng Tháp")]
    [InlineData("91", "Kiên Giang", "An Giang")]
    public void Resolve_TheSevenReusedCodes_DependOnTheList(string code, string before, string after)
    {
        Assert.Equal(before, ProvinceReference.Of(ProvinceListId.Units63, code).Resolve().Name);
        Assert.Equal(after, ProvinceReference.Of(ProvinceListId.Units34, code).Resolve().Name);
    }

    [Fact]
    public void On_DateSelectsTheList()
    {
        Assert.Equal("Bình Định", ProvinceReference.On(new LocalDate(2025, 6, 30), "52").Resolve().Name);
        Assert.Equal("Gia Lai", ProvinceReference.On(new LocalDate(2025, 7, 1), "52").Resolve().Name);
    }

    [Fact]
    public void Of_CodeNotInTheList_ThrowsNamingCode()
    {
        var e = Assert.Throws<ArgumentException>(() => ProvinceReference.Of(ProvinceListId.Units34, "02"));
        Assert.Equal("code", e.ParamName);
    }

    [Fact]
    public void Equals_SameListAndCode_IsTrue_OtherListIsFalse()
    {
        var a = ProvinceReference.Of(ProvinceListId.Units63, "52");
        ContractAssert.ClassEqualityContract(a, ProvinceList.Units63["52"].Reference, ProvinceReference.Of(ProvinceListId.Units34, "52"));
    }

    [Fact]
    public void ToString_IsListColonCode() => Assert.Equal("34:52", ProvinceReference.Of(ProvinceListId.Units34, "52").ToString());
}
