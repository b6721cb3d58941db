using System.Linq;
using ParIndex.Geography;
using ParIndex.History;
using Xunit;

namespace ParIndex.Tests.History;

public class PublishedComponentTests
{
    [Fact]
    public void Constructor_DongNai2018_ReadsMaximumAndAreaRankFromTheText()
    {
        var row = PublishedRecord.Components.Single(c => c.Year == 2018 && c.Area.StartsWith("Cải cách tài chính công", System.StringComparison.Ordinal));
        Assert.Equal((ComponentUnit.Points, 12.5m, 16, 9.83m), (row.Unit, row.Maximum!.Value, row.AreaRank!.Value, row.Value));
    }

    [Fact]
    public void Points_PercentOfMaximum_UsesTheGivenMaximum()
    {
        var row = new PublishedComponent(2024, ProvinceList.Units63["56"], "Cải cách tài chính công (% tối đa)", 89.5m, "s");
        Assert.Equal(ComponentUnit.PercentOfMaximum, row.Unit);
        Assert.Null(row.Points());
        Assert.Equal(8.95m, row.Points(10m));
    }

    [Fact]
    public void Equals_SameFields_IsTrue()
    {
        var p = ProvinceList.Units63["38"];
        Assert.Equal(new PublishedComponent(2021, p, "A (điểm)", 7.82m, "s"), new PublishedComponent(2021, p, "A (điểm)", 7.82m, "s"));
        Assert.NotEqual(new PublishedComponent(2021, p, "A (điểm)", 7.82m, "s"), new PublishedComponent(2021, p, "A (điểm)", 7.83m, "s"));
    }
}
