using System;
using System.Linq;
using ParIndex.Rankings;
using ParIndex.Rules;
using ParIndex.Scoring;
using ParIndex.Tests.Support;
using ParIndex.Sample;
using Xunit;

namespace ParIndex.Tests.Rankings;

public class RankingTests
{
    private static UnitValue Value(string code, string name, decimal value) => new(new AssessedUnit(code, name), value);

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
    public void Create_DefaultRanksOnTwoDecimals_ExactRanksOnExactValues()
    {
        UnitValue[] values = [Value("1", "A", 85.004m), Value("2", "B", 84.996m)];

        var published = Ranking.Create(values);
        var exact = Ranking.Create(values, new RankingOptions { Decimals = null });

        Assert.Equal([1, 1], published.Entries.Select(e => e.Rank));
        Assert.Equal([85.00m, 85.00m], published.Entries.Select(e => e.RankedValue));
        Assert.Equal([1, 2], exact.Entries.Select(e => e.Rank));
        Assert.Equal(["1", "2"], exact.Entries.Select(e => e.Unit.Code));
    }

    [Fact]
    public void Create_RoundsHalfAwayFromZero()
    {
        var ranking = Ranking.Create([Value("1", "A", 85.005m), Value("2", "B", 85.015m)]);

        Assert.Equal(85.01m, ranking["1"].RankedValue); // banker's rounding would give 85.00
        Assert.Equal(85.02m, ranking["2"].RankedValue);
    }

    [Fact]
    public void Create_GroupIsDecidedOnTheRankedValue()
    {
        UnitValue[] values = [Value("1", "A", 89.995m), Value("2", "B", 69.99m)];

        Assert.Equal("A", Ranking.Create(values)["1"].Group?.Name);
        Assert.Equal("B", Ranking.Create(values, new RankingOptions { Decimals = null })["1"].Group?.Name);
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
    public void Indexer_UnknownUnit_Throws() =>
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Ranking.Create([Value("1", "A", 1m)])["2"]);

    [Fact]
    public void ByIndexAndByArea_RankScorecards()
    {
        var scorer = new Scorer(CaMau1880.Fragment);
        ReportedIndicators Report(string code, decimal plan, bool content) => new(new AssessedUnit(code, "Sở " + code), 2023, new System.Collections.Generic.Dictionary<string, IndicatorValue>
        {
            ["1.1.1"] = IndicatorValue.NotCompleted,
            ["1.1.2"] = IndicatorValue.Conditions([true, true]),
            ["1.1.3"] = IndicatorValue.Flag(true),
            ["1.1.4"] = IndicatorValue.Percent(plan),
            ["1.2.1"] = IndicatorValue.Conditions([true, true]),
            ["1.2.2"] = IndicatorValue.Flag(content),
        });

        // A: 0 + 1 + 1 + 2 + 1 + 0 = 5 / 7; B: 0 + 1 + 1 + 1 + 1 + 1 = 5 / 7; C: 0 + 1 + 1 + 0 + 1 + 1 = 4 / 7.
        var cards = scorer.ScoreAll([Report("C", 50m, true), Report("A", 95m, false), Report("B", 80m, true)]);

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
        ReportedIndicators Report(string code, int year, decimal plan) => new(new AssessedUnit(code, "Sở " + code), year, new System.Collections.Generic.Dictionary<string, IndicatorValue>
        {
            ["1.1.1"] = IndicatorValue.NotCompleted,
            ["1.1.2"] = IndicatorValue.Conditions([true, true]),
            ["1.1.3"] = IndicatorValue.Flag(true),
            ["1.1.4"] = IndicatorValue.Percent(plan),
            ["1.2.1"] = IndicatorValue.Conditions([true, true]),
            ["1.2.2"] = IndicatorValue.Flag(true),
        });
        var cards = new[] { scorer.Score(Report("A", 2023, 80m)), scorer.Score(Report("C", 2024, 95m)), scorer.Score(Report("B", 2023, 70m)) };

        var byIndex = Assert.Throws<MixedYearsException>(() => Ranking.ByIndex(cards));
        var byArea = Assert.Throws<MixedYearsException>(() => Ranking.ByArea(cards, "1.1"));

        Assert.Equal([2023, 2024], byIndex.Years.ToArray());
        Assert.Equal("scorecards", byArea.ParamName);
        Assert.Contains("2023, 2024", byIndex.Message, StringComparison.Ordinal);
        Assert.Equal(["A", "B"], Ranking.ByIndex(cards.Where(c => c.Year == 2023)).Entries.Select(e => e.Unit.Code));
    }
}
