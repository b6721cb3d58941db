using static ParIndex.TestSupport.MethodologyBuilder;

namespace ParIndex.Tests.Methodologies;

/// <summary>Weights and how children combine: a sum of points (the PAR Index) or a weighted mean of percentages.</summary>
public class WeightsTests
{
    // A five-point custom index: area 1 (3 points: 1.1 yes/no 1, 1.2 proportional 2), area 2 (2 points: 2.1 and 2.2
    // yes/no 1 each). As shipped by a user, with weights 0.6 and 0.6 on the areas and −1 on 1.1, but nothing saying
    // how they combine.
    private const string Weighted = """
        {
         "formatVersion": 1, "id": "BH-WEIGHTS", "title": "Chỉ số CCHC thử nghiệm", "subjectKind": "custom",
         "years": { "first": 2023 }, "maxPoints": 5,
         "areas": [
          { "code": "1", "name": "Chỉ đạo, điều hành", "maxPoints": 3, "weight": 0.6, "criteria": [
            { "code": "1.1", "name": "Ban hành kế hoạch", "maxPoints": 1, "rule": { "kind": "yesNo", "yes": 1, "no": 0 }, "weight": -1 },
            { "code": "1.2", "name": "Tỷ lệ nhiệm vụ hoàn thành", "maxPoints": 2, "rule": { "kind": "proportional" } } ] },
          { "code": "2", "name": "Thủ tục hành chính", "maxPoints": 2, "weight": 0.6, "criteria": [
            { "code": "2.1", "name": "Công bố TTHC", "maxPoints": 1, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } },
            { "code": "2.2", "name": "Niêm yết TTHC", "maxPoints": 1, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } } ] }
         ]
        }
        """;

    private static Methodology Build(Aggregation aggregation, params Area[] areas) =>
        new("BH-WEIGHTS", "Chỉ số CCHC thử nghiệm", SubjectKind.Custom, AssessmentYears.From(2023), 5m, areas, aggregation: aggregation);

    // The two units of the case: NV (1.1 yes, 1.2 3/4, 2.1 yes, 2.2 no) and TP (yes, 1/2, yes, yes).
    private static Scorecard Score(Methodology methodology, string unit, (decimal Numerator, decimal Denominator) done, bool published) =>
        new Scorer(methodology).Score(new ReportedIndicators(new AssessedUnit(unit, "Sở " + unit), 2023, new Dictionary<string, IndicatorValue>
        {
            ["1.1"] = IndicatorValue.Flag(true),
            ["1.2"] = IndicatorValue.Ratio(done.Numerator, done.Denominator),
            ["2.1"] = IndicatorValue.Flag(true),
            ["2.2"] = IndicatorValue.Flag(published),
        }));

    [Fact]
    public void CaseWeights_UnusedAndNegativeWeights_AreErrorsNamingTheNode()
    {
        var error = Assert.Throws<InvalidMethodologyException>(() => Methodology.ParseJson(Weighted));

        var found = error.Diagnostics.Select(d => (d.Kind, d.ItemCode)).Order().ToArray();
        (DiagnosticKind, string?)[] expected =
        [
            (DiagnosticKind.InvalidNodeWeight, "1.1"),
            (DiagnosticKind.WeightNotUsed, "1"),
            (DiagnosticKind.WeightNotUsed, "1.1"),
            (DiagnosticKind.WeightNotUsed, "2"),
        ];
        Assert.Equal(expected.Order(), found);
        Assert.Contains(error.Diagnostics, d => d.Kind == DiagnosticKind.InvalidNodeWeight && d.Message.Contains("weight -1 must be more than 0", System.StringComparison.Ordinal)
            && d.JsonPath == "$.areas[0].criteria[0].weight");
        Assert.Contains(error.Diagnostics, d => d.Kind == DiagnosticKind.WeightNotUsed && d.ItemCode == "1"
            && d.Message.Contains("the weight 0.6 is never used: the methodology sums points", System.StringComparison.Ordinal));
    }

    [Fact]
    public void CaseWeights_SumOfPoints_IgnoresNothingAndGivesTheHandSums()
    {
        var methodology = Build(Aggregation.SumOfPoints, DemoArea1(null), DemoArea2(null));

        // NV: 1 + 3/4 × 2 + 1 + 0 = 3.5 of 5 = 70 %; TP: 1 + 1/2 × 2 + 1 + 1 = 4 of 5 = 80 %.
        Assert.Equal(70m, Score(methodology, "NV", (3m, 4m), published: false).Index);
        Assert.Equal(80m, Score(methodology, "TP", (1m, 2m), published: true).Index);
        Assert.Null(Score(methodology, "NV", (3m, 4m), published: false)["1"].WeightShare);
    }

    [Fact]
    public void CaseWeights_DeclaredNormalisedMean_GivesTheHandMean()
    {
        var json = Weighted.Replace("\"maxPoints\": 5,", "\"maxPoints\": 5, \"aggregation\": \"normalisedWeightedMean\",", System.StringComparison.Ordinal)
            .Replace(", \"weight\": -1", string.Empty, System.StringComparison.Ordinal);
        var methodology = Methodology.ParseJson(json);
        Assert.Equal(Aggregation.NormalisedWeightedMean, methodology.Aggregation);

        // NV: area 1 = (1 + 1.5) / 3 = 83.33…%, area 2 = 1/2 = 50 %; (0.6 × 83.33… + 0.6 × 50) / 1.2 = 66.666…% (the sum
        // of points gives 70 %). TP: area 1 = (1 + 1) / 3 = 66.66…%, area 2 = 100 %; mean 83.333…%.
        var nv = Score(methodology, "NV", (3m, 4m), published: false);
        Assert.Equal(66.67m, nv.RoundedIndex);
        Assert.InRange(nv.Index, 66.6666666m, 66.6666667m);
        Assert.Equal(83.33m, Score(methodology, "TP", (1m, 2m), published: true).RoundedIndex);

        // The explanation shows the weights used: 0.6 of 1.2 each.
        Assert.Equal(0.5m, nv["1"].WeightShare);
        Assert.Equal("2 Thủ tục hành chính: 1 / 2 (weight 0.6, share 0.5)", nv["2"].ToString());
    }

    [Fact]
    public void WeightedMean_WeightsNotSummingToOne_IsAnErrorUnlessNormalisationIsDeclared()
    {
        var error = Assert.Throws<InvalidMethodologyException>(() => Build(Aggregation.WeightedMean, DemoArea1(0.6m), DemoArea2(0.6m)));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.WeightsSumMismatch, problem.Kind);
        Assert.Null(problem.ItemCode);
        Assert.Contains("sum to 1.2, not 1 (0.6 + 0.6); declare NormalisedWeightedMean", problem.Message, System.StringComparison.Ordinal);
        Assert.Equal(Aggregation.NormalisedWeightedMean, Build(Aggregation.NormalisedWeightedMean, DemoArea1(0.6m), DemoArea2(0.6m)).Aggregation);
    }

    [Fact]
    public void WeightedMean_WeightsSummingToOne_WeighTheAreasNotTheirMaxima()
    {
        var methodology = Build(Aggregation.WeightedMean, DemoArea1(0.25m), DemoArea2(0.75m));

        // NV: 0.25 × 83.33…% + 0.75 × 50 % = 20.833… + 37.5 = 58.333…%, so 58.33; points 58.333…% × 5 = 2.9166666667.
        var nv = Score(methodology, "NV", (3m, 4m), published: false);
        Assert.Equal(58.33m, nv.RoundedIndex);
        Assert.Equal(2.9166666667m, nv.Points);
        Assert.Equal(5m, nv.MaxPoints);
    }

    [Fact]
    public void WeightedMean_MissingAndNonPositiveWeights_AreEachNamed()
    {
        var error = Assert.Throws<InvalidMethodologyException>(() => Build(Aggregation.WeightedMean, DemoArea1(null), DemoArea2(0m)));

        Assert.Equal(
            [(DiagnosticKind.InvalidNodeWeight, "2"), (DiagnosticKind.MissingNodeWeight, "1")],
            error.Diagnostics.Select(d => (d.Kind, d.ItemCode)).OrderBy(d => d.ItemCode, System.StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void NodeMean_ChildrenOnTheirOwnScales_AndAChildNotApplicableLeavesTheMean()
    {
        // Area 1 (10 points) takes the mean of 1.1 (1 point, weight 1) and 1.2 (2 points, weight 3), normalised; the
        // children's maxima (3) need not sum to the area's. Area 2 sums points as usual; the total sums the areas (12).
        var area1 = new Area
        {
            Code = "1", Name = "Chỉ đạo, điều hành", MaxPoints = 10m, Aggregation = Aggregation.NormalisedWeightedMean,
            Criteria = [YesNo("1.1", weight: 1m), Proportional("1.2", 2m, weight: 3m)],
        };
        var methodology = new Methodology("MEAN", "Thử nghiệm", SubjectKind.Custom, AssessmentYears.From(2023), 12m, [area1, DemoArea2(null)]);

        // 1.1 yes (100 %), 1.2 = 1/2 (50 %): (1 × 100 + 3 × 50) / 4 = 62.5 % of 10 = 6.25 points; with area 2 at 1 of 2:
        // 7.25 of 12.
        var nv = Score(methodology, "NV", (1m, 2m), published: false);
        Assert.Equal(6.25m, nv["1"].Points);
        Assert.Equal(0.75m, nv["1.2"].WeightShare);
        Assert.Equal(7.25m, nv.Points);

        // 1.1 not applicable: 1.2 alone is the mean, 50 % of 10 = 5 points, its share 1.
        var scorer = new Scorer(methodology);
        var partial = scorer.Score(new ReportedIndicators(new AssessedUnit("X", "Sở X"), 2023, new Dictionary<string, IndicatorValue>
        {
            ["1.1"] = IndicatorValue.NotApplicable, ["1.2"] = IndicatorValue.Ratio(1m, 2m), ["2.1"] = IndicatorValue.Flag(true), ["2.2"] = IndicatorValue.Flag(true),
        }));
        Assert.Equal(5m, partial["1"].Points);
        Assert.Equal(10m, partial["1"].MaxPoints);
        Assert.Equal(1m, partial["1.2"].WeightShare);
        Assert.Null(partial["1.1"].WeightShare);
    }

    [Fact]
    public void Leaf_DeclaringAnAggregation_IsAnError()
    {
        var leaf = new Criterion { Code = "2.1", Name = "Công bố TTHC", MaxPoints = 1m, Rule = new YesNoRule(1m), Aggregation = Aggregation.WeightedMean };
        var area2 = new Area { Code = "2", Name = "Thủ tục hành chính", MaxPoints = 2m, Criteria = [leaf, YesNo("2.2")] };

        var error = Assert.Throws<InvalidMethodologyException>(() => Build(Aggregation.SumOfPoints, DemoArea1(null), area2));

        Assert.Equal((DiagnosticKind.AggregationMisplaced, "2.1"), error.Diagnostics.Select(d => (d.Kind, d.ItemCode)).Single());
    }

    [Fact]
    public void Json_RoundTrip_KeepsAggregationAndWeights()
    {
        var methodology = Build(Aggregation.WeightedMean, DemoArea1(0.25m), DemoArea2(0.75m));

        var json = Methodology.WriteJson(methodology);

        Assert.Contains("\"aggregation\": \"weightedMean\"", json, System.StringComparison.Ordinal);
        Assert.Equal(methodology, Methodology.ParseJson(json));
        Assert.DoesNotContain("aggregation", Methodology.WriteJson(Build(Aggregation.SumOfPoints, DemoArea1(null), DemoArea2(null))), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Analysis_OfAWeightedMean_IsRefusedRatherThanWrong()
    {
        // Gap analysis and the Monte Carlo runs add leaf points to the total; under a mean a leaf's point is not one.
        var methodology = Build(Aggregation.WeightedMean, DemoArea1(0.25m), DemoArea2(0.75m));
        var nv = Score(methodology, "NV", (3m, 4m), published: false);
        var tp = Score(methodology, "TP", (1m, 2m), published: true);

        var gap = Assert.Throws<System.ArgumentException>(() => ParIndex.Analysis.GapReport.Compute(nv, [nv, tp], ParIndex.Analysis.GapTarget.Index(90m)));
        var runs = Assert.Throws<System.ArgumentException>(() => ParIndex.Analysis.RankUncertainty.Run([nv, tp]));

        Assert.Contains("weighted mean", gap.Message, System.StringComparison.Ordinal);
        Assert.Contains("weighted mean", runs.Message, System.StringComparison.Ordinal);
    }
}
