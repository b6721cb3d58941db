namespace ParIndex.Tests.Surveys;

public class SipasResultTests
{
    // Computed on each use, not cached in a static field: a cached figure is made once, under whichever mutant a
    // mutation run has active then, and hides the rest (docs/mutation-testing.md).
    private static SipasResult Result => SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { BootstrapReplicates = 0 });

    [Fact]
    public void Rank_Overall_RanksProvincesHighestFirstWithoutGroups()
    {
        var ranking = Result.Rank(SipasMeasure.Overall);

        // Hà Nội 100, Cà Mau 56.25.
        Assert.Equal([("01", 1, 100m), ("96", 2, 56.25m)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank, e.RankedValue)));
        Assert.All(ranking.Entries, e => Assert.Null(e.Group));
    }

    [Fact]
    public void Rank_WithTheMinistrysGroups_GroupsTheProvinces() =>
        // Hà Nội 100 % ≥ 90 % → A; Cà Mau 56.25 % is below C's 70 % → no group.
        Assert.Equal([("01", "A"), ("96", null)], Result.Rank(SipasMeasure.Overall, new RankingOptions { Groups = GroupScheme.Ministry }).Entries.Select(e => (e.Unit.Code, e.Group?.Name)));

    [Fact]
    public void NullArguments_AreRefusedNamingTheParameter()
    {
        Assert.Throws<System.ArgumentNullException>("province", () => Result[null!]);
        Assert.Throws<System.ArgumentNullException>("measure", () => Result.Rank(null!));

        // With no province to rank, no figure is looked up: the measure is still checked first.
        var none = SipasResult.Compute(SurveyFixture.Instrument, [], new SipasOptions { BootstrapReplicates = 0 });
        Assert.Throws<System.ArgumentNullException>("measure", () => none.Rank(null!));
    }

    [Fact]
    public void Rank_ByQuestion_UsesTheRankingOptions()
    {
        var ranking = Result.Rank(SipasMeasure.Question("A2"), new RankingOptions { Ties = TiePolicy.Dense });

        // A2 is 100% in both provinces: a tie, ordered by name (Cà Mau before Hà Nội).
        Assert.Equal([("96", 1), ("01", 1)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank)));
    }

    [Fact]
    public void Rank_ProvinceWithoutValidAnswers_IsListedAsUnrankedWithTheReason()
    {
        // Đà Nẵng answered nothing (every answer 0, a blank): it has respondents but no figure, so no rank — listed.
        var daNang = ParIndex.Geography.ProvinceList.Units63["48"];
        var result = SipasResult.Compute(SurveyFixture.Instrument, [.. SurveyFixture.Responses, SurveyFixture.R(daNang, 1, 0, 0, 0, 0, 0)], new SipasOptions { BootstrapReplicates = 0 });

        var ranking = result.Rank(SipasMeasure.Overall);

        Assert.Equal(["01", "96"], ranking.Entries.Select(e => e.Unit.Code));
        var left = Assert.Single(ranking.Unranked);
        Assert.Equal("48", left.Unit.Code);
        Assert.Equal("no valid answers for the overall figure", left.Reason);
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

    [Fact]
    public void Figures_OfTwoComputations_AreEqualByValue()
    {
        // Result computes afresh on each use: two computations of the same answers give two figure objects that are
        // equal (Cà Mau's service index, 62.5 % on both); the same answers without a bootstrap differ in their interval.
        var first = Result[SurveyFixture.CaMau].Service!;
        var second = Result[SurveyFixture.CaMau].Service!;
        var bootstrapped = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses).Provinces.Single(p => p.Province!.Equals(SurveyFixture.CaMau)).Service!;

        Assert.Equal(62.5m, bootstrapped.Value);
        ContractAssert.ClassEqualityContract(first, second, bootstrapped); // two objects, equal
    }

    [Fact]
    public void Groups_GiveNationalProfilesPerServiceOrPolicyGroup()
    {
        var r = SurveyFixture.Responses;
        SurveyResponse[] grouped =
        [
            Grouped(r[0], "khai sinh"), Grouped(r[4], "khai sinh"), Grouped(r[1], "đất đai"), r[2], r[3],
        ];

        var result = SipasResult.Compute(SurveyFixture.Instrument, grouped, new SipasOptions { BootstrapReplicates = 0 });

        // "khai sinh" (answers 5,4,3,·,2 and 5,5,5,·,5): A1 100, A2 100, B1 50, P1 50 → A 100, B 50, service 75, overall 62.5.
        // "đất đai" (2,9,4,·,5): A1 0, A2 none, B1 100, P1 100 → A 0, B 100, service 50, policy 100, overall 75.
        Assert.Equal(["khai sinh", "đất đai"], result.Topics.Select(g => g.Topic!).OrderBy(g => g == "đất đai"));
        var birth = result.Topics.Single(g => g.Topic == "khai sinh");
        var land = result.Topics.Single(g => g.Topic == "đất đai");
        Assert.Equal((75m, 50m, 62.5m, 2L), (birth.Service!.Value, birth.Policy!.Value, birth.Overall!.Value, birth.Respondents));
        Assert.Equal((0m, 50m, 100m, 75m), (land.Elements[0].Figure!.Value, land.Service!.Value, land.Policy!.Value, land.Overall!.Value));
        Assert.Null(land.Province);
        Assert.Equal("group khai sinh", birth.Scope);
        Assert.Equal(IntervalMethod.Wilson, birth.Items[0].Figure!.Method); // a group's shares get Wilson's interval, as a province's do
        Assert.Equal(56.25m, result[SurveyFixture.CaMau].Overall!.Value); // provinces unchanged by grouping
    }

    private static SurveyResponse Grouped(SurveyResponse r, string group) => new(r.Year, r.Province, r.Answers, r.Weight) { Topic = group };
}
