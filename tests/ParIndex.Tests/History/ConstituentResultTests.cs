namespace ParIndex.Tests.History;

public class ConstituentResultTests
{
    [Fact]
    public void Result_ConstituentWithoutRow_IsNull()
    {
        // Lào Cai (34 list, code 15) = Lào Cai (10) + Yên Bái (15); in 2024 only Lào Cai has a PAR row (89.03, rank 26,
        // baolaocai.vn).
        var results = PublishedRecord.ConstituentResults(PublishedIndex.Par, ProvinceList.Units34["15"], 2024);
        Assert.Equal(2, results.Length);
        Assert.Equal(26, results.Single(r => r.Link.Old.Code == "10").Result!.Rank);
        Assert.Null(results.Single(r => r.Link.Old.Code == "15").Result);
    }
}
