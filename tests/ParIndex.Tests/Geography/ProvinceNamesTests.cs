namespace ParIndex.Tests.Geography;

public class ProvinceNamesTests
{
    [Theory]
    [InlineData("Hòa Bình", "17")]
    [InlineData("Hoà Bình", "17")]
    [InlineData("Thanh Hoá", "38")]
    [InlineData("Khánh Hoà", "56")]
    [InlineData("Bà Rịa - Vũng Tàu", "77")]
    [InlineData("Bà Rịa–Vũng Tàu", "77")]
    [InlineData("Bà Rịa-Vũng Tàu", "77")]
    [InlineData("Bà Rịa\u2011Vũng Tàu", "77")]
    [InlineData("BR-VT", "77")]
    [InlineData("Ba Ria - Vung Tau", "77")]
    [InlineData("Ba Ria-Vung Tau", "77")]
    [InlineData("TP. Hồ Chí Minh", "79")]
    [InlineData("TP Hồ Chí Minh", "79")]
    [InlineData("Thành phố Hồ Chí Minh", "79")]
    [InlineData("TP HCM", "79")]
    [InlineData("TP.HCM", "79")]
    [InlineData("Tp.HCM", "79")]
    [InlineData("TPHCM", "79")]
    [InlineData("HCM", "79")]
    [InlineData("HCMC", "79")]
    [InlineData("Ho Chi Minh City", "79")]
    [InlineData("Saigon", "79")]
    [InlineData("Hanoi", "01")]
    [InlineData("Ha Noi", "01")]
    [InlineData("  hà   NỘI ", "01")]
    [InlineData("TỈNH CAO BẰNG", "04")]
    [InlineData("Tỉnh Cà Mau", "96")]
    [InlineData("Thua Thien Hue", "46")]
    [InlineData("Thừa Thiên - Huế", "46")]
    [InlineData("TT-Huế", "46")]
    [InlineData("Huế", "46")]
    [InlineData("Đắc Lắc", "66")]
    [InlineData("Đăk Lăk", "66")]
    [InlineData("Daklak", "66")]
    [InlineData("Ðắk Nông", "67")]
    [InlineData("Bắc Cạn", "06")]
    [InlineData("Kontum", "62")]
    [InlineData("Quãng Ngãi", "51")]
    [InlineData("Danang", "48")]
    [InlineData("Quang Nam Province", "49")]
    public void Match_VariantsFoundInDocuments_FindTheUnitOfThe63List(string name, string code) =>
        Assert.Equal(code, ProvinceNames.Match(name, ProvinceList.Units63).Code);

    [Fact]
    public void Match_Nfd_EqualsNfc() =>
        Assert.Equal("38", ProvinceNames.Match("Thanh Hóa".Normalize(NormalizationForm.FormD), ProvinceList.Units63).Code);

    [Fact]
    public void Match_LaoCai_IsADifferentUnitInEachList()
    {
        Assert.Equal("10", ProvinceNames.Match("Lào Cai", ProvinceList.Units63).Code);
        Assert.Equal("15", ProvinceNames.Match("Lào Cai", ProvinceList.Units34).Code);
    }

    [Fact]
    public void Match_ByDate_UsesTheListInForce()
    {
        Assert.Equal(ProvinceListId.Units63, ProvinceNames.Match("Gia Lai", new LocalDate(2025, 6, 30)).List);
        Assert.Equal("52", ProvinceNames.Match("Gia Lai", new LocalDate(2025, 7, 1)).Code);
    }

    [Fact]
    public void Match_HueInThe34List_IsTheCity() =>
        Assert.Equal(ProvinceList.Units34["46"], ProvinceNames.Match("Thành phố Huế", ProvinceList.Units34));

    [Fact]
    public void Match_UnknownName_ThrowsListingNearestCandidates()
    {
        var e = Assert.Throws<ProvinceNameException>(() => ProvinceNames.Match("Quang Nih", ProvinceList.Units63));
        Assert.False(e.IsAmbiguous);
        Assert.Equal("22", e.Candidates[0].Code);
        Assert.Equal(DiagnosticKind.UnknownName, Assert.Single(e.Diagnostics).Kind);
        Assert.Contains("Quảng Ninh (22)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Match_BlankName_SaysItIsBlankAndOffersNoNearestUnit(string name)
    {
        // 12f09a9 offered Hà Nội, Thừa Thiên Huế and Hồ Chí Minh as the "nearest" of an empty name.
        var e = Assert.Throws<ProvinceNameException>(() => ProvinceNames.Match(name, ProvinceList.Units63));

        Assert.Empty(e.Candidates);
        Assert.Equal($"'{name}' is blank: give the name or code of a unit of the 63-unit list", Assert.Single(e.Diagnostics).Message);
    }

    [Fact]
    public void Match_DissolvedUnitInThe34List_ThrowsNamingWhatItBecame()
    {
        var e = Assert.Throws<ProvinceNameException>(() => ProvinceNames.Match("Bà Rịa - Vũng Tàu", ProvinceList.Units34));
        Assert.Equal(ProvinceList.Units34["79"], Assert.Single(e.Candidates));
        Assert.Contains("part of Hồ Chí Minh (79)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_PrefixOnly_IsUnknownNotStripped() =>
        Assert.Throws<ProvinceNameException>(() => ProvinceNames.Match("Tỉnh", ProvinceList.Units63));

    [Fact]
    public void Match_Null_ThrowsNamingParameter() =>
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ProvinceNames.Match(null!, ProvinceList.Units63)).ParamName);

    [Fact]
    public void TryMatch_UnknownName_ReturnsFalse()
    {
        Assert.False(ProvinceNames.TryMatch("Hà Tây", ProvinceList.Units63, out var none));
        Assert.Null(none);
        Assert.True(ProvinceNames.TryMatch("Hà Nam", ProvinceList.Units63, out var haNam));
        Assert.Equal("35", haNam.Code);
    }

    [Fact]
    public void NameIndex_ShippedLists_HaveNoKeySharedByTwoUnits()
    {
        foreach (var list in new[] { ProvinceList.Units63, ProvinceList.Units34 })
        {
            Assert.Empty(list.Names.Keys.Where(k => k.Value.Length > 1).Select(k => k.Key));
        }
    }

    [Fact]
    public void NameIndex_TwoUnitsUnderOneKey_MatchFailsAsAmbiguousNamingBoth()
    {
        // No shipped list has such a pair; an index over two units whose names fold alike shows the rule: never pick one.
        var a = ProvinceList.Units63["01"];
        var b = new Province { List = ProvinceListId.Units63, Code = "99", Name = "Hà Nội", AsciiName = "Ha Noi", EnglishName = "Hanoi", Kind = ProvinceKind.Province };
        var index = new ProvinceNameIndex([a, b]);
        Assert.Equal([a, b], index.Find("Hà Nội"));
    }

    [Fact]
    public void EditDistance_Examples() => Assert.Equal(1, ProvinceNameIndex.EditDistance("quangnih", "quangninh"));
}
