namespace ParIndex.Tests.Csv;

/// <summary>Units' published points per area.</summary>
public class AreaPointsCsvTests
{
    private static ReadResult<System.Collections.Immutable.ImmutableArray<Placed<AreaPoints>>> Read(string text) =>
        AreaPointsCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), null, "p.csv");

    [Fact]
    public void Read_OneCodeWithTwoNames_IsAProblemAtTheSecondName()
    {
        // Main kept unit A as Sở A with both areas; Sở Tư pháp, another unit under the same code, vanished without a word.
        var csv = new MemoryStream(Encoding.UTF8.GetBytes("unit,name,area,points\nA,Sở A,1,5\nA,Sở Tư pháp,2,6\nA,Sở A,3,7\n"));

        var result = AreaPointsCsv.Read(csv, null, "areas.csv");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.DuplicateCode, 3, 2), (problem.Kind, problem.Line, problem.Column));
        Assert.StartsWith("unit A is named 'Sở Tư pháp' here but 'Sở A' at areas.csv:2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoUnits_GroupsTheirAreasAndPlacesEachAtItsFirstRow()
    {
        var result = Read("unit,name,area,points\nDN,Đà Nẵng,1,9\nHN,Hà Nội,1,8.5\nDN,Đà Nẵng,2,6.25\n");

        var units = result.GetValueOrThrow();
        Assert.Equal(2, units.Length);
        Assert.Equal(("DN", "Đà Nẵng", 2), (units[0].Value.Unit.Code, units[0].Value.Unit.Name, units[0].Place.Line));
        Assert.Equal(9m, units[0].Value.Points["1"]);
        Assert.Equal(6.25m, units[0].Value.Points["2"]);
        Assert.Equal((8.5m, 3), (units[1].Value.Points["1"], units[1].Place.Line));
    }

    [Fact]
    public void Read_AnAreaTwice_IsAProblemAtTheSecondRow()
    {
        var result = Read("unit,name,area,points\nDN,Đà Nẵng,1,9\nDN,Đà Nẵng,1,8\n");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.DuplicateCode, 3, 3), (problem.Kind, problem.Line, problem.Column));
    }

    [Fact]
    public void Read_PointsNotANumber_QuotesTheCell()
    {
        var result = Read("unit,name,area,points\nDN,Đà Nẵng,1,nine\n");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 4), (problem.Line, problem.Column));
        Assert.Contains("'nine'", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    // Points are whole units of 10⁻¹⁰: main summed 0.00000000001 into the total ("7.00000000001 points").
    [InlineData("0.00000000001")]
    [InlineData("5.123456789012")]
    public void Read_PointsWithMoreThanTenDecimals_IsAProblemAtItsCell(string points)
    {
        var result = Read("unit,name,area,points\nDN,Đà Nẵng,1," + points + "\n");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 4, DiagnosticKind.ValueOutOfRange), (problem.Line, problem.Column, problem.Kind));
        Assert.Equal("'" + points + "' has more than 10 decimal places, the most points have", problem.Message);
    }

    [Fact]
    public void Read_PointsWithTrailingZerosPastTenDecimals_AreTheirValue()
    {
        var result = Read("unit,name,area,points\nDN,Đà Nẵng,1,5.500000000000\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(5.5m, Assert.Single(result.Value).Value.Points["1"]);
    }
}
