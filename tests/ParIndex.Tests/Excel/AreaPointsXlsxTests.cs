using static ParIndex.TestSupport.Workbooks;

namespace ParIndex.Tests.Excel;

public class AreaPointsXlsxTests
{
    [Fact]
    public void Read_TwoRowsOfAUnit_GroupsItsAreasAtItsFirstRow_AndAnAreaTwiceIsAProblemAtItsCell()
    {
        var book = Make("Điểm", [S("unit"), S("name"), S("area"), S("points")],
            [S("DN"), S("Đà Nẵng"), S("1"), N("9")], [S("DN"), S("Đà Nẵng"), S("2"), S("6,25")], [S("DN"), S("Đà Nẵng"), S("2"), N("6")]);

        var result = AreaPointsXlsx.Read(book, null, "areas.xlsx");

        var unit = Assert.Single(result.Value);
        Assert.Equal(("'Điểm'!A2", 9m, 6.25m), (unit.Place.Path, unit.Value.Points["1"], unit.Value.Points["2"]));
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.DuplicateCode, "'Điểm'!C4"), (problem.Kind, problem.JsonPath));
    }
}
