using System.Collections.Generic;
using System.Linq;
using ParIndex.Rankings;
using ParIndex.Surveys;
using ParIndex.Tests.Support;
using Xunit;

namespace ParIndex.Tests.Surveys;

public class SipasResultTests
{
    private static readonly SipasResult Result = SipasCalculator.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { BootstrapReplicates = 0 });

    [Fact]
    public void Rank_Overall_RanksProvincesHighestFirstWithoutGroups()
    {
        var ranking = Result.Rank(SipasMeasure.Overall);

        // Hà Nội 100, Cà Mau 56.25.
        Assert.Equal([("01", 1, 100m), ("96", 2, 56.25m)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank, e.RankedValue)));
        Assert.All(ranking.Entries, e => Assert.Null(e.Group));
    }

    [Fact]
    public void Rank_ByQuestion_UsesTheRankingOptions()
    {
        var ranking = Result.Rank(SipasMeasure.Question("A2"), new RankingOptions { Ties = TiePolicy.Dense });

        // A2 is 100% in both provinces: a tie, ordered by name (Cà Mau before Hà Nội).
        Assert.Equal([("96", 1), ("01", 1)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank)));
    }

    [Fact]
    public void Indexer_ProvinceWithoutRows_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => Result[ParIndex.Geography.ProvinceList.Units63["79"]]);

    [Fact]
    public void Find_NamesEveryKindOfFigure()
    {
        var caMau = Result[SurveyFixture.CaMau];

        Assert.Equal(75m, caMau.Find(SipasMeasure.Element("A"))!.Value);
        Assert.Equal(50m, caMau.Find(SipasMeasure.Policy)!.Value);
        Assert.Equal(62.5m, caMau.Find(SipasMeasure.Service)!.Value);
        Assert.Null(caMau.Find(SipasMeasure.Question("B2")));
        Assert.Null(caMau.Find(SipasMeasure.Element("Z")));
    }
}
