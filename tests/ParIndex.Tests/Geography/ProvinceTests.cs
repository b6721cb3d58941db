namespace ParIndex.Tests.Geography;

public class ProvinceTests
{
    private static readonly Province ThuaThienHue = ProvinceList.Units63["46"];

    [Fact]
    public void Name_OfEveryUnit_IsNfcAndHasNoPrefix()
    {
        foreach (var province in ProvinceList.Units63.Provinces.Concat(ProvinceList.Units34.Provinces))
        {
            Assert.True(province.Name.IsNormalized(NormalizationForm.FormC), province.ToString());
            Assert.DoesNotContain("Tỉnh", province.Name, System.StringComparison.Ordinal);
            Assert.DoesNotContain("Thành phố", province.Name, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NameOn_ThuaThienHueFrom2025_IsHue()
    {
        Assert.Equal("Thừa Thiên Huế", ThuaThienHue.NameOn(new LocalDate(2024, 12, 31)));
        Assert.Equal("Huế", ThuaThienHue.NameOn(new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void KindOn_ThuaThienHueFrom2025_IsCentrallyRunCity()
    {
        Assert.Equal(ProvinceKind.Province, ThuaThienHue.KindOn(new LocalDate(2024, 12, 31)));
        Assert.Equal(ProvinceKind.CentrallyRunCity, ThuaThienHue.KindOn(new LocalDate(2025, 1, 1)));
        Assert.Equal(ProvinceKind.Province, ThuaThienHue.Kind);
    }

    [Fact]
    public void NameOn_OtherUnits_IsTheName() =>
        Assert.Equal("Hà Nội", ProvinceList.Units63["01"].NameOn(new LocalDate(2025, 3, 1)));

    [Fact]
    public void FullName_ByKind_HasTheOfficialPrefix()
    {
        Assert.Equal("Thành phố Hồ Chí Minh", ProvinceList.Units63["79"].FullName);
        Assert.Equal("Tỉnh Cà Mau", ProvinceList.Units63["96"].FullName);
        Assert.Equal("Thành phố Huế", ProvinceList.Units34["46"].FullName);
    }

    [Fact]
    public void Equals_SameCodeInTheTwoLists_IsFalse()
    {
        // 52 was Bình Định and is now Gia Lai (Official Letter 915/CTK-CSCL keeps the seat's code).
        var old = ProvinceList.Units63["52"];
        var current = ProvinceList.Units34["52"];
        Assert.NotEqual(old, current);
        Assert.Equal("Bình Định", old.Name);
        Assert.Equal("Gia Lai", current.Name);
    }

    [Fact]
    public void Equals_SameListAndCode_IsTrueWithEqualHash()
    {
        var a = ProvinceList.Units63["96"];
        var b = ProvinceReference.Of(ProvinceListId.Units63, "96").Resolve();
        // A province is one instance per list and code, and declares no ==: Equals and the hash only.
        ContractAssert.EqualsContract(a, b, ProvinceList.Units63["01"]);
    }

    [Fact]
    public void Region_Units63HaveTheSixRegionsWithTheResolutionsCounts_Units34HaveNone()
    {
        var counts = ProvinceList.Units63.Provinces.GroupBy(p => p.Region!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(14, counts[Region.NorthernMidlandsAndMountains]);
        Assert.Equal(11, counts[Region.RedRiverDelta]);
        Assert.Equal(14, counts[Region.NorthCentralAndCentralCoast]);
        Assert.Equal(5, counts[Region.CentralHighlands]);
        Assert.Equal(6, counts[Region.Southeast]);
        Assert.Equal(13, counts[Region.MekongRiverDelta]);
        Assert.All(ProvinceList.Units34.Provinces, p => Assert.Null(p.Region));
    }

    [Fact]
    public void AssessedUnitOf_KeepsCodeAndName()
    {
        var unit = AssessedUnit.Of(ProvinceList.Units63["96"]);
        Assert.Equal("96", unit.Code);
        Assert.Equal("Cà Mau", unit.Name);
    }

    [Fact]
    public void ToString_ShowsCodeNameAndList() => Assert.Equal("46 Thừa Thiên Huế (63)", ThuaThienHue.ToString());
}
