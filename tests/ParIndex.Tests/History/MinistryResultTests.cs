namespace ParIndex.Tests.History;

public class MinistryResultTests
{
    [Fact]
    public void Ministries_2022_TopThreeAsPublished()
    {
        // PAR Index 2022, ministries: 1 Ngân hàng Nhà nước 91.77; 2 Bộ Tư pháp 90.63; 3 Bộ Tài chính 89.76 (baodongnai.com.vn 3163860 and the others in par-index-ministries.csv).
        var top = PublishedRecord.Ministries.Where(m => m.Year == 2022).OrderBy(m => m.Rank).ToList();

        Assert.Equal(["Ngân hàng Nhà nước Việt Nam", "Bộ Tư pháp", "Bộ Tài chính"], top.Select(m => m.Ministry));
        Assert.Equal([91.77m, 90.63m, 89.76m], top.Select(m => m.Value!.Value));
    }

    [Fact]
    public void Ministries_WithinEachYear_ValueOrderIsRankOrder_AndEveryRowHasASource()
    {
        foreach (var year in PublishedRecord.Ministries.GroupBy(m => m.Year))
        {
            var ranked = year.Where(m => m.Rank is not null && m.Value is not null).OrderBy(m => m.Rank).ToList();
            Assert.True(ranked.Zip(ranked.Skip(1)).All(p => p.First.Value > p.Second.Value), year.Key + ": " + string.Join("; ", ranked));
            // The first place has the highest value of the year's rows.
            Assert.All(year.Where(m => m.Rank == 1), first => Assert.Equal(year.Max(m => m.Value), first.Value));
        }
        Assert.All(PublishedRecord.Ministries, m => Assert.False(string.IsNullOrWhiteSpace(m.Source)));
        Assert.Equal("2023 Bộ Tư pháp: 89.95, rank 1", PublishedRecord.Ministries.First(m => m.Year == 2023).ToString());
    }
}
