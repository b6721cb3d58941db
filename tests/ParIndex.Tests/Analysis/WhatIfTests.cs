using static ParIndex.Tests.Analysis.GapMethodologies;
using static ParIndex.TestSupport.MethodologyBuilder;

namespace ParIndex.Tests.Analysis;

public class WhatIfTests
{
    private static ReportedIndicators Units(string code, string name, bool first, bool second, int count) =>
        new(new AssessedUnit(code, name), Year, new Dictionary<string, IndicatorValue>
        {
            ["1.1"] = IndicatorValue.Flag(first), ["1.2"] = IndicatorValue.Flag(second), ["1.3"] = IndicatorValue.Count(count),
        });

    [Fact]
    public void Rescore_ChangedInput_ShiftsTheRanks()
    {
        // Before: A yes/no/5 = 3 + 2 = 5, B no/yes/10 = 2 + 5 = 7, C yes/yes/0 = 5 → B 1, A and C 2 (standard ties).
        // After A reports 10 times: 3 + 5 = 8 → A 1 (+1), B 2 (−1), C 3 (−1).
        ReportedIndicators[] units = [Units("A", "Sở A", true, false, 5), Units("B", "Sở B", false, true, 10), Units("C", "Sở C", true, true, 0)];

        var shifts = RankShift.Rescore(units, Discrete, Discrete, [Units("A", "Sở A", true, false, 10)]);

        Assert.Equal([("A", 2, 1, 1), ("B", 1, 2, -1), ("C", 2, 3, -1)], shifts.Select(s => (s.Unit.Code, s.RankBefore!.Value, s.RankAfter!.Value, s.Shift!.Value)));
    }

    [Fact]
    public void Rescore_BandThresholdAndTies_ChangeTheRanking()
    {
        // The count band of 1.3 moved from 5–9 to 4–9: a unit reporting 4 times now gets 2 points. Before: A 3 + 0 = 3
        // (4 times), C 3 (yes/no/0) tie at 2 under dense ties behind B (5); after: A 5 ties B at 1 and C falls to 2.
        var moved = new Methodology("GAP-DISCRETE", "Khoảng cách rời rạc (thử)", SubjectKind.Custom, AssessmentYears.From(2024), 10m,
            [Area("1", Discrete.Leaves[0], Discrete.Leaves[1], Leaf("1.3", 5m, BandRule.ForCount(Band.AtLeast(10m, 5m), Band.Between(4m, 9m, 2m), Band.AtMost(3m, 0m))))]);
        ReportedIndicators[] units = [Units("A", "Sở A", true, false, 4), Units("B", "Sở B", true, true, 0), Units("C", "Sở C", true, false, 0)];
        var dense = new RankingOptions { Ties = TiePolicy.Dense };

        var shifts = RankShift.Rescore(units, Discrete, moved, rankingBefore: dense);

        Assert.Equal([("A", 2, 1), ("B", 1, 1), ("C", 2, 2)], shifts.Select(s => (s.Unit.Code, s.RankBefore!.Value, s.RankAfter!.Value)).OrderBy(s => s.Code));
    }

    [Fact]
    public void Compare_UnitInOneRankingOnly_HasNoShift()
    {
        var before = Ranking.Create([new UnitValue(new AssessedUnit("A", "A"), 90m), new UnitValue(new AssessedUnit("B", "B"), 80m)]);
        var after = Ranking.Create([new UnitValue(new AssessedUnit("A", "A"), 70m)]);

        var shifts = RankShift.Compare(before, after);

        Assert.Equal([("A", (int?)1, (int?)1), ("B", 2, null)], shifts.Select(s => (s.Unit.Code, s.RankBefore, s.RankAfter)));
        Assert.Null(shifts[1].Shift);
        Assert.Equal("A A: 1 → 1", shifts[0].ToString());
    }

    [Fact]
    public void Compare_SameRankingsTwice_GivesEqualShifts()
    {
        // A shift is a value: comparing the same two rankings again gives equal shifts (80 and 80.0 are one index);
        // B, only in the first ranking, and A at 75 after are other shifts.
        var before = Ranking.Create([new UnitValue(new AssessedUnit("A", "A"), 90m), new UnitValue(new AssessedUnit("B", "B"), 80m)]);
        var after = Ranking.Create([new UnitValue(new AssessedUnit("A", "A"), 70m)]);
        var again = Ranking.Create([new UnitValue(new AssessedUnit("A", "A"), 90.0m), new UnitValue(new AssessedUnit("B", "B"), 80.0m)]);
        var lower = Ranking.Create([new UnitValue(new AssessedUnit("A", "A"), 75m)]);

        var shifts = RankShift.Compare(before, after);

        ContractAssert.ClassEqualityContract(shifts[0], RankShift.Compare(again, after)[0], shifts[1], RankShift.Compare(before, lower)[0]);
    }
}
