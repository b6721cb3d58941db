namespace ParIndex.Tests.Geography;

public class ProvinceListTests
{
    [Fact]
    public void Units63_Has63UnitsWithDistinctCodes_5CitiesAnd58Provinces()
    {
        var list = ProvinceList.Units63;
        Assert.Equal(63, list.Provinces.Length);
        Assert.Equal(63, list.Provinces.Select(p => p.Code).Distinct().Count());
        Assert.Equal(5, list.Provinces.Count(p => p.Kind == ProvinceKind.CentrallyRunCity));
        Assert.All(list.Provinces, p => Assert.Equal(ProvinceListId.Units63, p.List));
    }

    [Fact]
    public void Units34_Has28ProvincesAnd6Cities()
    {
        // Resolution 202/2025/QH15: 34 = 28 provinces + 6 centrally-run cities (Lao Động's summary).
        var list = ProvinceList.Units34;
        Assert.Equal(34, list.Provinces.Length);
        Assert.Equal(6, list.Provinces.Count(p => p.Kind == ProvinceKind.CentrallyRunCity));
        Assert.Equal(["Cần Thơ", "Huế", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Đà Nẵng"],
            list.Provinces.Where(p => p.Kind == ProvinceKind.CentrallyRunCity).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(2008, 8, 1, nameof(ProvinceListId.Units63))]
    [InlineData(2025, 6, 30, nameof(ProvinceListId.Units63))]
    [InlineData(2025, 7, 1, nameof(ProvinceListId.Units34))]
    [InlineData(2030, 1, 1, nameof(ProvinceListId.Units34))]
    public void ForDate_AroundTheBreaks_PicksTheListInForce(int year, int month, int day, string expected) =>
        // by name: ProvinceListId is internal, a test method's parameters public
        Assert.Equal(Enum.Parse<ProvinceListId>(expected), ProvinceList.ForDate(new LocalDate(year, month, day)).Id);

    [Fact]
    public void ForDate_BeforeAugust2008_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ProvinceList.ForDate(new LocalDate(2008, 7, 31)));
        Assert.Equal("date", e.ParamName);
    }

    [Fact]
    public void Contains_ValidityBounds_AreInclusive()
    {
        Assert.True(ProvinceList.Units63.Contains(new LocalDate(2025, 6, 30)));
        Assert.False(ProvinceList.Units63.Contains(new LocalDate(2025, 7, 1)));
        Assert.False(ProvinceList.Units34.Contains(new LocalDate(2025, 6, 30)));
        Assert.Null(ProvinceList.Units34.ValidTo);
    }

    [Fact]
    public void Indexer_UnknownCode_ThrowsKeyNotFound() =>
        Assert.Throws<KeyNotFoundException>(() => ProvinceList.Units34["02"]);

    [Fact]
    public void TryGet_KnownAndUnknown_ReportsBoth()
    {
        Assert.True(ProvinceList.Units34.TryGet("15", out var laoCai));
        Assert.Equal("Lào Cai", laoCai.Name);
        Assert.False(ProvinceList.Units34.TryGet("10", out _));
    }

    [Fact]
    public void Get_ById_ReturnsTheList_UndefinedThrows()
    {
        Assert.Same(ProvinceList.Units34, ProvinceList.Get(ProvinceListId.Units34));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProvinceList.Get((ProvinceListId)64));
    }

    [Fact]
    public void ToString_ShowsSizeAndPeriod() => Assert.Equal("63 units, 2008-08-01 – 2025-06-30", ProvinceList.Units63.ToString());
}
