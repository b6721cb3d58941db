namespace ParIndex.Tests.Geography;

public class Merger2025Tests
{
    [Fact]
    public void Links_MapEveryOldUnitOnce_OntoAll34()
    {
        Assert.Equal(63, MergerLink.All.Length);
        Assert.Equal(ProvinceList.Units63.Provinces.OrderBy(p => p.Code), MergerLink.All.Select(l => l.Old).OrderBy(p => p.Code));
        Assert.Equal(34, MergerLink.All.Select(l => l.New).Distinct().Count());
        Assert.Equal(63, ProvinceList.Units34.Provinces.Sum(p => MergerLink.Into(p).Length));
    }

    [Fact]
    public void Links_11Unchanged_52FormThe23Merged()
    {
        // Lao Động's summary of Resolution 202/2025/QH15.
        var unchanged = ProvinceList.Units34.Provinces.Where(p => MergerLink.Into(p).Length == 1).ToList();
        Assert.Equal(11, unchanged.Count);
        Assert.All(unchanged, p => Assert.False(MergerLink.Into(p)[0].Merged));
        Assert.Equal(52, MergerLink.All.Count(l => l.Merged));
    }

    [Fact]
    public void Constituents_EachNewUnit_HasOneNameGiverAndOneSeat_AndKeepsTheSeatsCode()
    {
        foreach (var unit in ProvinceList.Units34.Provinces)
        {
            var links = MergerLink.Into(unit);
            Assert.Single(links, l => l.GaveName);
            var seat = Assert.Single(links, l => l.HoldsSeat);
            Assert.Equal(seat.Old.Code, unit.Code);
            Assert.Equal(unit.Name, links.Single(l => l.GaveName).Old.NameOn(MergerLink.EffectiveDate.PlusDays(-1)));
        }
    }

    [Fact]
    public void Successor_LaoCai_IsTheNewLaoCaiWithYenBaisCode()
    {
        var link = MergerLink.Of(ProvinceList.Units63["10"]);
        Assert.Equal(ProvinceList.Units34["15"], link.New);
        Assert.True(link.GaveName);
        Assert.False(link.HoldsSeat);
    }

    [Fact]
    public void Constituents_HoChiMinh_AreHcmBinhDuongAndBaRiaVungTau() =>
        Assert.Equal(["74", "77", "79"], MergerLink.Into(ProvinceList.Units34["79"]).Select(l => l.Old.Code));

    [Fact]
    public void Successor_UnitOfThe34List_Throws() =>
        Assert.Equal("old", Assert.Throws<ArgumentException>(() => MergerLink.Of(ProvinceList.Units34["79"])).ParamName);

    [Fact]
    public void Constituents_UnitOfThe63List_Throws() =>
        Assert.Equal("successor", Assert.Throws<ArgumentException>(() => MergerLink.Into(ProvinceList.Units63["79"])).ParamName);

    [Fact]
    public void EffectiveDate_IsFirstJuly2025_AfterAdoption() =>
        Assert.True(MergerLink.AdoptedOn < MergerLink.EffectiveDate && MergerLink.EffectiveDate == ProvinceList.Units34.ValidFrom);
}
