namespace ParIndex.Tests.Composites;

public class CompositeCsvTests
{
    // Also the metadata of the composite bad inputs (BadInputs/composite-*).
    internal const string Meta = """
        "Level","iCode","iName","Direction","Weight","Unit","Target","Denominator","Parent","Type"
        1,"x","X",1,1,NA,NA,"Pop","Idx","Indicator"
        1,"y","Y",-1,2,NA,5,NA,"Idx","Indicator"
        2,"Idx","Index",1,1,NA,NA,NA,NA,"Aggregate"
        NA,"Region","Region",NA,NA,NA,NA,NA,NA,"Group"
        NA,"Pop","Population",NA,NA,NA,NA,NA,NA,"Denominator"
        """;

    // The problems that reading the unit data d.csv beside the metadata m.csv is refused with.
    private static ImmutableArray<Diagnostic> Problems(string data, string meta = Meta) =>
        Assert.Throws<InvalidCompositeException>(() => CompositeModel.ReadCsv(data, meta, "d.csv", "m.csv")).Diagnostics;

    [Fact]
    public void Read_TakesCoinrsLayout()
    {
        var model = CompositeModel.ReadCsv("uCode,uName,Region,Time,Pop,x,y\nA,Alpha,E,2018,10,1.5,NA\nB,Beta,NA,2018,20,3,4\n", Meta);

        Assert.Equal(["A", "B"], model.Units.Select(u => u.Code));
        Assert.Equal("Alpha", model.Units[0].Name);
        Assert.Equal(1.5, model.Units[0].Values["x"]);
        Assert.Null(model.Units[0].Values["y"]);
        Assert.Equal("E", model.Units[0].Groups["Region"]);
        Assert.Null(model.Units[1].Groups["Region"]);
        Assert.Equal(2018, model.Units[0].Time);
        Assert.Equal(-1, model.Find("y")!.Direction);
        Assert.Equal(5, model.Find("y")!.Target);
        Assert.Equal("Pop", model.Find("x")!.Denominator);
    }

    [Fact]
    public void Read_ReportsEveryCellProblemWithItsPlace()
    {
        var meta = Meta.Replace("-1,2,NA,5", "-2,two,NA,5", System.StringComparison.Ordinal).Replace("\"Indicator\"\n1,\"y\"", "\"Indicatr\"\n1,\"y\"", System.StringComparison.Ordinal);
        var problems = Problems("uCode,Pop,x,y,Idx,Extra\nA,1,2,abc,3,4\n", meta);

        Assert.Equal(
        [
            "element x: m.csv line 2, column Type: 'Indicatr' is not one of Indicator, Aggregate, Group, Denominator, Other",
            "element y: m.csv line 3, column Direction: direction must be 1 or -1, not -2",
            "element y: m.csv line 3, column Weight: 'two' is not a number",
            "element Idx: d.csv line 1, column Idx: the aggregate is given as data; aggregates are computed",
            "element Extra: d.csv line 1, column Extra: the column is not described in the metadata",
            "unit A, element y: d.csv line 2, column y: 'abc' is not a number",
            // main also said "element y: m.csv line 3: an indicator or aggregate needs a weight": 'two' a second time
        ], problems.Select(d => d.ToString()));
    }

    [Fact]
    public void Read_ThousandsOfUndescribedColumns_AreOneProblemAtTheFirst()
    {
        // Main said "the column is not described in the metadata" once a column: 3,000 lines for one cause.
        var extra = Enumerable.Range(0, 3000).Select(i => "Z" + i).ToList();
        var data = "uCode,Pop,x,y," + string.Join(",", extra) + "\nA,1,2,3," + string.Join(",", extra.Select(_ => "1")) + "\nB,2,4,5," + string.Join(",", extra.Select(_ => "1")) + "\n";

        var error = Assert.Throws<InvalidCompositeException>(() => CompositeModel.ReadCsv(data, Meta, "d.csv", "m.csv"));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.UnknownCode, "element Z0: d.csv line 1, column Z0: the columns Z0, Z1, Z2, Z3, Z4, … (3000 in all) are not described in the metadata"), (problem.Kind, problem.ToString()));
    }

    [Fact]
    public void Read_ValueBeyondADouble_IsSaidToBeTooLargeNotNoNumber()
    {
        // Main: "'1e400' is not a number", of a number too large for any value.
        var error = Assert.Throws<InvalidCompositeException>(() => CompositeModel.ReadCsv("uCode,Pop,x,y\nA,1,1e400,3\nB,2,4,5\n", Meta, "d.csv", "m.csv"));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.NotANumber, "d.csv line 2, column x: '1e400' is beyond a double's range (about ±1.8e308): no value can be that large"), (problem.Kind, problem.Message));
    }

    [Fact]
    public void Read_UnitDataWithAHeaderOnly_SaysSoAtItsLine2()
    {
        // Main: "there are no units", at no file or line.
        var problem = Assert.Single(Problems("uCode,Pop,x,y\n"));
        Assert.Equal((DiagnosticKind.Empty, "d.csv line 2: the file has no rows of units after its header"), (problem.Kind, problem.Message));
    }

    [Fact]
    public void Read_MetadataWithAHeaderOnly_SaysSoFirst()
    {
        // Main said only "the column is not described in the metadata", once for each column of the unit data.
        var header = Meta[..Meta.IndexOf('\n', System.StringComparison.Ordinal)];

        var problems = Problems("uCode,Pop,x,y\nA,1,2,3\n", header);

        Assert.Equal((DiagnosticKind.Empty, "m.csv line 2: the file has no rows of elements after its header"), (problems[0].Kind, problems[0].Message));
    }

    [Fact]
    public void Read_ALevelBeyondAnyLevel_IsQuotedAsWritten()
    {
        // Cast to int, a level of 1e10 became int.MinValue, and the model's checks never finished.
        var meta = Meta.Replace("1,\"y\",\"Y\",-1,2,NA,5", "1e10,\"y\",\"Y\",-1,2,NA,5", System.StringComparison.Ordinal);
        var problems = Problems("uCode,Pop,x,y\nA,1,2,3\n", meta);

        Assert.Equal("element y: m.csv line 3, column Level: '1e10' is not a level (a whole number such as 1 or 2)", problems[0].ToString());
        Assert.DoesNotContain(problems, d => d.Message.Contains("2147483648", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("H\u00E0", "")] // the same text twice
    [InlineData("Ha\u0300", ": the two are written with different characters that are the same text in Unicode normalisation NFC")]
    public void Read_AUnitTwice_IsNamedAtBothRows(string again, string why)
    {
        // Main named the first row only, and said nothing of why a code in NFD was the code in NFC.
        var problems = Problems($"uCode,Time,Pop,x,y\nH\u00E0,2018,1,2,3\nB,2018,1,2,3\n{again},2018,1,2,3\n");

        Assert.Equal("unit H\u00E0: d.csv line 2: the unit appears more than once for time 2018 (again at d.csv line 4)" + why, problems.Single().ToString());
    }

    [Fact]
    public void Read_AWeightBeyondADouble_IsQuotedAsWritten()
    {
        // Read as a double, 1e400 was ∞, refused as "not Infinity".
        var meta = Meta.Replace("1,\"y\",\"Y\",-1,2,NA,5", "1,\"y\",\"Y\",-1,1e400,NA,5", System.StringComparison.Ordinal);
        var problems = Problems("uCode,Pop,x,y\nA,1,2,3\n", meta);

        Assert.Equal("element y: m.csv line 3, column Weight: the weight '1e400' is too large, not a finite number (a weight is zero or more and below about 1.8e308)", problems.Single().ToString());
    }

    [Fact]
    public void Read_MissingHeaderColumns_AreNamed()
    {
        Assert.Equal(
        [
            "m.csv line 1: the header has no column Parent",
            "m.csv line 1: the header has no column Direction",
            "m.csv line 1: the header has no column Weight",
            "m.csv line 1: the header has no column Type",
            "d.csv line 1: the header has no column uCode",
        ], Problems("code,x\nA,1\n", "iCode,Level\nx,1\n").Select(d => d.ToString()));
    }

    [Fact]
    public void Read_RowWithAnotherNumberOfFields_IsNamedByItsLine()
    {
        Assert.Equal("d.csv line 3: 3 fields, the header has 4", Problems("uCode,Pop,x,y\nA,1,2,3\nB,1,2\n").Single().ToString());
    }
}
