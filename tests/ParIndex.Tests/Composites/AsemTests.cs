namespace ParIndex.Tests.Composites;

/// <summary>COINr's own example, run through the sample pipeline, against the figures COINr publishes.</summary>
public class AsemTests
{
    internal static readonly CompositeModel Model = CompositeModel.ReadCsv(
        RepositoryFiles.Read("samples/data/composites/asem-idata.csv"),
        RepositoryFiles.Read("samples/data/composites/asem-imeta.csv"),
        "asem-idata.csv",
        "asem-imeta.csv");

    internal static readonly CompositeResult Example = CompositePipeline.Parse(RepositoryFiles.Read("samples/data/composites/asem.json")).Run(Model);

    private static readonly string[] Columns = ["Index", "Conn", "Sust", "Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social", "SusEcFin"];

    [Fact]
    public void Model_HasCoinrsShape()
    {
        // COINr's print of the coin: 51 units, 49 indicators, 8 pillars, 2 sub-indexes, 1 index, 4 levels.
        Assert.Equal(51, Model.Units.Length);
        Assert.Equal(49, Model.Indicators.Length);
        Assert.Equal(11, Model.Aggregates.Length);
        Assert.Equal(4, Model.MaxLevel);
        Assert.Equal("Index", Model.IndexCode);
        Assert.Equal(["Conn", "Sust"], Model.Children["Index"].AsEnumerable());
    }

    /// <summary>COINr vignette "Presenting Results" (https://bluefoxr.github.io/COINr/articles/results.html), the table of
    /// <c>get_results(build_example_coin(), dset = "Aggregated", tab_type = "Aggs")</c>, two decimals as printed.</summary>
    [Theory]
    [InlineData("CHE", 1, 68.38, 62.79, 73.98, 63.41, 32.87, 74.78, 85.94, 56.93, 77.21, 87.85, 56.88)]
    [InlineData("NLD", 2, 64.82, 61.94, 67.70, 64.87, 46.62, 84.55, 71.74, 41.92, 58.73, 86.58, 57.78)]
    [InlineData("DNK", 3, 64.80, 57.10, 72.51, 50.52, 30.43, 78.13, 75.35, 51.04, 69.83, 86.40, 61.29)]
    [InlineData("NOR", 4, 64.47, 57.44, 71.50, 58.18, 25.70, 80.03, 89.46, 33.80, 70.90, 87.00, 56.59)]
    [InlineData("BEL", 5, 63.54, 63.99, 63.09, 71.97, 48.22, 80.84, 75.60, 43.32, 53.01, 86.17, 50.09)]
    [InlineData("SWE", 6, 63.00, 53.87, 72.12, 51.51, 23.87, 80.98, 74.51, 38.50, 66.37, 87.74, 62.27)]
    public void ExampleCoin_ReproducesCoinrsPublishedResults(string unit, int rank, params double[] published)
    {
        Assert.Equal(rank, Example.RankOf(unit).Rank);
        for (var i = 0; i < Columns.Length; i++)
        {
            Assert.Equal(published[i], System.Math.Round(Example.Scores[unit, Columns[i]]!.Value, 2));
        }
    }

    /// <summary>Same vignette, <c>get_unit_summary(coin, usel = "IND", Levels = c(4, 3, 2))</c>: score and rank of each.</summary>
    [Fact]
    public void ExampleCoin_ReproducesCoinrsUnitSummaryOfIndia()
    {
        (string Code, double Score, int Rank)[] published =
        [
            ("Index", 39.79, 45), ("Conn", 28.60, 44), ("Sust", 50.99, 43), ("Physical", 18.78, 48), ("ConEcFin", 6.38, 49),
            ("Political", 51.90, 33), ("Instit", 59.84, 37), ("P2P", 6.07, 47), ("Environ", 75.34, 6), ("Social", 22.74, 51), ("SusEcFin", 54.88, 36),
        ];
        foreach (var (code, score, rank) in published)
        {
            Assert.Equal(score, System.Math.Round(Example.Scores["IND", code]!.Value, 2));
            Assert.Equal(rank, Example.RankBy(code).Single(r => r.UnitCode == "IND").Rank);
        }
    }

    [Fact]
    public void ExampleCoin_ScreensNobody_BecauseItImputesFirst()
    {
        // build_example_coin screens the imputed data: every unit has all 49 values, so all 51 stay and are ranked.
        Assert.Equal(51, Example["Screened"].UnitCodes.Length);
        Assert.Empty(Example.Unranked);
        Assert.Equal(51, Example.Ranking.Length);
        Assert.Equal(Enumerable.Range(1, 51), Example.Ranking.Select(r => r.Rank));
    }

    [Fact]
    public void ExampleCoin_WritesCoinrsDataSets()
    {
        Assert.Equal(["Raw", "Denominated", "Imputed", "Screened", "Treated", "Normalised", "Aggregated"], Example.DataSets.Select(d => d.Name));
        Assert.Equal(60, Example.Scores.Columns.Length);
    }

    [Fact]
    public void Denominate_DividesByTheMetadatasDenominator()
    {
        // Austria: Flights 29.01725 (thousand seats) ÷ Population 8735.453 (thousands) = 0.00332177964897756.
        Assert.Equal(0.00332177964897756, Example["Denominated"]["AUT", "Flights"]!.Value, 1e-15);
        // LPI has no denominator: unchanged.
        Assert.Equal(4.097985, Example["Denominated"]["AUT", "LPI"]);
    }

    [Fact]
    public void Impute_FillsWithTheGroupMean_AndKeepsPresentValues()
    {
        // Brunei (Asia) has no ConSpeed; the 13 Asian values present (AUS 11.1, CHN 7.6, IND 6.5, IDN 7.2, JPN 20.2,
        // KOR 28.6, MYS 8.9, NZL 14.7, PHL 5.5, RUS 11.8, SGP 20.3, THA 16, VNM 9.5) sum to 167.9: mean 12.9153846…
        Assert.Null(Example["Denominated"]["BRN", "ConSpeed"]);
        Assert.Equal(167.9 / 13, Example["Imputed"]["BRN", "ConSpeed"]!.Value, 1e-12);
        Assert.Equal(11.1, Example["Imputed"]["AUS", "ConSpeed"]);
    }

    /// <summary>COINr's "Overview" vignette (https://bluefoxr.github.io/COINr/articles/overview.html) builds the coin in
    /// another order: screen the denominated data at 0.9 (46 units left), impute, then treat the screened (not imputed)
    /// data; it prints the first six rows of the results.</summary>
    [Fact]
    public void OverviewVignettePipeline_ReproducesItsPublishedTable()
    {
        var pipeline = CompositePipeline.Parse("""
            { "formatVersion": 1, "steps": [
              { "step": "denominate" },
              { "step": "screen", "threshold": 0.9 },
              { "step": "impute", "method": "groupMean", "group": "EurAsia_group" },
              { "step": "treat", "input": "Screened" },
              { "step": "normalise" },
              { "step": "aggregate" } ] }
            """);

        var result = pipeline.Run(Model);

        Assert.Equal(46, result.Ranking.Length);
        Assert.Equal(["BGD", "BRN", "KHM", "LAO", "MMR"], result.Unranked.Select(u => u.Unit.Code));
        // Brunei misses 10 of 49 indicators: availability 39/49 = 0.796.
        Assert.Equal("screened out in Screened: data availability 0.796 is below 0.9", result.Unranked[1].Reason);
        (string Unit, double Index, double Conn, double Sust)[] published =
        [
            ("CHE", 68.33, 62.18, 74.48), ("DNK", 64.47, 56.05, 72.90), ("NLD", 64.46, 61.32, 67.60),
            ("NOR", 64.23, 56.53, 71.93), ("BEL", 63.11, 63.02, 63.19), ("SWE", 62.82, 52.88, 72.77),
        ];
        Assert.Equal(published.Select(p => p.Unit), result.Ranking.Take(6).Select(r => r.UnitCode));
        foreach (var (unit, index, conn, sust) in published)
        {
            Assert.Equal(index, System.Math.Round(result.Scores[unit, "Index"]!.Value, 2));
            Assert.Equal(conn, System.Math.Round(result.Scores[unit, "Conn"]!.Value, 2));
            Assert.Equal(sust, System.Math.Round(result.Scores[unit, "Sust"]!.Value, 2));
        }
    }

    [Fact]
    public void RankingsAndStandings_OfTwoRuns_AreEqualByValue()
    {
        var again = CompositePipeline.Parse(RepositoryFiles.Read("samples/data/composites/asem.json")).Run(Model);

        // Compared row by row (an ImmutableArray itself equals only the same array).
        Assert.NotSame(Example.Ranking[0], again.Ranking[0]);
        Assert.Equal<CompositeRank>(Example.Ranking, again.Ranking);
        Assert.Equal<IndicatorStanding>(Example.StrengthsAndWeaknesses("ESP").Strengths, again.StrengthsAndWeaknesses("ESP").Strengths);
        // Switzerland first, the Netherlands second (COINr's example coin): rows of different units are not equal.
        Assert.NotEqual(Example.Ranking[0], Example.Ranking[1]);
    }

    [Fact]
    public void StrengthsAndWeaknesses_OfSpain_AsCoinrsVignette()
    {
        // COINr vignette "Presenting Results": get_str_weak(coin, dset = "Raw", usel = "ESP") lists the strengths
        // CostImpEx (rank 1, 0), TIRcon (1, 1), Tourist (2, 75.3), Flights (3, 171), UNVote (3, 43.1).
        var profile = Example.StrengthsAndWeaknesses("ESP");

        Assert.Equal(["CostImpEx", "TIRcon", "Tourist", "Flights", "UNVote"], profile.Strengths.Select(s => s.Code));
        Assert.Equal([1, 1, 2, 3, 3], profile.Strengths.Select(s => s.Rank));
        Assert.Equal(171.0, System.Math.Round(profile.Strengths[3].Value));
        Assert.Equal(5, profile.Weaknesses.Length);
        Assert.True(profile.Weaknesses.All(w => w.Rank >= profile.Strengths[^1].Rank));
    }
}
