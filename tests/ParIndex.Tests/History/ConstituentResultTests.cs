using System.Linq;
using ParIndex.Geography;
using ParIndex.History;
using Xunit;

namespace ParIndex.Tests.History;

public class ConstituentResultTests
{
    [Fact]
    public void Result_ConstituentWithoutRow_IsNull()
    {
        // Hồ Chí Minh (34 list) = Bình Dương + Bà Rịa - Vũng Tàu + Hồ Chí Minh; in 2024 only Bà Rịa - Vũng Tàu has a PAR row (rank 2).
        var results = PublishedRecord.ConstituentResults(PublishedIndex.Par, ProvinceList.Units34["79"], 2024);
        Assert.Equal(3, results.Length);
        Assert.Equal(2, results.Single(r => r.Link.Old.Code == "77").Result!.Rank);
        Assert.Null(results.Single(r => r.Link.Old.Code == "74").Result);
    }
}
