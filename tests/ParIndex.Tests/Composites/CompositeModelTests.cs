namespace ParIndex.Tests.Composites;

public class CompositeModelTests
{
    private static CompositeElement Indicator(string code, string? parent = "P", int direction = 1, double? weight = 1, int? level = 1) =>
        new() { Code = code, Type = ElementType.Indicator, Level = level, Parent = parent, Direction = direction, Weight = weight };

    private static CompositeElement Aggregate(string code, int level, string? parent = null) =>
        new() { Code = code, Type = ElementType.Aggregate, Level = level, Parent = parent, Weight = 1 };

    private static CompositeUnit Unit(string code, params (string Code, double? Value)[] values) =>
        new(code, null, values.Select(v => new KeyValuePair<string, double?>(v.Code, v.Value)));

    private static string[] Problems(IEnumerable<CompositeUnit> units, IEnumerable<CompositeElement> elements) =>
        CompositeProblems.Of(() => new CompositeModel(units, elements));

    [Fact]
    public void ValidModel_HasItsStructure()
    {
        var model = new CompositeModel([Unit("A", ("x", 1), ("y", 2))], [Indicator("x"), Indicator("y", direction: -1), Aggregate("P", 2)]);

        Assert.Equal(["x", "y"], model.Indicators.AsEnumerable());
        Assert.Equal("P", model.IndexCode);
        Assert.Equal(1, model.WeightSets[CompositeModel.OriginalWeights]["y"]);
    }

    [Fact]
    public void EveryProblemOfTheMetadata_IsReportedAtOnce()
    {
        var problems = Problems(
            [Unit("A", ("x", 1), ("2y", 2), ("P", 5))],
            [
                Indicator("x"), Indicator("x"), Indicator("2y"), Indicator("d", direction: 2), Indicator("w", weight: null),
                Indicator("orphan", parent: "Nowhere"), Indicator("deep", level: 2, parent: "Top"),
                new CompositeElement { Code = "t", Type = (ElementType)9 },
                Aggregate("P", 2, parent: "Top"), Aggregate("Empty", 2, parent: "Top"), Aggregate("Top", 4),
            ]);

        Assert.Equal(
        [
            "element x: the code appears more than once in the metadata",
            "element 2y: the element code '2y' contains white space or begins with a digit",
            "element d: direction must be 1 or -1, not 2",
            "element w: an indicator or aggregate needs a weight",
            "element deep: an indicator must be at level 1, not 2",
            "element t: type 9 is not one of Indicator, Aggregate, Group, Denominator, Other",
            "no element is at level 3, between levels 1 and 4",
            "element orphan: the parent Nowhere is not an aggregate of the metadata",
            "element deep: the parent Top is at level 4, not one level up (3)",
            "element P: the parent Top is at level 4, not one level up (3)",
            "element Empty: the parent Top is at level 4, not one level up (3)",
            "element Empty: the aggregate has no children (no element names it as its parent)",
            "unit A, element P: the aggregate is given as data; aggregates are computed",
            "element d: the indicator has no column in the unit data",
            "element w: the indicator has no column in the unit data",
            "element orphan: the indicator has no column in the unit data",
            "element deep: the indicator has no column in the unit data",
        ], problems);
    }

    [Fact]
    public void UnitProblems_DuplicateAndBadCodes()
    {
        var problems = Problems([Unit("A", ("x", 1)), Unit("A", ("x", 2)), Unit("B C", ("x", 3))], [Indicator("x"), Aggregate("P", 2)]);

        Assert.Equal(["unit A: the unit appears more than once", "unit B C: the unit code 'B C' contains white space or begins with a digit"], problems);
    }

    [Fact]
    public void WithWeights_AddsANamedSet_KeepingTheOthersWeights()
    {
        var model = new CompositeModel([Unit("A", ("x", 1), ("y", 2))], [Indicator("x"), Indicator("y"), Aggregate("P", 2)])
            .WithWeights("double-x", new Dictionary<string, double> { ["x"] = 2 });

        Assert.Equal(2, model.WeightSets["double-x"]["x"]);
        Assert.Equal(1, model.WeightSets["double-x"]["y"]);
        var error = Assert.Throws<InvalidCompositeException>(() => model.WithWeights("bad", new Dictionary<string, double> { ["z"] = 1 }));
        Assert.Equal("element z: weight set bad weights a code that is not an indicator or aggregate", error.Diagnostics.Single().ToString());
    }
}
