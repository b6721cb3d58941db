using System.IO;
using ParIndex.Utility;
using Xunit;

namespace ParIndex.Tests.Utility;

public class CsvReaderTests
{
    [Theory]
    [InlineData("\"86,19\"", "'86,19'")]
    [InlineData("86.19.1", "'86.19.1'")]
    public void GetDecimal_DecimalCommaOrGarbage_IsRejectedQuotingTheCell(string cell, string quoted)
    {
        // Read up to the comma, "86,19" would be 86; it must be refused with the cell as written and its place.
        var csv = CsvReader.Parse("record.csv", "year,value\n2024," + cell + "\n");

        var error = Assert.Throws<InvalidDataException>(() => csv.GetDecimal(0, "value"));

        Assert.Contains("record.csv, row 2, value: " + quoted, error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void GetDecimalAndGetInt_InvariantNumbers_AreRead()
    {
        var csv = CsvReader.Parse("record.csv", "year,value,rank\n2024,86.19,\"2,3\"\n");

        Assert.Equal(86.19m, csv.GetDecimal(0, "value"));
        Assert.Equal(2024, csv.GetInt(0, "year"));
        Assert.Contains("'2,3' is not a whole number", Assert.Throws<InvalidDataException>(() => csv.GetInt(0, "rank")).Message, System.StringComparison.Ordinal);
    }
}
