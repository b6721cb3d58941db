using System.Text.RegularExpressions;
using NJsonSchema;

namespace ParIndex.Tests.Composites;

public class CompositePipelineTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromJsonAsync(CompositePipeline.JsonSchema).GetAwaiter().GetResult();

    private static string[] Problems(string json) =>
        CompositeProblems.Of(() => CompositePipeline.Parse(json));

    [Fact]
    public void JsonSchema_IsTheDocumentedOne()
    {
        Assert.Equal(RepositoryFiles.Read("docs/composite-pipeline.schema.json").ReplaceLineEndings(), CompositePipeline.JsonSchema.ReplaceLineEndings());
    }

    [Fact]
    public void Sample_IsValidAgainstTheSchema_AndReadsAsCoinrsSteps()
    {
        var text = RepositoryFiles.Read("samples/data/composites/asem.json");
        // NJsonSchema reads strict JSON; the sample starts with // comment lines citing COINr.
        Assert.Empty(Schema.Validate(Regex.Replace(text, "^\\s*//.*$", string.Empty, RegexOptions.Multiline)));

        Assert.NotEmpty(Schema.Validate("""{ "formatVersion": 1, "steps": [ { "step": "shuffle" } ] }"""));
        Assert.NotEmpty(Schema.Validate("""{ "formatVersion": 1, "steps": [ { "step": "treat", "colour": "red" } ] }"""));

        var pipeline = CompositePipeline.Parse(text);

        Assert.Equal(
            ["denominate: Raw → Denominated", "impute: Denominated → Imputed", "screen: Imputed → Screened", "treat: Screened → Treated",
             "normalise: Treated → Normalised", "aggregate: Normalised → Aggregated"],
            pipeline.Steps.AsEnumerable());
    }

    [Fact]
    public void Parse_ReportsEveryProblemWithItsPath()
    {
        var problems = Problems("""
            { "formatVersion": 2, "colour": "red", "steps": [
              { "step": "shuffle" },
              { "step": "impute", "method": "groupMean" },
              { "step": "screen", "threshold": 1.5, "input": "Nowhere" },
              { "step": "normalise", "method": "minmax", "range": [100, 0] },
              { "step": "normalise", "output": "Imputed", "indicators": { "x": { "method": "goalposts" } } },
              { "step": "aggregate", "method": "generalised", "levels": { "two": {} } } ] }
            """);

        // Each problem at its JSON path and where that value starts; a missing one (steps[1].group) where its step starts.
        Assert.Equal(
        [
            "$.colour (line 1, column 33): the format has no property colour here (allowed: formatVersion, title, weightSets, steps)",
            "$.formatVersion (line 1, column 20): formatVersion must be 1",
            "$.steps[0].step (line 2, column 13): step must be one of denominate, impute, screen, treat, normalise, aggregate, not 'shuffle'",
            "$.steps[1].group (line 3, column 3): a group method needs a group column",
            "$.steps[2].input (line 4, column 50): data set Nowhere is not written before this step (written: Raw, Imputed)",
            "$.steps[2].threshold (line 4, column 36): 1.5 is outside [0, 1]",
            "$.steps[3].method (line 5, column 36): method must be one of minMax, zScore, scaled, rank, percentileRank, borda, distanceToMax, distanceToReference, distanceToTarget, fractionOfMax, goalposts, none, not 'minmax'",
            "$.steps[3].range (line 5, column 55): the first number must be below the second",
            "$.steps[4].output (line 6, column 36): data set Imputed is written already; every step writes a new data set",
            "$.steps[4].indicators.x.goalposts (line 6, column 68): goalposts needs goalposts [lower, upper] in the indicator's units",
            "$.steps[5].p (line 7, column 3): the generalised mean needs an exponent p other than 0 (p = 0 is the geometric mean)",
            "$.steps[5].levels.two (line 7, column 70): a level must be a whole number",
        ], problems);
    }

    [Fact]
    public void Parse_BadSyntax_GivesLineAndColumn()
    {
        var error = Assert.Throws<InvalidCompositeException>(() => CompositePipeline.Parse("{ \"formatVersion\": 1,\n  \"steps\": [ } ]"));
        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.MalformedJson, problem.Kind);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Parse_RepeatedProperty_IsRefusedAtTheSecondOne()
    {
        // Line 2 is '  "steps": [ { "step": "impute", "step": "treat" } ]': the second "step" begins at column 34
        // (2 spaces, "\"steps\": [ { " 13, "\"step\": \"impute\", " 18, then its quote).
        var error = Assert.Throws<InvalidCompositeException>(() => CompositePipeline.Parse("{ \"formatVersion\": 1,\n  \"steps\": [ { \"step\": \"impute\", \"step\": \"treat\" } ] }"));
        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.DuplicateProperty, problem.Kind);
        Assert.Equal("$.steps[0].step (line 2, column 34): property \"step\" appears more than once in this object", problem.ToString());
    }

    [Fact]
    public void Run_ChecksTheStepsAgainstTheModelFirst()
    {
        var model = Small.Model([("A", 1, [1, 2, 3])]);
        var problems = CompositeProblems.Of(() => CompositePipeline.Parse("""
            { "formatVersion": 1, "steps": [
              { "step": "impute", "method": "groupMean", "group": "Continent" },
              { "step": "screen", "include": ["U9"] },
              { "step": "normalise", "indicators": { "B": { "method": "rank" } } },
              { "step": "aggregate", "weights": "Expert", "nodes": { "A": { "method": "harmonic" } } } ] }
            """).Run(model));

        Assert.Equal(
        [
            "$.steps[0], element Continent: impute step: the group Continent is not a group column of the metadata",
            "$.steps[1], unit U9: screen step: forces unit U9, which is not in the data",
            "$.steps[2], element B: normalise step: B is not an indicator",
            "$.steps[3]: aggregate step: the weight set Expert is not defined (sets: Original)",
            "$.steps[3], element A: aggregate step: A is not an aggregate",
        ], problems);
    }

    [Fact]
    public void Run_ProblemsWithCodesFromTheJsonObjects_ComeInOrdinalCodeOrderEveryRun()
    {
        // The maps of codes (weight sets, denominators, per-indicator specs, nodes) were checked in the order of their
        // strings' hash codes, which .NET draws afresh in every process: the same pipeline listed its problems in a
        // different order from run to run (six unknown codes in one weight set: X1 X4 X5 X3 X2 X6, then X1 X5 X6 X2 X4
        // X3, then X3 X5 X4 X6 X2 X1 in three processes). By hand, in ordinal order: the weight sets w1 (B before b)
        // and w2 (Q before Z), then each step in order with Q before Z (two problems for each denominated code).
        var model = Small.Model([("A", 1, [1, 2, 3])]);
        var error = Assert.Throws<InvalidCompositeException>(() => CompositePipeline.Parse("""
            { "formatVersion": 1, "weightSets": { "w2": { "Z": 1, "Q": 1 }, "w1": { "b": 1, "B": 1 } }, "steps": [
              { "step": "denominate", "denominators": { "Z": "A", "Q": "A" } },
              { "step": "treat", "indicators": { "Z": {}, "Q": {} } },
              { "step": "normalise", "indicators": { "Z": { "method": "rank" }, "Q": { "method": "rank" } } },
              { "step": "aggregate", "weights": "w1", "nodes": { "Z": { "method": "harmonic" }, "Q": { "method": "harmonic" } } } ] }
            """).Run(model));

        Assert.Equal(
        [
            ("$.weightSets.w1.B", "B"), ("$.weightSets.w1.b", "b"), ("$.weightSets.w2.Q", "Q"), ("$.weightSets.w2.Z", "Z"),
            ("$.steps[0]", "Q"), ("$.steps[0]", "Q"), ("$.steps[0]", "Z"), ("$.steps[0]", "Z"),
            ("$.steps[1]", "Q"), ("$.steps[1]", "Z"),
            ("$.steps[2]", "Q"), ("$.steps[2]", "Z"),
            ("$.steps[3]", "Q"), ("$.steps[3]", "Z"),
        ], error.Diagnostics.Select(d => (d.JsonPath, d.ItemCode)));
    }

    [Fact]
    public void Impute_ByGroupMean_AndNeverChangesAPresentValue()
    {
        // Column 1, –, 3, 10, –; regions E, E, E, A, A: E's mean (1 + 3)/2 = 2 fills U2, A's mean 10 fills U5.
        var model = Small.Model([("A", 1, [1, double.NaN, 3, 10, double.NaN])], groups: ["E", "E", "E", "A", "A"]);
        var imputed = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "impute", "method": "groupMean", "group": "Region" } ] }""").Run(model).Scores;
        Assert.Equal([1, 2, 3, 10, 10], imputed.Column("A").Select(v => v!.Value));

        // Overall mean (1 + 3 + 10)/3 and median 3.
        var mean = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "impute" } ] }""").Run(model).Scores;
        Assert.Equal(14.0 / 3, mean["U2", "A"]!.Value, 12);
        var median = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "impute", "method": "median" } ] }""").Run(model).Scores;
        Assert.Equal(3, median["U5", "A"]);
    }

    [Fact]
    public void Screen_ByZeros_AndForcedUnits()
    {
        // U1 has values 0, 0 (non-zero share 0 < 0.05), U2 has one of two missing (availability 0.5 < 2/3).
        var model = Small.Model([("A", 1, [0, 5, 1]), ("B", 1, [0, double.NaN, 2])]);

        var zeros = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "screen", "by": "zeros" } ] }""").Run(model);
        Assert.Equal(["U2", "U3"], zeros.Scores.UnitCodes.AsEnumerable());
        Assert.Equal("U1 Unit 1: not ranked, screened out in Screened: share of non-zero values 0 is below 0.05", zeros.Unranked[0].ToString());

        var both = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "screen", "by": "missingOrZeros", "include": ["U2"], "exclude": ["U3"] } ] }""").Run(model);
        Assert.Equal(["U2"], both.Scores.UnitCodes.AsEnumerable());
    }

    [Fact]
    public void Unranked_ListsUnitsWithoutAnIndex()
    {
        var model = Small.Model([("A", 1, [1, double.NaN, 3]), ("B", 1, [4, double.NaN, 6])]);
        var result = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "normalise" }, { "step": "aggregate" } ] }""").Run(model);

        Assert.Equal(["U3", "U1"], result.Ranking.Select(r => r.UnitCode));
        Assert.Equal("U2 Unit 2: not ranked, Index has no value (too few children with data)", result.Unranked.Single().ToString());
    }

    [Fact]
    public void Ranking_TiesShareTheLowestRank_AsCoinrsGetResults()
    {
        // Index = the one indicator: 5, 3, 5, 1 → ranks 1, 3, 1, 4 (R's rank(-x, ties.method = "min")); ties by name.
        var model = Small.Model([("A", 1, [5, 3, 5, 1])]);
        var result = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "aggregate" } ] }""").Run(model);

        Assert.Equal(["1. U1 Unit 1 5.00", "1. U3 Unit 3 5.00", "3. U2 Unit 2 3.00", "4. U4 Unit 4 1.00"], result.Ranking.Select(r => r.ToString()));
        Assert.Equal(3, result.RankOf("U2").Rank);
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => result.RankOf("U9"));
    }

    [Fact]
    public void Denominate_ByANegativeOrZeroDenominator_IsAProblemNamingUnitAndIndicator()
    {
        // A population of −5 would divide A into −0.2 and turn its direction round without a word; 0 would give infinity.
        var units = new[] { ("U1", 1.0, 5.0), ("U2", 1.0, -5.0), ("U3", 2.0, 0.0) }.Select(u => new CompositeUnit(u.Item1, null,
            [new System.Collections.Generic.KeyValuePair<string, double?>("A", u.Item2), new("Pop", u.Item3)]));
        var model = new CompositeModel(units,
        [
            new CompositeElement { Code = "A", Type = ElementType.Indicator, Level = 1, Parent = "Index", Weight = 1, Denominator = "Pop" },
            new CompositeElement { Code = "Index", Type = ElementType.Aggregate, Level = 2, Weight = 1 },
            new CompositeElement { Code = "Pop", Type = ElementType.Denominator },
        ]);

        var error = Assert.Throws<InvalidCompositeException>(() => CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "denominate" } ] }""").Run(model));

        Assert.Equal(
        [
            "$.steps[0], unit U2, element A: denominate step: the denominator Pop is negative, -5",
            "$.steps[0], unit U3, element A: denominate step: the denominator Pop is zero",
        ], error.Diagnostics.Select(d => d.ToString()));
        Assert.All(error.Diagnostics, d => Assert.Equal(DiagnosticKind.NonPositiveDenominator, d.Kind));
    }

    [Fact]
    public void Run_ValuesSpanningMoreThanADouble_IsAProblemNamingTheUnitNotAMissingValue()
    {
        // 1e308 − (−1e308) overflows to infinity, so U1's min-max was ∞/∞: NaN, which the pipeline reads as missing, and
        // U1 topped the ranking on its other indicator alone (50 of 100) without a word.
        var model = Small.Model([("A", 1, [1e308, -1e308, 41]), ("B", -1, [3.1, 1.2, 5])]);
        var pipeline = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "normalise" }, { "step": "aggregate" } ] }""");

        var error = Assert.Throws<InvalidCompositeException>(() => pipeline.Run(model));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.ValueOutOfRange, "A", "U1", "$.steps[0]"), (problem.Kind, problem.ItemCode, problem.UnitCode, problem.JsonPath));
        Assert.Contains("1E+308", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AnAggregateBeyondADouble_IsAProblemNamingTheUnit()
    {
        // A generalised mean with p = 2 squares 1e200: 1e400 is past a double's largest (about 1.8e308), so U1's index
        // was infinite and ranked first.
        var model = Small.Model([("A", 1, [1e200, 1]), ("B", 1, [1e200, 2])]);
        var pipeline = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "aggregate", "method": "generalised", "p": 2 } ] }""");

        var error = Assert.Throws<InvalidCompositeException>(() => pipeline.Run(model));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.ValueOutOfRange, "Index", "U1", "$.steps[0]"), (problem.Kind, problem.ItemCode, problem.UnitCode, problem.JsonPath));
    }

    [Fact]
    public void Run_WeightsSummingBeyondADouble_IsAProblemNotEveryUnitAtZero()
    {
        // Each weight 1e308 is finite, their sum is not: every share w / Σw was 0, every index 0 and every unit ranked 1.
        var model = Small.Model([("A", 1, [1, 2]), ("B", 1, [3, 4])], weights: [1e308, 1e308]);
        var pipeline = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "aggregate" } ] }""");

        var error = Assert.Throws<InvalidCompositeException>(() => pipeline.Run(model));

        // One cause, said once at its column, naming the units (main: one problem a unit, U1 and U2).
        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.ValueOutOfRange, "Index", (string?)null), (problem.Kind, problem.ItemCode, problem.UnitCode));
        Assert.Equal("aggregate step: units U1, U2: the weights of the children present sum beyond a double's range (about 1.8e308), so each share of them would be 0; scale the weights down", problem.Message);
    }

    [Fact]
    public void Run_ADenominatorThatOverflowsEveryUnit_IsOneProblemNamingTheFirstUnits()
    {
        // 1 ÷ 1e-310 is 1e310, past a double's largest, for each of the seven units: main listed seven problems of one cause.
        var model = CompositeModel.ReadCsv("uCode,uName,Region,Time,Pop,x,y\n" + string.Concat(Enumerable.Range(1, 7).Select(u => $"U{u},Unit {u},E,2018,1e-310,{u},{u}\n")), CompositeCsvTests.Meta);
        var pipeline = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "denominate" }, { "step": "aggregate" } ] }""");

        var error = Assert.Throws<InvalidCompositeException>(() => pipeline.Run(model));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.ValueOutOfRange, "x", (string?)null, "$.steps[0]"), (problem.Kind, problem.ItemCode, problem.UnitCode, problem.JsonPath));
        Assert.Equal("denominate step: the results of units U1, U2, U3, U4, U5, … (7 in all) went beyond a double's range (about ±1.8e308) and are no numbers; scale the data down", problem.Message);
    }

    [Fact]
    public void Run_ADenominatorThatOverflowsAPanel_NamesEachUnitOnce()
    {
        // Three units in two years overflow: six rows of the panel, but three units (main: "units U1, U1, U2, U2, U3, …
        // (6 in all)", each unit once a year and the count of rows said as units).
        var model = CompositeModel.ReadCsv("uCode,uName,Region,Time,Pop,x,y\n" + string.Concat(Enumerable.Range(1, 3).SelectMany(u => new[] { 2018, 2019 }.Select(t => $"U{u},Unit {u},E,{t},1e-310,{u},{u}\n"))), CompositeCsvTests.Meta);
        var pipeline = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "denominate" } ] }""");

        var error = Assert.Throws<InvalidCompositeException>(() => pipeline.Run(model));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal("denominate step: the results of units U1, U2, U3 went beyond a double's range (about ±1.8e308) and are no numbers; scale the data down", problem.Message);
    }
}
