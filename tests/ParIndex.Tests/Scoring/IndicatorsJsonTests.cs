namespace ParIndex.Tests.Scoring;

/// <summary>The JSON document of units' indicators, as the sample's indicators-ca-mau-fragment.json writes it.</summary>
public class IndicatorsJsonTests
{
    [Fact]
    public void Read_OneUnit_GivesItsValuesByKind()
    {
        const string Json = """
            { "year": 2023, "units": [ { "code": "A", "name": "Sở A",
              "values": { "1.1.1": "2022-12-20", "1.1.2": "yes;no", "1.1.3": true, "1.1.4": 95, "1.2.1": "yes;yes", "1.2.2": false } } ] }
            """;

        var result = ReportedIndicators.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(Json)), CaMau1880.Fragment, "units.json");

        Assert.Empty(result.Diagnostics);
        var unit = Assert.Single(result.Value);
        Assert.Equal(("A", "Sở A", 2023, 6), (unit.Unit.Code, unit.Unit.Name, unit.Year, unit.Count));
        Assert.Equal(IndicatorValue.Completed(new LocalDate(2022, 12, 20)), unit["1.1.1"]);
        Assert.Equal(IndicatorValue.Conditions([true, false]), unit["1.1.2"]);
        Assert.Equal(IndicatorValue.Flag(true), unit["1.1.3"]);
        Assert.Equal(IndicatorValue.Percent(95m), unit["1.1.4"]);
        Assert.Equal([true, true], unit["1.2.1"].ConditionsMet.ToArray());
        Assert.Equal(IndicatorValue.Flag(false), unit["1.2.2"]);
    }

    [Fact]
    public void Read_ValueProblem_IsPlacedAtItsLineAndColumn()
    {
        const string Json = "{ \"year\": 2023, \"units\": [\n  { \"code\": \"A\", \"values\": { \"1.1.4\": \"lots\" } } ] }";

        var problem = Assert.Single(Read(Json).Diagnostics);

        Assert.Equal(DiagnosticKind.WrongIndicatorKind, problem.Kind);
        Assert.Equal(("units.json", "$.units[0].values['1.1.4']", 2, 39), (problem.File, problem.JsonPath, problem.Line, problem.Column));
    }

    [Theory]
    // A value of the wrong JSON type.
    [InlineData("{ \"year\": 2023, \"units\": [\n  { \"code\": 7, \"values\": {} } ] }", DiagnosticKind.MalformedJson, "$.units[0].code", 2, 13, null)]
    // An empty "units" array is a problem, as a header-only CSV is.
    [InlineData("{ \"year\": 2023,\n  \"units\": [] }", DiagnosticKind.Empty, "$.units", 2, 12, "the file has no units: \"units\" is an empty array")]
    // A unit with an empty "values" object: main left it out without a word (no row of it reached the builder).
    [InlineData("{ \"year\": 2023, \"units\": [\n  { \"code\": \"A\", \"values\": {} } ] }", DiagnosticKind.Empty, "$.units[0].values", 2, 28, "no values are reported: \"values\" is an empty object")]
    // A property repeated in an object, at the second: System.Text.Json alone would keep the second code silently.
    [InlineData("{ \"year\": 2023, \"units\": [\n  { \"code\": \"A\", \"code\": \"B\", \"values\": { \"1.1.3\": true } } ] }", DiagnosticKind.DuplicateProperty, "$.units[0].code", 2, 18, null)]
    // A year of -0 reads as 0: main scored the units as of "assessment year 0", a number the file does not hold.
    [InlineData("{ \"year\": -0, \"units\": [\n  { \"code\": \"A\", \"values\": { \"1.1.3\": true } } ] }", DiagnosticKind.ValueOutOfRange, "$.year", 1, 11, "'-0' is zero with a minus sign: write 0, or the number meant")]
    public void Read_DocumentProblem_IsPlacedAtItsLineAndColumn_AndReadsNoUnit(string json, DiagnosticKind kind, string path, int line, int column, string? message)
    {
        var result = Read(json);

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((kind, path, line, column), (problem.Kind, problem.JsonPath, problem.Line, problem.Column));
        Assert.Equal("units.json", problem.File);
        if (message is not null)
        {
            Assert.Equal(message, problem.Message);
        }
        Assert.Empty(result.Value);
    }

    [Fact]
    public void Read_Comments_AreSkipped()
    {
        const string Json = """
            // exported by hand
            { "year": 2023, /* the file's year */ "units": [ { "code": "A", "values": { "1.1.3": true } } ] }
            """;

        var result = Read(Json);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(IndicatorValue.Flag(true), Assert.Single(result.Value)["1.1.3"]);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void Read_BooleanWhereAPercentageIsRead_QuotesItAsWritten(string written)
    {
        var json = "{ \"year\": 2023, \"units\": [ { \"code\": \"A\", \"values\": { \"1.1.4\": " + written + " } } ] }";

        var problem = Assert.Single(Read(json).Diagnostics);

        // Main quoted the word it had turned the boolean into: "'yes' is not a percentage", a text the file does not hold.
        Assert.Equal(DiagnosticKind.WrongIndicatorKind, problem.Kind);
        Assert.StartsWith($"'{written}' is not a percentage", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TabInAUnitsName_IsRefusedOnceAtTheName()
    {
        // The walker lets a tab be in a string (a note may hold one); a unit's name may not, as in a table's name cell.
        const string Json = "{ \"year\": 2023, \"units\": [\n  { \"code\": \"A\", \"name\": \"Sở\\tA\", \"values\": { \"1.1.4\": 95, \"1.1.3\": true } } ] }";

        var problem = Assert.Single(Read(Json).Diagnostics);

        Assert.Equal((DiagnosticKind.InvalidCode, "$.units[0].name", "the unit's name holds a control character (U+0009)"),
            (problem.Kind, problem.JsonPath, problem.Message));
    }

    private static ReadResult<ImmutableArray<ReportedIndicators>> Read(string json) =>
        ReportedIndicators.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(json)), CaMau1880.Fragment, "units.json");
}
