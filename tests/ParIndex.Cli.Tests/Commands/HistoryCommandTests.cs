namespace ParIndex.Cli.Tests.Commands;

public class HistoryCommandTests
{
    [Fact]
    public void History_ProvinceTypedLoosely_GivesItsSeriesWithSources()
    {
        var run = CliRun.Ok("history", "--province", "ha noi", "--format", "csv");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,index,rank,source", lines[0]);
        // Hà Nội, PAR Index 2023: 91.43, 3rd (the embedded record, with its sources).
        Assert.Contains(lines, l => l.StartsWith("2023,91.43,3,https://", StringComparison.Ordinal));
    }

    [Fact]
    public void History_Year_ListsResultsAndComponents()
    {
        var run = CliRun.Ok("history", "--year", "2018", "--format", "json");

        run.Prints("\"results\"", "\"components\"", "Đồng Nai");
    }

    [Fact]
    public void History_YearAndProvince_IsRefusedRatherThanTheYearDropped()
    {
        // Before: the whole Huế series, 2014 onwards, as if --year 2023 had not been typed.
        var run = CliRun.Of("history", "--year", "2023", "--province", "Huế", "--format", "csv");

        run.IsBadInput("history: give --year or --province, not both");
    }

    [Theory]
    [InlineData("2030")]
    [InlineData("2025")]
    public void History_YearWithoutRows_IsRefusedNamingTheYears(string year)
    {
        // Before: exit 0, an empty table and "0 of 63 provinces" (2025 onwards the list has 34 units), while rank refused
        // the same year; the record's PAR Index years are 2012–2024.
        var run = CliRun.Refused("history", "--year", year);

        run.Says($"--year: the published record has no PAR Index results for {year}; years: 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024");
    }
}
