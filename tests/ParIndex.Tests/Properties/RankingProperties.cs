using static ParIndex.TestSupport.MethodologyBuilder;

namespace ParIndex.Tests.Properties;

[Properties(Arbitrary = [typeof(Generators)], MaxTest = 200)]
public class RankingProperties
{
    [Property]
    public Property Ranking_IsInvariantUnderPermutationOfTheInput() =>
        Prop.ForAll(
            Generators.RankingCases.SelectMany(c => Gen.Shuffle(c.Values).Select(shuffled => (c.Values, Shuffled: shuffled))).ToArbitrary(),
            t =>
            {
                foreach (var ties in Enum.GetValues<TiePolicy>())
                {
                    var options = new RankingOptions { Ties = ties };
                    var a = Ranking.Create(t.Values, options).Entries.Select(e => (e.Unit.Code, e.Rank));
                    var b = Ranking.Create(t.Shuffled, options).Entries.Select(e => (e.Unit.Code, e.Rank));
                    Assert.Equal(a, b);
                }
            });

    [Property(MaxTest = 500)]
    public Property Ranking_MatchesAPlainLinqReference() =>
        Prop.ForAll(
            Generators.MixedRankingCases.ToArbitrary(),
            Gen.Elements<int?>(null, 0, 2, 4).ToArbitrary(),
            Gen.Elements(Enum.GetValues<TiePolicy>()).ToArbitrary(),
            (@case, decimals, ties) =>
            {
                // The reference: round, order with LINQ, rank by counting what comes strictly (or densely) before.
                var reference = Reference(@case.Values.Select(v => (v.Unit, v.Value)), decimals);
                var expected = reference.Select((v, i) => (v.Unit.Code, v.Key, Rank: ties switch
                {
                    TiePolicy.Ordinal => i + 1,
                    TiePolicy.Dense => reference.Select(r => r.Key).Distinct().Count(k => k > v.Key) + 1,
                    _ => reference.Count(r => r.Key > v.Key) + 1,
                }, Group: GroupScheme.Ministry.Classify(v.Key)?.Name));

                var actual = Ranking.Create(@case.Values, new RankingOptions { Decimals = decimals, Ties = ties }).Entries
                    .Select(e => (e.Unit.Code, Key: e.RankedValue, e.Rank, Group: e.Group?.Name));

                Assert.Equal(expected, actual);
            });

    [Property]
    public void EqualValues_GetEqualRanks_AndDifferentValuesDifferentRanks(RankingCase @case)
    {
        foreach (var ties in new[] { TiePolicy.Standard, TiePolicy.Dense })
        {
            var entries = Ranking.Create(@case.Values, new RankingOptions { Ties = ties }).Entries;
            foreach (var a in entries)
            {
                foreach (var b in entries)
                {
                    Assert.Equal(a.RankedValue == b.RankedValue, a.Rank == b.Rank);
                }
            }
        }
    }

    [Property]
    public void StandardRank_IsOnePlusTheNumberOfStrictlyHigherValues(RankingCase @case)
    {
        var entries = Ranking.Create(@case.Values).Entries;
        foreach (var entry in entries)
        {
            Assert.Equal(1 + entries.Count(e => e.RankedValue > entry.RankedValue), entry.Rank);
        }
    }

    [Property]
    public void OrdinalRanks_AreOneToN_InOrderOfValue(RankingCase @case)
    {
        var entries = Ranking.Create(@case.Values, new RankingOptions { Ties = TiePolicy.Ordinal }).Entries;
        Assert.Equal(Enumerable.Range(1, entries.Length), entries.Select(e => e.Rank));
        Assert.True(entries.Zip(entries.Skip(1)).All(p => p.First.RankedValue >= p.Second.RankedValue));
    }

    /// <summary>By index, with one maximum (integer keys from the totals) or several (a leaf not applicable: keys from the
    /// indices), exact or at two decimals: the order and ranks are a plain LINQ reference's over the scorecards' indices.</summary>
    [Property(MaxTest = 300)]
    public Property ByIndex_MatchesAPlainLinqReference() =>
        Prop.ForAll(
            Gen.Zip(
                    Gen.Zip(Gen.Elements(0m, 0.0000000001m, 0.5m, 0.8999999999m, 0.9m, 1m), Gen.Elements<decimal?>(null, 0m, 0.0000000001m, 0.5m, 0.8999999999m, 0.9m, 1m), (first, second) => (first, second)),
                    Gen.Elements("Sở A", "Sở B", "Sở C"),
                    (points, name) => (First: points.first, Second: points.second, Name: name))
                .ListOf().Select(rows => rows.ToArray()).ToArbitrary(),
            Gen.Elements<int?>(null, 2).ToArbitrary(),
            (rows, decimals) =>
            {
                var cards = new Scorer(TwoLeaves).ScoreAll(rows.Select((r, i) => TwoLeavesGiven("U" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), r.First, r.Second, r.Name)));
                var reference = Reference(cards.Select(c => (c.Unit, c.Index)), decimals);
                var expected = reference.Select(v => (v.Unit.Code, Rank: reference.Count(r => r.Key > v.Key) + 1));

                var actual = Ranking.ByIndex(cards, new RankingOptions { Decimals = decimals }).Entries.Select(e => (e.Unit.Code, e.Rank));

                Assert.Equal(expected, actual);
            });

    // The reference order, in plain LINQ: each value rounded half away from zero (or exact), highest first, ties by
    // name then code.
    private static List<(AssessedUnit Unit, decimal Key)> Reference(IEnumerable<(AssessedUnit Unit, decimal Value)> values, int? decimals) =>
        values
            .Select(v => (v.Unit, Key: decimals is { } d ? Math.Round(v.Value, d, MidpointRounding.AwayFromZero) : v.Value))
            .OrderByDescending(v => v.Key)
            .ThenBy(v => v.Unit.Name, StringComparer.Ordinal)
            .ThenBy(v => v.Unit.Code, StringComparer.Ordinal)
            .ToList();
}
