namespace ParIndex.Tests.Csv;

/// <summary>Values reported for a plan's indicators, read in each target's unit.</summary>
public class ReportedValuesCsvTests
{
    private static ReadResult<System.Collections.Immutable.ImmutableArray<ReportedValue>> Read(string text) =>
        ReportedValuesCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), SeedPlans.KhanhHoa2021, null, "v.csv");

    [Fact]
    public void Read_PercentWithAndWithoutSign_AndSourceDefaultingToTheLine()
    {
        var result = Read("indicator,year,value,source,reported_on\ndossiers.online,2021,18.6%,Báo cáo,2021-12-31\ndossiers.late.sectors,2021,3.1,,\n");

        var values = result.GetValueOrThrow();
        Assert.Equal((TargetValueKind.Percent, (decimal?)18.6m, "Báo cáo"), (values[0].ValueKind, values[0].Number, values[0].Source));
        Assert.Equal(new NodaTime.LocalDate(2021, 12, 31), values[0].ReportedOn);
        Assert.Equal(((decimal?)3.1m, "v.csv:3"), (values[1].Number, values[1].Source));
    }

    [Theory]
    [InlineData("", "neither with a reported_on date")]
    [InlineData("2021-12-31", "both reported on 2021-12-31")]
    public void Read_TwoValuesOfOneIndicatorAndYear_NameBothRowsAndValues(string reportedOn, string said)
    {
        // Main kept both, and the evaluation took 18% by a tie-break without a word; a later reported_on (2022) settles it.
        var result = Read("indicator,year,value,source,reported_on\n" +
            $"dossiers.online,2021,52%,Báo cáo,{reportedOn}\ndossiers.online,2021,18%,Báo cáo,{reportedOn}\ndossiers.online,2021,30%,Báo cáo,2022-01-15\n");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.DuplicateCode, 3, 3, "dossiers.online"), (problem.Kind, problem.Line, problem.Column, problem.ItemCode));
        Assert.Equal($"two values for 2021, '52%' (v.csv:2) and '18%' (v.csv:3), {said}: give one, or tell them apart by reported_on (the latest report counts)", problem.Message);
    }

    [Theory]
    [InlineData("no.such.indicator,2021,5%,x,", 1)]
    [InlineData("dossiers.online,2021,lots,x,", 3)]
    [InlineData("dossiers.online,2021,130%,x,", 3)]
    [InlineData("dossiers.online,2021,\"18,6%\",x,", 3)] // a decimal comma in a comma file: never 18
    [InlineData("dossiers.online,2021,18.6%,x,31/12/2021", 5)]
    public void Read_BadCell_IsAProblemAtItsColumn(string row, int column)
    {
        var result = Read("indicator,year,value,source,reported_on\n" + row + "\n");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((2, column), (problem.Line, problem.Column));
        Assert.Empty(result.Value);
    }

    [Theory]
    // main: "'2023-02-29' is not a date such as 2021-12-31", of a text of that very shape.
    [InlineData("2023-02-29", "'2023-02-29' is not a date: February 2023 has 28 days, no day 29")]
    [InlineData("2021-13-01", "'2021-13-01' is not a date: there is no month 13")]
    [InlineData("2021-00-10", "'2021-00-10' is not a date: there is no month 0")]
    // main: "'2023-02-00' is not a date such as 2021-12-31", though month 0 was named.
    [InlineData("2023-02-00", "'2023-02-00' is not a date: there is no day 0")]
    [InlineData("31/12/2021", "'31/12/2021' is not a date such as 2021-12-31")]
    // main: the bell inside the quotes reached the message raw.
    [InlineData("31/12/2021\a", "'31/12/2021\\u0007' is not a date such as 2021-12-31")]
    public void Read_ReportedOnThatIsNoDate_SaysWhatIsWrong(string reportedOn, string expected)
    {
        var result = Read("indicator,year,value,source,reported_on\ndossiers.online,2021,18.6%,x," + reportedOn + "\n");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 5, expected), (problem.Line, problem.Column, problem.Message));
    }

    [Theory]
    // main: "'18.6%' is not a percent value (e.g. 84.4%, …)" at the value's cell: ReportedValue refused the year, and
    // its refusal was taken for the value's.
    [InlineData("21", "'21' is not a year from 1945 to 9999 (write it in full, e.g. 2021)")]
    [InlineData("1900", "'1900' is not a year from 1945 to 9999 (write it in full, e.g. 2021)")]
    [InlineData("10000", "'10000' is not a year from 1945 to 9999 (write it in full, e.g. 2021)")]
    public void Read_YearOutOfRange_IsAProblemOfTheYearCell(string year, string expected)
    {
        var result = Read("indicator,year,value,source\ndossiers.online," + year + ",18.6%,x\n");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 2, expected), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void Read_ValueWithAControlCharacter_IsQuotedEscaped()
    {
        // main: "'18\a.6%' is not a percent value …" with the bell itself in the message.
        var problem = Assert.Single(Read("indicator,year,value,source\ndossiers.online,2021,18\u0007.6%,x\n").Diagnostics);

        Assert.Equal("'18\\u0007.6%' is not a percent value (e.g. 84.4%, 12, rank 3, group tốt, yes)", problem.Message);
    }

    [Fact]
    public void Read_FirstAndLastYears_AreRead()
    {
        var values = Read("indicator,year,value,source\ndossiers.online,1945,18.6%,x\ndossiers.online,9999,20%,x\n").GetValueOrThrow();

        Assert.Equal([1945, 9999], values.Select(v => v.Year));
    }

    [Fact]
    public void Read_YearRange_IsWrittenOnceForTheReaderAndTheModel()
    {
        // main held 1945 and 9999 in the reader beside ReportedValue's own; now one linked source holds them. Every code
        // line of src naming 1945 is in that file (comments may say the years).
        var naming = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && File.ReadLines(f).Any(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal) && l.Contains("1945", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace('\\', '/'));

        Assert.Equal(["src/Shared/Targets/PlanYears.cs"], naming);
    }
}
