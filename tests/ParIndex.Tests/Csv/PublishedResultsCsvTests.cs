namespace ParIndex.Tests.Csv;

/// <summary>Published results tables, with the places a later check of the record needs.</summary>
public class PublishedResultsCsvTests
{
    private static ReadResult<System.Collections.Immutable.ImmutableArray<Placed<PublishedResult>>> Read(string text) =>
        PublishedResultsCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), PublishedIndex.Par, null, "r.csv");

    [Fact]
    public void Read_AValueAndRankRowAndARankOnlyRow_KeepTheirLinesAndSources()
    {
        // PAR Index 2023: Quảng Ninh 92.18, rank 1 (Bộ Nội vụ, 2024); the second row gives Hải Phòng (code 31) a rank only.
        var result = Read("year,province,value_percent,rank,source_url\n2023,Quảng Ninh,92.18,1,https://example.org/par2023\n2023,Hải Phòng,,2,\n");

        var rows = result.GetValueOrThrow();
        Assert.Equal(2, rows.Length);
        Assert.Equal(("22", 92.18m, 1, 2), (rows[0].Value.Province.Code, rows[0].Value.Value, rows[0].Value.Rank, rows[0].Place.Line));
        Assert.Equal("https://example.org/par2023", rows[0].Value.Source);
        Assert.Equal(("31", (decimal?)null, 2, 3), (rows[1].Value.Province.Code, rows[1].Value.Value, rows[1].Value.Rank, rows[1].Place.Line));
        Assert.Equal("r.csv", rows[1].Value.Source);
    }

    [Theory]
    [InlineData("2011,Quảng Ninh,92.18,1", 1, DiagnosticKind.WrongYear)]
    [InlineData("2023,Atlantis,92.18,1", 2, DiagnosticKind.UnknownName)]
    [InlineData("2023,Quảng Ninh,\"92,18\",1", 3, DiagnosticKind.ValueOutOfRange)]
    [InlineData("2023,Quảng Ninh,100.01,1", 3, DiagnosticKind.ValueOutOfRange)]
    [InlineData("2023,Quảng Ninh,92.18,64", 4, DiagnosticKind.ValueOutOfRange)]
    [InlineData("2023,Quảng Ninh,,", 3, DiagnosticKind.MalformedRow)]
    public void Read_BadCell_IsAProblemAtItsColumn(string row, int column, DiagnosticKind kind)
    {
        var result = Read("year,province,value_percent,rank\n" + row + "\n");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((2, column, kind), (problem.Line, problem.Column, problem.Kind));
        Assert.Empty(result.Value);
    }

    [Theory]
    [InlineData("year;province;value_percent;rank\n2023;Quảng Ninh;187.5;1\n", "'187.5' is not a percentage in [0, 100]")]
    [InlineData("year;province;value_percent;rank\n2023;Quảng Ninh;187,5;1\n", "'187,5' is not a percentage in [0, 100]")]
    [InlineData("year;province;value_percent;rank\n2023;Quảng Ninh;92,1,8;1\n", "'92,1,8' is not a percentage in [0, 100] (write decimals with one comma, thousands with dots or not at all)")]
    [InlineData("year,province,value_percent,rank\n2023,Quảng Ninh,\"92,18\",1\n", "'92,18' is not a percentage in [0, 100] (write decimals with a dot)")]
    [InlineData("year,province,value_percent,rank\n2023,Quảng Ninh,\"9\u00072\",1\n", "'9\\u00072' is not a percentage in [0, 100]")]
    public void Read_BadPercentage_GivesTheReadersHintOnlyWhereTheDecimalsAreAtFault(string text, string said)
    {
        // Before: a ';' file's "187.5" (a decimal point, which it accepts) was told to "write decimals with a comma";
        // and a bell in the cell reached the message raw.
        Assert.Equal(said, Assert.Single(Read(text).Diagnostics).Message);
    }

    [Fact]
    public void Read_AProvinceTwiceInAYear_NamesTheFirstLine()
    {
        var result = Read("year,province,value_percent,rank\n2023,Quảng Ninh,92.18,1\n2023,Quảng Ninh,92.18,1\n");

        Assert.Contains("already on line 2", Assert.Single(result.Diagnostics).Message, System.StringComparison.Ordinal);
    }
}
