using static ParIndex.TestSupport.MethodologyBuilder;

namespace ParIndex.Tests.Rankings;

public class RankingTests
{
    private static UnitValue Value(string code, string name, decimal value) => new(new AssessedUnit(code, name), value);

    [Fact]
    public void Entries_SameValuesRankedTwice_AreEqualRows()
    {
        // A row is a value: the same units and values ranked twice give equal rows (87.25 and 87.250 are one value);
        // Hà Nội's row (rank 1) and Cà Mau's row at 91 (then rank 1) are other rows.
        var first = Ranking.Create([new UnitValue(new AssessedUnit("96", "Cà Mau"), 87.25m), new UnitValue(new AssessedUnit("01", "Hà Nội"), 90m)]).Entries;
        var again = Ranking.Create([new UnitValue(new AssessedUnit("96", "Cà Mau"), 87.250m), new UnitValue(new AssessedUnit("01", "Hà Nội"), 90m)]).Entries;
        var other = Ranking.Create([new UnitValue(new AssessedUnit("96", "Cà Mau"), 91m), new UnitValue(new AssessedUnit("01", "Hà Nội"), 90m)]).Entries;

        Assert.Equal((2, "96"), (first[1].Rank, first[1].Unit.Code));
        ContractAssert.ClassEqualityContract(first[1], again[1], first[0], other[0]);
    }

    [Fact]
    public void Create_PublishedTop6Of2023_ReproducesTheirRanks()
    {
        // PAR Index 2023, ranks 1–6 as published (src/ParIndex/Data/par-index-provinces.csv, sources there:
        // shipbolt.vn 2024-04-17, vietnamplus.vn post940874, cafef.vn 188240417183045696).
        var published = new[]
        {
            (Value("24", "Bắc Giang", 91.16m), 4),
            (Value("19", "Thái Nguyên", 90.76m), 6),
            (Value("22", "Quảng Ninh", 92.18m), 1),
            (Value("77", "Bà Rịa - Vũng Tàu", 91.03m), 5),
            (Value("01", "Hà Nội", 91.43m), 3),
            (Value("31", "Hải Phòng", 91.87m), 2),
        };

        var ranking = Ranking.Create(published.Select(p => p.Item1));

        foreach (var (row, rank) in published)
        {
            Assert.Equal(rank, ranking[row.Unit.Code].Rank);
            Assert.Equal("A", ranking[row.Unit.Code].Group?.Name);
        }
    }

    [Fact]
    public void Create_Published2024Values_KeepTheirRelativeOrderAndGroups()
    {
        // PAR Index 2024 (par-index-provinces.csv): Hải Phòng 96.17 (1), Hà Nội 92.57 (3), Khánh Hòa 90.49 (10),
        // Hà Tĩnh 89.72 (15), Hòa Bình 88.18 (37). Groups 2024: A ≥ 90, B 80–<90.
        var ranking = Ranking.Create(
        [
            Value("17", "Hòa Bình", 88.18m),
            Value("42", "Hà Tĩnh", 89.72m),
            Value("01", "Hà Nội", 92.57m),
            Value("56", "Khánh Hòa", 90.49m),
            Value("31", "Hải Phòng", 96.17m),
        ]);

        Assert.Equal(["31", "01", "56", "42", "17"], ranking.Entries.Select(e => e.Unit.Code));
        Assert.Equal(["A", "A", "A", "B", "B"], ranking.Entries.Select(e => e.Group!.Name));
    }

    [Theory]
    [InlineData(TiePolicy.Standard, new[] { 1, 2, 2, 4 })]
    [InlineData(TiePolicy.Dense, new[] { 1, 2, 2, 3 })]
    [InlineData(TiePolicy.Ordinal, new[] { 1, 2, 3, 4 })]
    public void Create_TiePolicies(TiePolicy ties, int[] ranks)
    {
        var ranking = Ranking.Create(
            [Value("4", "Đ", 80m), Value("3", "C", 85m), Value("1", "A", 90m), Value("2", "B", 85m)],
            new RankingOptions { Ties = ties });

        Assert.Equal(ranks, ranking.Entries.Select(e => e.Rank));
        Assert.Equal(["1", "2", "3", "4"], ranking.Entries.Select(e => e.Unit.Code)); // ties ordered by name, ordinal
    }

    [Fact]
    public void Create_DefaultRanksExactValues_AsTheMinistry_TwoDecimalsOnRequest()
    {
        // The Ministry ranks on more decimals than it publishes: PAR Index 2024 gives Cần Thơ and Bình Dương the same
        // 89.13 and ranks them 22 and 23. 85.004 and 84.996 both publish as 85.00; exact, the first is ahead.
        UnitValue[] values = [Value("1", "A", 85.004m), Value("2", "B", 84.996m)];

        var exact = Ranking.Create(values);
        var published = Ranking.Create(values, new RankingOptions { Decimals = 2 });

        Assert.Null(RankingOptions.Default.Decimals);
        Assert.Equal([1, 2], exact.Entries.Select(e => e.Rank));
        Assert.Equal(["1", "2"], exact.Entries.Select(e => e.Unit.Code));
        Assert.Equal([85.004m, 84.996m], exact.Entries.Select(e => e.RankedValue));
        Assert.Equal([85.00m, 85.00m], exact.Entries.Select(e => e.PublishedValue)); // shown as published
        Assert.Equal(["1. 1 A 85.00 (B)", "2. 2 B 85.00 (B)"], exact.Entries.Select(e => e.ToString()));
        Assert.Equal([1, 1], published.Entries.Select(e => e.Rank));
        Assert.Equal([85.00m, 85.00m], published.Entries.Select(e => e.RankedValue));
    }

    [Fact]
    public void Create_TwoDecimals_RoundsHalfAwayFromZero()
    {
        var ranking = Ranking.Create([Value("1", "A", 85.005m), Value("2", "B", 85.015m)], new RankingOptions { Decimals = 2 });

        Assert.Equal(85.01m, ranking["1"].RankedValue); // banker's rounding would give 85.00
        Assert.Equal(85.02m, ranking["2"].RankedValue);
        Assert.Equal(85.01m, Ranking.Create([Value("1", "A", 85.005m)])["1"].PublishedValue);
    }

    [Fact]
    public void Create_GroupIsDecidedOnTheRankedValue()
    {
        UnitValue[] values = [Value("1", "A", 89.995m), Value("2", "B", 69.99m)];

        Assert.Equal("A", Ranking.Create(values, new RankingOptions { Decimals = 2 })["1"].Group?.Name);
        Assert.Equal("B", Ranking.Create(values)["1"].Group?.Name); // exact by default: 89.995 < 90
        Assert.Null(Ranking.Create(values)["2"].Group);
        Assert.Null(Ranking.Create(values, new RankingOptions { Groups = null })["1"].Group);
    }

    [Fact]
    public void Create_DuplicateUnits_ThrowNamingThem()
    {
        var error = Assert.Throws<ArgumentException>(() => Ranking.Create([Value("22", "Quảng Ninh", 90m), Value("22", "Quảng Ninh", 91m)]));

        Assert.Equal("values", error.ParamName);
        Assert.Contains("22", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByIndex_RepeatedUnit_ThrowsNamingIt()
    {
        var scorer = new Scorer(CaMau1880.Fragment);
        var codes = CaMau1880.Fragment.Leaves.Select(l => (l.Code, IndicatorValue.NotApplicable)).Take(5).Append(("1.2.2", IndicatorValue.Flag(true))).ToArray();
        var card = scorer.Score(new ReportedIndicators(new AssessedUnit("96", "Cà Mau"), 2023, codes.Select(c => KeyValuePair.Create(c.Item1, c.Item2))));

        var error = Assert.Throws<ArgumentException>(() => Ranking.ByIndex([card, card]));

        Assert.Equal(("scorecards", "Units appear more than once: 96. (Parameter 'scorecards')"), (error.ParamName, error.Message));
    }

    [Theory]
    [InlineData(256)] // the last count checked in a table on the stack
    [InlineData(300)] // beyond it, in a hash set
    public void Create_ManyUnits_FindsTheRepeatedCodeAndLooksUpEveryOther(int count)
    {
        var values = Enumerable.Range(0, count).Select(i => Value("U" + i, "Unit " + i, i)).ToArray();

        var ranking = Ranking.Create(values);
        var repeated = Assert.Throws<ArgumentException>(() => Ranking.Create([.. values, Value("U7", "Again", 1m)]));

        Assert.All(values, v => Assert.Equal(v.Value, ranking[v.Unit.Code].Value));
        Assert.Equal(1, ranking["U" + (count - 1)].Rank);
        Assert.Equal("Units appear more than once: U7. (Parameter 'values')", repeated.Message);
    }

    [Fact]
    public void Find_FromManyThreadsAtOnce_GivesEachUnitItsEntry()
    {
        // The codes' positions are made when first looked up: threads racing to make them all find the same entries.
        var values = Enumerable.Range(0, 63).Select(i => Value(i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "Tỉnh " + i, i)).ToArray();
        for (var round = 0; round < 20; round++)
        {
            var ranking = Ranking.Create(values);
            var found = new int[values.Length];
            System.Threading.Tasks.Parallel.For(0, values.Length, i => found[i] = ranking.Find(values[i].Unit.Code)!.Rank);
            Assert.Equal(Enumerable.Range(1, 63).Reverse(), found);
        }
    }

    [Fact]
    public void Indexer_UnknownUnit_Throws() =>
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Ranking.Create([Value("1", "A", 1m)])["2"]);

    [Fact]
    public void ByIndexAndByArea_RankScorecards()
    {
        var scorer = new Scorer(CaMau1880.Fragment);

        // A: 0 + 1 + 1 + 2 + 1 + 0 = 5 / 7; B: 0 + 1 + 1 + 1 + 1 + 1 = 5 / 7; C: 0 + 1 + 1 + 0 + 1 + 1 = 4 / 7.
        var cards = scorer.ScoreAll([CaMauReport("C", 2023, 50m, true), CaMauReport("A", 2023, 95m, false), CaMauReport("B", 2023, 80m, true)]);

        var byIndex = Ranking.ByIndex(cards);
        Assert.Equal([("A", 1), ("B", 1), ("C", 3)], byIndex.Entries.Select(e => (e.Unit.Code, e.Rank)));
        Assert.Equal(5m / 7m * 100m, byIndex["A"].Value);

        var byPlan = Ranking.ByArea(cards, "1.1");
        Assert.Equal([("A", 1), ("B", 2), ("C", 3)], byPlan.Entries.Select(e => (e.Unit.Code, e.Rank)));
    }

    [Fact]
    public void ByIndexAndByArea_ScorecardsOfTwoYears_AreRefusedNamingTheYears()
    {
        // Sở A 2023 and Sở C 2024 (after a reorganisation, new codes): one ranking of both would put C first and A second
        // although they were never assessed together; a rank means something only within one year.
        var scorer = new Scorer(CaMau1880.Fragment);
        var cards = new[] { scorer.Score(CaMauReport("A", 2023, 80m, true)), scorer.Score(CaMauReport("C", 2024, 95m, true)), scorer.Score(CaMauReport("B", 2023, 70m, true)) };

        var byIndex = Assert.Throws<MixedYearsException>(() => Ranking.ByIndex(cards));
        var byArea = Assert.Throws<MixedYearsException>(() => Ranking.ByArea(cards, "1.1"));

        Assert.Equal([2023, 2024], byIndex.Years.ToArray());
        Assert.Equal("scorecards", byArea.ParamName);
        Assert.Contains("2023, 2024", byIndex.Message, StringComparison.Ordinal);
        Assert.Equal(["A", "B"], Ranking.ByIndex(cards.Where(c => c.Year == 2023)).Entries.Select(e => e.Unit.Code));
    }

    [Fact]
    public void ByArea_UnitToWhichNothingOfTheAreaApplies_IsListedAsUnrankedWithTheReason()
    {
        // X: 1.1 yes, 1.2 1/2, 2.1 and 2.2 n/a → area 2 is 0 of 0 points: no percentage. Y: all no but 1.2 1/2 → area 2
        // 0 of 2 = 0 %. Ranked by area 2: Y first with 0.00, X not ranked — listed, never dropped.
        var cards = new Scorer(Demo).ScoreAll([AreaReport("X", true, IndicatorValue.NotApplicable), AreaReport("Y", false, IndicatorValue.Flag(false))]);

        var ranking = Ranking.ByArea(cards, "2");

        Assert.Equal([("Y", 1, 0m)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank, e.Value)));
        var left = Assert.Single(ranking.Unranked);
        Assert.Equal("X", left.Unit.Code);
        Assert.Equal("nothing of area 2 applies to it", left.Reason);
        Assert.Equal("X Sở X: not ranked, nothing of area 2 applies to it", left.ToString());
        Assert.Contains("not ranked: nothing of area 2 applies", Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => ranking["X"]).Message, StringComparison.Ordinal);
        Assert.Empty(Ranking.ByArea(cards, "1").Unranked);
        Assert.Empty(Ranking.ByIndex(cards).Unranked);
    }

    [Fact]
    public void ByArea_UnknownCode_IsRefusedQuotingTheCodeAndListingTheAreas()
    {
        // BH-DEMO has areas 1 and 2; "3" and " 2" (a leading space, as pasted) are no node of it.
        var cards = new Scorer(Demo).ScoreAll([AreaReport("X", true, IndicatorValue.Flag(true))]);

        var unknown = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Ranking.ByArea(cards, "3"));
        var spaced = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Ranking.ByArea(cards, " 2"));

        Assert.Equal("no area or criterion of BH-DEMO has the code '3' (areas: 1, 2)", unknown.Message);
        Assert.Equal("no area or criterion of BH-DEMO has the code ' 2' (areas: 1, 2)", spaced.Message);
    }

    [Fact]
    public void ByArea_EveryUnitLeftOut_IsListedInInputOrder()
    {
        // P and Q both have area 2 not applicable (0 of 0 points); R has 0 of 2 = 0 %. Both left-out units are listed,
        // P before Q as given, not only the last one found.
        var cards = new Scorer(Demo).ScoreAll(
            [AreaReport("P", true, IndicatorValue.NotApplicable), AreaReport("R", false, IndicatorValue.Flag(false)), AreaReport("Q", false, IndicatorValue.NotApplicable)]);

        var ranking = Ranking.ByArea(cards, "2");

        Assert.Equal(["R"], ranking.Entries.Select(e => e.Unit.Code));
        Assert.Equal(["P", "Q"], ranking.Unranked.Select(u => u.Unit.Code));
    }

    [Fact]
    public void Create_ValuesThatDifferBeyondTheTenthDecimal_AreRankedApart()
    {
        // 50.00000000002 > 50.00000000001 (11th decimal): exact ranking puts B first, alone at rank 1. Ordered by name
        // instead (A before B) or tied, either would be wrong.
        var ranking = Ranking.Create([Value("1", "A", 50.00000000001m), Value("2", "B", 50.00000000002m)]);

        Assert.Equal([("2", 1), ("1", 2)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank)));
    }

    [Fact]
    public void Create_ValuesOfAnyMagnitude_AreRankedHighestFirst()
    {
        // A published table may rank counts or amounts, not only percentages: 2·10¹² > 10¹² > −10¹² > −2·10¹², and the
        // largest and smallest decimals at the ends.
        var ranking = Ranking.Create(
        [
            Value("1", "A", -2_000_000_000_000m), Value("2", "B", 1_000_000_000_000m), Value("3", "C", decimal.MinValue),
            Value("4", "D", 2_000_000_000_000m), Value("5", "E", decimal.MaxValue), Value("6", "F", -1_000_000_000_000m),
        ]);

        Assert.Equal(["5", "4", "2", "6", "1", "3"], ranking.Entries.Select(e => e.Unit.Code));
        Assert.Equal([1, 2, 3, 4, 5, 6], ranking.Entries.Select(e => e.Rank));
    }

    [Fact]
    public void Create_DuplicateUnits_MessageNamesEachRepeatedCodeOnce()
    {
        // 22 is given three times, 31 twice and 01 once: 22 and 31 are named, each once, in input order.
        var error = Assert.Throws<ArgumentException>(() => Ranking.Create(
        [
            Value("22", "Quảng Ninh", 90m), Value("31", "Hải Phòng", 91m), Value("22", "Quảng Ninh", 92m),
            Value("01", "Hà Nội", 94m), Value("31", "Hải Phòng", 95m), Value("22", "Quảng Ninh", 93m),
        ]));

        Assert.StartsWith("Units appear more than once: 22, 31.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NullValue_IsRefusedNamingTheArgument() =>
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Ranking.Create([Value("1", "A", 1m), null!])).ParamName);

    [Fact]
    public void ByIndex_NullScorecard_IsRefusedNamingTheArgument() =>
        Assert.Equal("scorecards", Assert.Throws<ArgumentException>(() => Ranking.ByIndex([null!])).ParamName);

    [Fact]
    public void ByArea_NullScorecard_IsRefusedNamingTheArgument() =>
        Assert.Equal("scorecards", Assert.Throws<ArgumentException>(() => Ranking.ByArea([null!], "1")).ParamName);

    [Fact]
    public void ByArea_NullAreaCode_IsRefusedEvenWithNoScorecards() =>
        Assert.Equal("areaCode", Assert.Throws<ArgumentNullException>(() => Ranking.ByArea([], null!)).ParamName);

    [Fact]
    public void MixedYears_MessageNamesTheYearsAndSaysWhatToDo()
    {
        // Scorecards of 2023 and 2024 (the same unit assessed in two years).
        var scorer = new Scorer(Demo);
        var cards = new[] { scorer.Score(AreaReport("X", true, IndicatorValue.Flag(true), 2024)), scorer.Score(AreaReport("X", true, IndicatorValue.Flag(true))) };

        var error = Assert.Throws<MixedYearsException>(() => Ranking.ByIndex(cards));

        Assert.StartsWith("Scorecards of the assessment years 2023, 2024 cannot be ranked together; rank one year at a time.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitValue_ToString_GivesUnitAndValue() =>
        Assert.Equal("96 Cà Mau: 87.25", Value("96", "Cà Mau", 87.25m).ToString());

    // Demo: area 1 (max 3) = 1.1 yes/no 1 + 1.2 proportional 2; area 2 (max 2) = 2.1, 2.2 yes/no 1 each.
    [Fact]
    public void ByIndex_OneMaximum_TotalsOneTenBillionthApart_AreNeitherTiedNorGroupedAlike()
    {
        // Two leaves of 1 point, assessors' points given. A: 0.9 + 0.8999999999 = 1.7999999999 of 2 = 89.999999995 %;
        // B and C: 0.9 + 0.9 = 1.8 of 2 = 90 %, tied, by name; D: 1 + 0 = 50 %. A is one unit of 10⁻¹⁰ point below B:
        // rank 3 and group B (A from 90), although A's name comes first.
        var cards = new Scorer(TwoLeaves).ScoreAll([TwoLeavesGiven("A", 0.9m, 0.8999999999m), TwoLeavesGiven("C", 0.9m, 0.9m), TwoLeavesGiven("B", 0.9m, 0.9m), TwoLeavesGiven("D", 1m, 0m)]);

        var ranking = Ranking.ByIndex(cards);

        Assert.Equal([("B", 1, "A"), ("C", 1, "A"), ("A", 3, "B"), ("D", 4, null)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank, e.Group?.Name)));
        Assert.Equal(89.999999995m, ranking["A"].Value);
    }

    [Fact]
    public void ByIndex_Entries_AreTheScorecardsIndicesAsRowsOfValuesGiven()
    {
        // A: 1 + 1 of 2 = 100 %; B: 0.9 + 0.8999999999 of 2 = 89.99999999500 %, digit for digit as decimal arithmetic
        // gives it. Each row equals the row of the same value given; another value, rank or unit is another row.
        var cards = new Scorer(TwoLeaves).ScoreAll([TwoLeavesGiven("B", 0.9m, 0.8999999999m), TwoLeavesGiven("A", 1m, 1m)]);

        var byIndex = Ranking.ByIndex(cards).Entries;
        var given = Ranking.Create([new UnitValue(cards[0].Unit, 89.999999995m), new UnitValue(cards[1].Unit, 100m)]).Entries;
        var other = Ranking.Create([new UnitValue(cards[0].Unit, 89.99999999m), new UnitValue(cards[1].Unit, 100m)]).Entries;

        Assert.Equal([("A", "100", "100", "A"), ("B", "89.99999999500", "89.99999999500", "B")],
            byIndex.Select(e => (e.Unit.Code, Invariant(e.Value), Invariant(e.RankedValue), e.Group?.Name)));
        ContractAssert.ClassEqualityContract(byIndex[1], given[1], byIndex[0], other[1], given[0]);
    }

    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void ByIndex_DifferentMaxima_RankTheIndicesNotThePoints()
    {
        // Two leaves of 1 point. A: 1 + n/a = 1 of 1 = 100 %; B: 0.9 + 1 = 1.9 of 2 = 95 %; C: 0.5 + n/a = 0.5 of 1 = 50 %;
        // D: 0.5 + 0.5 = 1 of 2 = 50 %, tied with C. By points B would lead and A tie with D.
        var cards = new Scorer(TwoLeaves).ScoreAll(
        [
            TwoLeavesGiven("D", 0.5m, 0.5m),
            TwoLeavesGiven("C", 0.5m, null),
            TwoLeavesGiven("B", 0.9m, 1m),
            TwoLeavesGiven("A", 1m, null),
        ]);

        var ranking = Ranking.ByIndex(cards);

        Assert.Equal([("A", 1, 100m), ("B", 2, 95m), ("C", 3, 50m), ("D", 3, 50m)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank, e.Value)));
    }

    [Fact]
    public void ByIndex_TwoDecimalsOnRequest_TiesIndicesThatRoundAlike()
    {
        // A: 0.9 + 0.8999999999 = 1.7999999999 of 2 = 89.999999995 %, B: 0.9 + 0.9 = 1.8 of 2 = 90 %. Rounded to two
        // decimals (half away from zero) both are 90.00: tied at rank 1, A before B by name. Exact, B would lead alone.
        var cards = new Scorer(TwoLeaves).ScoreAll([TwoLeavesGiven("B", 0.9m, 0.9m), TwoLeavesGiven("A", 0.9m, 0.8999999999m)]);

        var ranking = Ranking.ByIndex(cards, new RankingOptions { Decimals = 2 });

        Assert.Equal(2, ranking.Options.Decimals);
        Assert.Equal([("A", 1, 90m), ("B", 1, 90m)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank, e.RankedValue)));
    }

    [Fact]
    public void ByIndex_OrdinalTiesOnRequest_NumbersTiedUnitsOneByOne()
    {
        // A and B: 0.5 + 0.5 = 1 of 2 = 50 % each. Ordinal ties: 1 and 2, by name; the default (competition) would give 1 and 1.
        var cards = new Scorer(TwoLeaves).ScoreAll([TwoLeavesGiven("B", 0.5m, 0.5m), TwoLeavesGiven("A", 0.5m, 0.5m)]);

        var ranking = Ranking.ByIndex(cards, new RankingOptions { Ties = TiePolicy.Ordinal });

        Assert.Equal([("A", 1), ("B", 2)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank)));
    }

    [Fact]
    public void ByIndex_MaximumAtTheMethodologyLimit_KeepsTotalsOneUnitApartInOrder()
    {
        // A methodology may have at most 10⁸ points: one more is refused, so no scorecard's maximum is above it. At the
        // limit, two leaves of 5·10⁷: A 5·10⁷ + 10⁻¹⁰ of 10⁸ = 50.0000000000000001 %, B 5·10⁷ = 50 %: A first, alone.
        Assert.Throws<InvalidMethodologyException>(() => new ParIndex.Methodologies.Methodology("BIG", "Lớn", SubjectKind.Custom, AssessmentYears.From(2023), 100_000_001m,
            [Area("A", YesNo("1", 100_000_001m))]));
        var atLimit = new ParIndex.Methodologies.Methodology("BIG", "Lớn", SubjectKind.Custom, AssessmentYears.From(2023), 100_000_000m,
            [Area("A", YesNo("1", 50_000_000m), YesNo("2", 50_000_000m))]);
        var cards = new Scorer(atLimit).ScoreAll([TwoLeavesGiven("B", 50_000_000m, 0m), TwoLeavesGiven("A", 50_000_000m, 0.0000000001m)]);

        var ranking = Ranking.ByIndex(cards);

        Assert.Equal([("A", 1, 50.0000000000000001m), ("B", 2, 50m)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank, e.Value)));
    }

    [Fact]
    public void ByIndex_NoScorecards_IsAnEmptyRanking()
    {
        var ranking = Ranking.ByIndex([]);

        Assert.Empty(ranking.Entries);
        Assert.Empty(ranking.Unranked);
    }

    [Fact]
    public void Create_ValuesWithMoreThanTenDecimals_AreOrderedAmongValuesWithFewer()
    {
        // 0.5 and 0.1 have at most 10 decimals; 0.33333333333 has 11. Highest first: 0.5, 0.33333333333, 0.1.
        var ranking = Ranking.Create([Value("1", "A", 0.1m), Value("2", "B", 0.33333333333m), Value("3", "C", 0.5m)]);

        Assert.Equal([("3", 1), ("2", 2), ("1", 3)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank)));
    }

    [Fact]
    public void Create_NegativeValueWithMoreThanTenDecimals_IsOrderedAmongValuesWithFewer()
    {
        // −0.1 > −0.33333333333 (11 decimals) > −0.5.
        var ranking = Ranking.Create([Value("1", "A", -0.5m), Value("2", "B", -0.33333333333m), Value("3", "C", -0.1m)]);

        Assert.Equal(["3", "2", "1"], ranking.Entries.Select(e => e.Unit.Code));
    }

    [Fact]
    public void Create_HugeValues_AreRankedHighestFirst()
    {
        // 10¹⁷ > 5·10¹⁶ > 10⁹ (amounts in a published table, say), and −10¹⁷ < −5·10¹⁶: highest first 10¹⁷, 5·10¹⁶, 10⁹,
        // −5·10¹⁶, −10¹⁷.
        var ranking = Ranking.Create(
        [
            Value("1", "A", 50_000_000_000_000_000m), Value("2", "B", 100_000_000_000_000_000m), Value("3", "C", 1_000_000_000m),
            Value("4", "D", -100_000_000_000_000_000m), Value("5", "E", -50_000_000_000_000_000m),
        ]);

        Assert.Equal([("2", 1), ("1", 2), ("3", 3), ("5", 4), ("4", 5)], ranking.Entries.Select(e => (e.Unit.Code, e.Rank)));
    }

    [Fact]
    public void Create_EqualValues_AreOrderedByNameBeforeCode()
    {
        // Both 80: by name A (code 2) before B (code 1); by code it would be the other way.
        var ranking = Ranking.Create([Value("1", "B", 80m), Value("2", "A", 80m)]);

        Assert.Equal(["2", "1"], ranking.Entries.Select(e => e.Unit.Code));
    }

    [Fact]
    public void Create_EqualValuesAndNames_AreOrderedByCode()
    {
        // Both 80 and both named A: code 1 before code 2, whatever the input order.
        var ranking = Ranking.Create([Value("2", "A", 80m), Value("1", "A", 80m)]);

        Assert.Equal(["1", "2"], ranking.Entries.Select(e => e.Unit.Code));
    }

    [Fact]
    public void RankedUnit_ToString_WithoutGroup_EndsAtTheValue()
    {
        // 85 ranked without a group scheme: "1. 1 A 85.00", nothing after the value (with the Ministry's groups, "(B)").
        var row = Ranking.Create([Value("1", "A", 85m)], new RankingOptions { Groups = null })["1"];

        Assert.Null(row.Group);
        Assert.Equal("1. 1 A 85.00", row.ToString());
    }

    // A unit of the Cà Mau fragment: plan not issued (0), tasks, funds and results (1 + 1), reports (1); the plan's
    // share done and the reports' content vary.
    private static ReportedIndicators CaMauReport(string code, int year, decimal plan, bool content) =>
        new(new AssessedUnit(code, "Sở " + code), year, new System.Collections.Generic.Dictionary<string, IndicatorValue>
        {
            ["1.1.1"] = IndicatorValue.NotCompleted,
            ["1.1.2"] = IndicatorValue.Conditions([true, true]),
            ["1.1.3"] = IndicatorValue.Flag(true),
            ["1.1.4"] = IndicatorValue.Percent(plan),
            ["1.2.1"] = IndicatorValue.Conditions([true, true]),
            ["1.2.2"] = IndicatorValue.Flag(content),
        });

    private static ReportedIndicators AreaReport(string code, bool first, IndicatorValue areaTwo, int year = 2023) =>
        new(new AssessedUnit(code, "Sở " + code), year, new System.Collections.Generic.Dictionary<string, IndicatorValue>
        {
            ["1.1"] = IndicatorValue.Flag(first), ["1.2"] = IndicatorValue.Ratio(1m, 2m), ["2.1"] = areaTwo, ["2.2"] = areaTwo,
        });
}
