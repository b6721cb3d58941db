namespace ParIndex.Tests.Csv;

/// <summary>A required cell left empty is said to be empty, in one wording for every table reader, at the cell: main
/// quoted it as a text the file does not hold ("'' is not a percentage such as 87.5 or 87.5% for …", "'' is not a year").</summary>
public class EmptyCellTests
{
    public static TheoryData<string, string, int, string> Cases => new()
    {
        { "indicators", "unit,name,year,code,value\nA,Sở A,2023,1.1.3,yes\nA,Sở A,2023,1.1.4,\n", 5, "no value: the cell is empty" },
        { "indicators", "unit,name,year,code,value\nA,Sở A,2023,1.1.3,yes\nA,Sở A,2023,1.1.4, \n", 5, "no value: the cell is empty" },
        { "indicators", "unit,name,year,code,value\nA,Sở A,2023,1.1.3,yes\nA,Sở A,,1.1.4,95%\n", 3, "no year: the cell is empty" },
        { "area points", "unit,name,area,points\nDN,Đà Nẵng,1,9\nDN,Đà Nẵng,2,\n", 4, "no points: the cell is empty" },
        { "reported values", "indicator,year,value,source,reported_on\ndossiers.online,2021,52%,x,\ndossiers.online,2022,,x,\n", 3, "no value: the cell is empty" },
        { "reported values", "indicator,year,value,source,reported_on\ndossiers.online,2021,52%,x,\ndossiers.online,,18%,x,\n", 2, "no year: the cell is empty" },
        { "assessments", "unit,name,year,code,self,appraised\nA,Sở A,2023,1.1.1,1,1\nA,Sở A,,1.1.2,1,1\n", 3, "no year: the cell is empty" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_RequiredCellEmpty_SaysSoAtTheCell(string reader, string text, int column, string expected)
    {
        var diagnostics = Read(reader, text);

        var problem = Assert.Single(diagnostics);
        Assert.Equal((3, column, expected), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void ReadJson_EmptyString_IsQuotedAsTheDocumentWritesIt()
    {
        // In JSON "" is the document's own text, not an empty cell: quoted as written.
        var result = ReportedIndicators.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes("""{ "units": [ { "code": "A", "year": 2023, "values": { "1.1.4": "" } } ] }""")), CaMau1880.Fragment);

        Assert.StartsWith("'' is not a percentage", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Read(string reader, string text)
    {
        var bytes = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return reader switch
        {
            "indicators" => IndicatorsCsv.Read(new StringReader(text), CaMau1880.Fragment, null, "i.csv").Diagnostics,
            "area points" => AreaPointsCsv.Read(bytes, null, "p.csv").Diagnostics,
            "reported values" => ReportedValuesCsv.Read(bytes, SeedPlans.KhanhHoa2021, null, "v.csv").Diagnostics,
            "assessments" => AssessmentsCsv.Read(bytes, null, "a.csv").Diagnostics,
            _ => throw new ArgumentOutOfRangeException(nameof(reader), reader, null),
        };
    }
}
