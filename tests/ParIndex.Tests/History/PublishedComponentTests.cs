namespace ParIndex.Tests.History;

public class PublishedComponentTests
{
    [Fact]
    public void Constructor_DongNai2018_ReadsMaximumAndAreaRankFromTheText()
    {
        var row = PublishedRecord.Components.Single(c => c.Year == 2018 && c.Area.StartsWith("Cải cách tài chính công", System.StringComparison.Ordinal));
        Assert.Equal((false, 12.5m, 16, 9.83m), (row.IsPercentOfMaximum, row.Maximum!.Value, row.AreaRank!.Value, row.Value));
    }

    [Fact]
    public void Points_PercentOfMaximum_UsesTheGivenMaximum()
    {
        var row = new PublishedComponent(2024, ProvinceList.Units63["56"], "Cải cách tài chính công (% tối đa)", 89.5m, "s");
        Assert.True(row.IsPercentOfMaximum);
        Assert.Null(row.Points());
        Assert.Equal(8.95m, row.Points(10m));
    }

    [Theory]
    [InlineData("Cải cách thủ tục hành chính (điểm/14,5)", 14.5)]
    [InlineData("Cải cách thủ tục hành chính (điểm/14.5)", 14.5)]
    [InlineData("Hiện đại hóa hành chính (điểm/15,5; hạng 3/63)", 15.5)]
    [InlineData("Công tác chỉ đạo, điều hành CCHC (điểm/9, hạng 21/63)", 9)]
    public void Constructor_MaximumWithADecimalCommaOrDot_IsReadWhole(string area, decimal maximum)
    {
        // 2948/QĐ-BNV gives areas of 14.5 and 15.5 points, which Vietnamese texts write "14,5" and "15,5".
        var row = new PublishedComponent(2017, ProvinceList.Units63["75"], area, 10m, "s");
        Assert.Equal(maximum, row.Maximum);
    }

    [Theory]
    [InlineData("X (điểm/14,5,5)", "14,5,5")]
    [InlineData("X (điểm/1.4,5)", "1.4,5")]
    public void Constructor_MaximumThatIsNotOneNumber_IsRejectedQuotingIt(string area, string quoted)
    {
        var error = Assert.Throws<System.ArgumentException>(() => new PublishedComponent(2017, ProvinceList.Units63["75"], area, 10m, "s"));
        Assert.Equal("area", error.ParamName);
        Assert.Contains("'" + quoted + "'", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAreas_MaximumWrittenWithADecimalComma_IsItsValue()
    {
        // (a) 14.2 points of a maximum "điểm/14,5" = 14.5: within it, and the only area adds up to the total 14.2.
        // (b) 100 % of "điểm/14,5" = 14.5 points = the total 14.5. Read as 14, (a) would be above its maximum and (b)
        // would add up to 14.
        var province = ProvinceList.Units63["75"];
        var a = new PublishedComponent(2017, province, "Cải cách thủ tục hành chính (điểm/14,5)", 14.2m, "s");
        var b = new PublishedComponent(2017, province, "Cải cách thủ tục hành chính (% tối đa; điểm/14,5)", 100m, "s");

        Assert.Equal(14.5m, b.Points());
        Assert.True(ValidationReport.CheckAreas(new PublishedResult(PublishedIndex.Par, 2017, province, 14.2m, null, "s"), [a]).IsValid);
        Assert.True(ValidationReport.CheckAreas(new PublishedResult(PublishedIndex.Par, 2017, province, 14.5m, null, "s"), [b]).IsValid);
    }

    [Fact]
    public void Equals_SameFields_IsTrue()
    {
        var p = ProvinceList.Units63["38"];
        Assert.Equal(new PublishedComponent(2021, p, "A (điểm)", 7.82m, "s"), new PublishedComponent(2021, p, "A (điểm)", 7.82m, "s"));
        Assert.NotEqual(new PublishedComponent(2021, p, "A (điểm)", 7.82m, "s"), new PublishedComponent(2021, p, "A (điểm)", 7.83m, "s"));
    }
}
