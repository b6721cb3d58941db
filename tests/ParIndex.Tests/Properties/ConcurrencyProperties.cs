using System.Threading;
using System.Threading.Tasks;

namespace ParIndex.Tests.Properties;

/// <summary>A methodology and its scorer shared by many threads give what a serial run gives.</summary>
public class ConcurrencyProperties
{
    private const int Threads = 8;

    private static Gen<(Methodology Methodology, ReportedIndicators[] Units)> Cases =>
        from methodology in Generators.Methodologies
        from units in Gen.CollectToArray(Enumerable.Range(0, 12).Select(u =>
            from values in Gen.CollectToArray(methodology.Leaves.Select(l => Generators.ValueFor(l.Rule!)))
            select Generators.Indicators("U" + u.ToString(System.Globalization.CultureInfo.InvariantCulture), methodology, [.. values])))
        select (methodology, units.ToArray());

    [Property(MaxTest = 30)]
    public Property Score_SameUnitsFrom8ThreadsAtOnce_EqualsTheSerialRun() => Prop.ForAll(Cases.ToArbitrary(), @case =>
    {
        var scorer = new Scorer(@case.Methodology, new ScoringOptions { MissingIndicators = MissingIndicatorPolicy.ScoreAsZero });
        var serial = @case.Units.Select(u => Describe(TryScore(scorer, u))).ToArray();

        // Every thread scores every unit, starting together, in its own order.
        using var start = new Barrier(Threads);
        var parallel = Enumerable.Range(0, Threads).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            var order = Enumerable.Range(0, @case.Units.Length).Select(i => (i + t) % @case.Units.Length).ToArray();
            var results = new string[@case.Units.Length];
            foreach (var i in order)
            {
                results[i] = Describe(TryScore(scorer, @case.Units[i]));
            }
            return results;
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(parallel);

        Assert.All(parallel, p => Assert.Equal(serial, p.Result));
    });

    [Property(MaxTest = 30)]
    public Property Read_OneScorecardFrom8ThreadsAtOnce_EqualsAScorecardReadAlone() => Prop.ForAll(Cases.ToArbitrary(), @case =>
    {
        // A scorecard sums its nodes and builds its leaves' explanations when first read; here 8 threads make that first
        // read of the same scorecards together, and each must see what a twin scorecard, read on one thread, says.
        var scorer = new Scorer(@case.Methodology, new ScoringOptions { MissingIndicators = MissingIndicatorPolicy.ScoreAsZero });
        var alone = @case.Units.Select(u => Describe(TryScore(scorer, u))).ToArray();
        var shared = @case.Units.Select(u => TryScore(scorer, u)).ToArray();

        using var start = new Barrier(Threads);
        var parallel = Enumerable.Range(0, Threads).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return shared.Select((_, i) => Describe(shared[(i + t) % shared.Length])).ToArray();
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(parallel);

        Assert.All(parallel.Select((p, t) => (p.Result, t)), r =>
            Assert.Equal(alone.Select((_, i) => alone[(i + r.t) % alone.Length]), r.Result));
    });

    [Fact]
    public async Task Rank_From8ThreadsAtOnce_EqualsTheSerialRun()
    {
        var values = Enumerable.Range(0, 63).Select(i => new UnitValue(
            new AssessedUnit("P" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "Tỉnh " + (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            80m + (i * 37 % 17) / 4m)).ToArray();
        var serial = string.Join("\n", Ranking.Create(values).Entries);

        var parallel = Enumerable.Range(0, Threads)
            .Select(_ => Task.Run(() => string.Join("\n", Ranking.Create(values).Entries)))
            .ToArray();
        var results = await Task.WhenAll(parallel);

        Assert.All(results, r => Assert.Equal(serial, r));
    }

    private static Scorecard? TryScore(Scorer scorer, ReportedIndicators unit)
    {
        try
        {
            return scorer.Score(unit);
        }
        catch (InvalidIndicatorsException)
        {
            return null; // a generated unit may have nothing applicable: the same on every thread
        }
    }

    // Everything a scorecard says: every node's points and maximum, and every explanation's text.
    private static string Describe(Scorecard? card) => card is null
        ? "(not scored)"
        : card.Unit + " " + card.Points + "/" + card.MaxPoints + " " + card.Index + "\n"
          + string.Join("\n", card.Nodes.Select(n => n.Node.Code + " " + n.Points + "/" + n.MaxPoints))
          + "\n" + string.Join("\n", card.Explanations.Select(e => e.Text));
}
