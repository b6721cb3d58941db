using ParIndex.Data;

namespace ParIndex.Tests.Data;

public class EmbeddedDataTests
{
    [Fact]
    public void ReadBytes_MissingFile_IsInvalidEmbeddedData_NamingTheFile()
    {
        var error = Assert.Throws<InvalidEmbeddedDataException>(() => EmbeddedData.ReadBytes("no-such-file.csv"));

        Assert.Equal("no-such-file.csv", error.File);
        Assert.Contains("missing from the package", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Files_Samples_AreTheTwoSampleMethodologies_InOrdinalOrder() =>
        Assert.Equal<string>(["sample-ca-mau-1880-2013-fragment.json", "sample-hue-2019-targets.json"], EmbeddedData.Files("sample-"));

    [Fact]
    public void Read_FileThatItsReaderRejects_IsInvalidEmbeddedData_WithTheReadersProblems()
    {
        // A CSV file is no methodology: the reader's InvalidMethodologyException becomes the package's defect.
        var error = Assert.Throws<InvalidEmbeddedDataException>(() => EmbeddedData.Read("provinces-63.csv", bytes => Methodology.ReadJson(bytes)));

        Assert.Equal("provinces-63.csv", error.File);
        Assert.IsType<InvalidMethodologyException>(error.InnerException);
    }

    [Fact]
    public void ReadCsv_ProvincesOf63_HasOneRowAUnit() =>
        Assert.Equal(63, EmbeddedData.ReadCsv("provinces-63.csv").Count);

    [Theory]
    [InlineData("a,b\n1\n", "record 2 has 1 fields, the header 2")]
    [InlineData("", "no header line")]
    public void CsvParse_BadTable_IsInvalidEmbeddedData(string text, string problem)
    {
        var error = Assert.Throws<InvalidEmbeddedDataException>(() => CsvReader.Parse("t.csv", text));

        Assert.Equal("The embedded data file t.csv is invalid: " + problem, error.Message);
    }

    [Fact]
    public void CsvGetDecimal_NotANumber_NamesLineColumnAndText()
    {
        var csv = CsvReader.Parse("t.csv", "year,value\n2023,8x.5\n");

        var error = Assert.Throws<InvalidEmbeddedDataException>(() => csv.GetDecimal(0, "value"));

        Assert.Equal("The embedded data file t.csv is invalid: line 2, value: expected a number, found '8x.5'", error.Message);
        Assert.Equal(2023, csv.GetInt(0, "year"));
    }
}
