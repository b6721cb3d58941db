using ParIndex.Data;

namespace ParIndex.Tests.Data;

public class CsvReaderTests
{
    [Theory]
    [InlineData("\"86,19\"", "'86,19'")]
    [InlineData("86.19.1", "'86.19.1'")]
    public void GetDecimal_DecimalCommaOrGarbage_IsRejectedQuotingTheCell(string cell, string quoted)
    {
        // Read up to the comma, "86,19" would be 86; it must be refused with the cell as written and its place.
        var csv = CsvReader.Parse("record.csv", "year,value\n2024," + cell + "\n");

        var error = Assert.Throws<InvalidEmbeddedDataException>(() => csv.GetDecimal(0, "value"));

        TextAssert.Holds(error.Message, "record.csv", "line 2, value: expected a number, found " + quoted);
    }

    [Fact]
    public void GetDecimalAndGetInt_InvariantNumbers_AreRead()
    {
        var csv = CsvReader.Parse("record.csv", "year,value,rank\n2024,86.19,\"2,3\"\n");

        Assert.Equal(86.19m, csv.GetDecimal(0, "value"));
        Assert.Equal(2024, csv.GetInt(0, "year"));
        Assert.Contains("expected a whole number, found '2,3'", Assert.Throws<InvalidEmbeddedDataException>(() => csv.GetInt(0, "rank")).Message, System.StringComparison.Ordinal);
    }
}
