namespace ParIndex.Tests.History;

public class PublishedRecordTests
{
    private static readonly Province HaiPhong = ProvinceList.Units63["31"];

    [Fact]
    public void Results_Par2023_StartsWithQuangNinh9218AndEndsWithAnGiang()
    {
        var results = PublishedRecord.Results(PublishedIndex.Par, 2023);
        Assert.Equal(("Quảng Ninh", 92.18m, 1), (results.Rows[0].Province.Name, results.Rows[0].Value!.Value, results.Rows[0].Rank!.Value));
        // Rows with a value and no rank (Hòa Bình 86.76, Báo Hòa Bình) come after the ranked rows.
        var last = results.Rows.Last(r => r.Rank is not null);
        Assert.Equal(("An Giang", 81.32m, 63), (last.Province.Name, last.Value!.Value, last.Rank!.Value));
        Assert.All(results.Rows.SkipWhile(r => r.Rank is not null), r => Assert.Null(r.Rank));
        Assert.Equal(63, results.Units);
        Assert.Equal(63 - results.Rows.Length, results.Missing.Length);
    }

    [Fact]
    public void Results_YearWithoutData_IsEmptyWithAllMissing()
    {
        var results = PublishedRecord.Results(PublishedIndex.Sipas, 2012);
        Assert.Empty(results.Rows);
        Assert.Equal(63, results.Missing.Length);
    }

    [Fact]
    public void All_EveryRow_HasAnHttpSource()
    {
        foreach (var index in Enum.GetValues<PublishedIndex>())
        {
            Assert.All(PublishedRecord.All(index), r => Assert.StartsWith("http", r.Source, StringComparison.Ordinal));
        }
        Assert.All(PublishedRecord.Components, c => Assert.StartsWith("http", c.Source, StringComparison.Ordinal));
        Assert.All(PublishedRecord.Aggregates, a => Assert.Matches(@"[a-z0-9-]+\.(vn|com|net|org)", a.Source));
    }

    [Fact]
    public void All_OneRowPerYearAndProvince_NoRankTwiceInAYear()
    {
        foreach (var index in Enum.GetValues<PublishedIndex>())
        {
            var rows = PublishedRecord.All(index);
            Assert.Empty(rows.GroupBy(r => (r.Year, r.Province.Code)).Where(g => g.Count() > 1).Select(g => g.Key));
            Assert.Empty(rows.Where(r => r.Rank is not null).GroupBy(r => (r.Year, r.Rank)).Where(g => g.Count() > 1).Select(g => g.Key));
        }
    }

    [Fact]
    public void Years_Par_Span2012To2024_Sipas2017To2024()
    {
        Assert.Equal(Enumerable.Range(2012, 13), PublishedRecord.Years(PublishedIndex.Par));
        Assert.Equal(2017, PublishedRecord.Years(PublishedIndex.Sipas)[0]);
        Assert.Equal(2024, PublishedRecord.Years(PublishedIndex.Sipas)[^1]);
    }

    [Fact]
    public void Series_HaiPhong_HasThePublishedValuesInYearOrder()
    {
        var series = PublishedRecord.Series(PublishedIndex.Par, HaiPhong);
        Assert.Equal(series.Select(r => r.Year).Order(), series.Select(r => r.Year));
        Assert.Equal(96.17m, series.Single(r => r.Year == 2024).Value);
        Assert.Equal(91.87m, series.Single(r => r.Year == 2023).Value); // VGP and VNA; 91.81 elsewhere (record-conflicts.csv)
    }

    [Fact]
    public void Series_UnitOfThe34List_ThrowsPointingToConstituents() =>
        Assert.Equal("province", Assert.Throws<ArgumentException>(() => PublishedRecord.Series(PublishedIndex.Par, ProvinceList.Units34["31"])).ParamName);

    [Fact]
    public void ConstituentResults_HaiPhong34In2023_AreHaiDuongAndHaiPhongWithoutAggregate()
    {
        var results = PublishedRecord.ConstituentResults(PublishedIndex.Par, ProvinceList.Units34["31"], 2023);
        Assert.Equal(["30", "31"], results.Select(r => r.Link.Old.Code));
        Assert.Equal(91.87m, results.Single(r => r.Link.Old.Code == "31").Result!.Value);
    }

    [Fact]
    public void NationalAverage_2024_Is8837()
    {
        Assert.Equal(88.37m, PublishedRecord.NationalAverage(PublishedIndex.Par, 2024)!.Value);
        Assert.Equal(83.94m, PublishedRecord.NationalAverage(PublishedIndex.Sipas, 2024)!.Value);
        Assert.Null(PublishedRecord.NationalAverage(PublishedIndex.Par, 2022)); // only derivable from "+2.19": not embedded
    }

    [Fact]
    public void RegionalAverage_2024RedRiverDelta_Is9017() =>
        Assert.Equal(90.17m, PublishedRecord.RegionalAverage(PublishedIndex.Par, 2024, Region.RedRiverDelta)!.Value);

    [Fact]
    public void Aggregates_2024Groups_SumTo63() =>
        Assert.Equal(63m, PublishedRecord.Aggregates.Where(a => a.Year == 2024 && a.Measure == AggregateMeasure.GroupCount).Sum(a => a.Value));

    [Fact]
    public void All_UndefinedIndex_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedRecord.All((PublishedIndex)9));
}
