using System.Threading.Tasks;

namespace ParIndex.Tests.Csv;

public class SurveyCsvTests
{
    private static readonly SipasOptions NoBootstrap = new() { BootstrapReplicates = 0 };

    // The fixture's five respondents (see SurveyFixture), provinces written as documents write them.
    private const string Good = """
        year,province,district,weight,A1,A2,B1,B2,P1
        2023,Cà Mau,Năm Căn,1,5,4,3,1,2
        2023,Tỉnh Cà Mau,,3,2,9,4,2,5
        2023,ca mau,,1,4,,1,1,4
        2023,96,,1,3,5,5,9,1
        2023,TP. Hà Nội,,1,5,5,5,1,5
        """;

    [Fact]
    public void Compute_GoodFile_GivesTheHandCalculatedFigures()
    {
        var result = SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(Good), NoBootstrap);

        SurveyFixture.AssertFiguresOfAFile(result);
    }

    private const string Bad = """
        year,province,weight,A1,A2,B1,B2,P1
        2023,Cà Mau,1,5,4,3,1,2
        2023,Atlantis,1,5,5,5,1,5
        2023,Cà Mau,,5,5,5,1,5
        2023,Cà Mau,1,7,5,5,1,5
        2023,Cà Mau,1,x,5,5,1,5
        2023,Cà Mau,1,5,5
        hai nghìn,Cà Mau,1,5,5,5,1,5
        2023,Hà Nội,2,5,5,5,1,5
        """;

    [Fact]
    public void Compute_BadRows_Reject_ReportsEachWithItsLine()
    {
        var result = SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(Bad), NoBootstrap);
        var report = result.Input;

        Assert.Equal((8L, 2L, 6L), (report.RowsRead, report.RowsUsed, report.RowsRejected));
        Assert.Equal(
            [(3, DiagnosticKind.UnknownName), (4, DiagnosticKind.InvalidWeight), (5, DiagnosticKind.AnswerOutOfScale), (6, DiagnosticKind.AnswerOutOfScale), (7, DiagnosticKind.MalformedRow), (8, DiagnosticKind.MalformedRow)],
            report.Problems.Select(p => (p.Line!.Value, p.Kind)).OrderBy(p => p.Item1));
        // The line is the place's (3, above), said once: the message said it again ("line 3: 'Atlantis' …", file:3:2: line 3: …).
        Assert.StartsWith("'Atlantis' matches no unit", report.Problems.Single(p => p.Kind == DiagnosticKind.UnknownName).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_WeightWithADecimalComma_IsRejectedQuotingIt()
    {
        // "1,5" read up to the comma would weigh the respondent 1; it is refused as written.
        const string Text = "year,province,weight,A1,A2,B1,B2,P1\n2023,Cà Mau,\"1,5\",5,4,3,1,2\n";

        var report = SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(Text), NoBootstrap).Input;

        var problem = Assert.Single(report.Problems);
        Assert.Equal(DiagnosticKind.InvalidWeight, problem.Kind);
        Assert.Contains("the weight '1,5' is not a number", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_QuoteNeverClosed_IsOneRejectedRowAndOneProblem()
    {
        // The last line opens a quote it never closes. Main reported it twice (the quote, then "the row has 4 fields but
        // the header has 8") and counted it as two rows: 7 read, 2 rejected, for a file of 6 rows.
        var text = Good + "\n2023,Cà Mau,1,\"5,4\n";

        var input = SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(text), NoBootstrap).Input;

        Assert.Equal((6L, 5L, 1L), (input.RowsRead, input.RowsUsed, input.RowsRejected));
        var problem = Assert.Single(input.Problems);
        Assert.StartsWith("a quote opened on this line is never closed", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e300", "the weight '1e300' is out of range: a weight is more than 0 and at most 79228162514264337593543950335")] // said "not a number more than 0", then "not a number written as a decimal"
    [InlineData("1e30", "the weight '1e30' is out of range: a weight is more than 0 and at most 79228162514264337593543950335")]
    [InlineData("1e2", "the weight '1e2' is not a number written as a decimal such as 1.25")]
    [InlineData("NaN", "the weight 'NaN' is not a number written as a decimal such as 1.25")]
    [InlineData("-1", "the weight '-1' is not more than 0")]
    [InlineData("0", "the weight '0' is not more than 0")]
    // A decimal comma, or a dot that may group thousands, is said to be the fault (main: only "not a number written as a decimal").
    [InlineData("\"1,5\"", "the weight '1,5' is not a number written as a decimal such as 1.25 (write decimals with a dot)")]
    public void Compute_BadWeight_SaysWhichWayItIsBad(string weight, string message)
    {
        var text = "year,province,weight,A1,A2,B1,B2,P1\n2023,Cà Mau," + weight + ",5,4,3,1,2\n";

        var report = SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(text), NoBootstrap).Input;

        var problem = Assert.Single(report.Problems);
        Assert.Equal((DiagnosticKind.InvalidWeight, 2, 3), (problem.Kind, problem.Line, problem.Column));
        // Said once: the place names line 2; the message said it again ("line 2: the weight …").
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Compute_WeightWithAThousandsDotInADecimalCommaFile_SaysTheDotIsAmbiguous()
    {
        // In a ';' file decimals take a comma; "1.000" could be one or a thousand, so it is refused saying why.
        const string Text = "year;province;weight;A1;A2;B1;B2;P1\n2023;Cà Mau;1.000;5;4;3;1;2\n";

        var problem = Assert.Single(SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(Text), NoBootstrap).Input.Problems);

        Assert.Equal("the weight '1.000' is not a number written as a decimal such as 1.25 (in a file with decimal commas a dot before three digits could be a decimal point or group thousands: write 1234 or 1,234)", problem.Message);
    }

    [Fact]
    public void Compute_BadRows_CountAsInvalid_KeepsRowsWithBadAnswers()
    {
        var result = SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(Bad), new SipasOptions { BadRows = BadRowPolicy.CountAsInvalid, BootstrapReplicates = 0 });

        // Lines 5 and 6 are used, their A1 counted invalid; the rows without a province, weight, fields or year are still rejected.
        Assert.Equal((8L, 4L, 4L, 2L), (result.Input.RowsRead, result.Input.RowsUsed, result.Input.RowsRejected, result.Input.RowsWithInvalidAnswers));
        Assert.Equal(2, result[SurveyFixture.CaMau].Items[0].Invalid);
        // Cà Mau A2: answers 4, 5, 5 → 100%; A1: only line 2's 5 is valid → 100%.
        Assert.Equal((3L, 1L), (result[SurveyFixture.CaMau].Items[1].Valid, result[SurveyFixture.CaMau].Items[0].Valid));
    }

    [Fact]
    public void ReadInto_UnknownColumn_ThrowsWithTheHeaderProblem()
    {
        var tally = new SurveyTally(SurveyFixture.Instrument);

        var error = Assert.ThrowsAny<DiagnosticException>(() => SurveyCsv.ReadInto(new StringReader("year,province,A1,Z9\n2023,Cà Mau,5,5\n"), tally, null));

        Assert.Contains("'Z9'", error.Diagnostics.Single().Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInto_ThousandsOfUnknownColumns_AreOneProblemNamingTheFirst()
    {
        // Main listed one problem a column: 5,000 lines for one cause (a file of another format).
        var header = "year,province,A1," + string.Join(",", Enumerable.Range(0, 5000).Select(i => "X" + i));
        var tally = new SurveyTally(SurveyFixture.Instrument);

        var error = Assert.ThrowsAny<DiagnosticException>(() => SurveyCsv.ReadInto(new StringReader(header + "\n2023,Cà Mau,5\n"), tally, null));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(1, problem.Line);
        Assert.StartsWith("header: columns 'X0', 'X1', 'X2', 'X3', 'X4', … (5000 in all) are neither fields (year, province, district, commune, group, weight) nor questions of ", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadIntoAsync_SemicolonsAndAGivenYear_ReadLikeTheSyncReader()
    {
        var csv = "province;A1;A2;B1;B2;P1\nCà Mau;5;4;3;1;2\nHà Nội;5;5;5;1;5\n";
        var options = new SurveyCsvOptions { Csv = new CsvOptions { Separator = ';' }, Year = 2023 };
        var asyncTally = new SurveyTally(SurveyFixture.Instrument, NoBootstrap);

        await SurveyCsv.ReadIntoAsync(new StringReader(csv), asyncTally, options);
        var expected = SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(csv), NoBootstrap, options);

        Assert.Equal(expected.Provinces.Select(p => p.ToString()), asyncTally.ToResult().Provinces.Select(p => p.ToString()));
        Assert.Equal(2L, expected.Input.RowsUsed);
    }

    // Three respondents in Cà Mau under 2640/QĐ-BNV (22 questions). By hand, satisfied = 4–5 over valid 1–5 (9 excluded),
    // each element the mean of its questions' shares: TC 66.67 (TC1 5,4,2 → 2/3; TC2 3,3,4 → 1/3; TC3 5,4,2 → 2/3;
    // TC4 3/3), TT 93.33, CC 66.67, KQ 61.11 (KQ2 4,3,9 → 1/2), GY 58.33; overall (service only before 2022)
    // = (66.67 + 93.33 + 66.67 + 61.11 + 58.33) / 5 = 69.22%, on 65 valid answers.
    private const string ThreeRespondents = """
        year,province,weight,TC1,TC2,TC3,TC4,TT1,TT2,TT3,TT4,TT5,CC1,CC2,CC3,CC4,CC5,CC6,KQ1,KQ2,KQ3,GY1,GY2,GY3,GY4
        2019,Cà Mau,1,5,3,5,5,5,4,4,4,4,4,5,4,3,2,2,1,4,4,4,3,4,2
        2019,Cà Mau,1,4,3,4,4,5,4,5,5,4,4,4,4,4,1,5,2,3,4,4,1,4,5
        2019,Cà Mau,1,2,4,2,4,5,4,5,4,3,3,4,5,4,3,5,5,9,4,4,2,5,3
        """;

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    public void ReadInto_ExcelSeparators_GiveTheHandCalculatedFigures(char separator)
    {
        var result = Compute2640(ThreeRespondents.Replace(',', separator));

        Assert.Equal((3L, 0L), (result.Input.RowsUsed, result.Input.RowsRejected));
        Assert.Equal(69.22m, decimal.Round(result.NationalPooled.Overall!.Value, 2));
        Assert.Equal(65L, result.NationalPooled.Overall!.Answers);
    }

    // Three respondents with the same answers but TC1: "NA" (a blank, as statistics packages write it), "4.0" (a whole
    // code written as a decimal) and "4". Read as a blank and as 4: TC1 4, 4 → 2/2, TC 100; TT 100; CC 50; KQ 66.67;
    // GY 50; overall (100 + 100 + 50 + 66.67 + 50) / 5 = 73.33%, on 22 + 21 + 22 = 65 valid answers.
    private const string BlankAndDecimalCodes = """
        year,province,weight,TC1,TC2,TC3,TC4,TT1,TT2,TT3,TT4,TT5,CC1,CC2,CC3,CC4,CC5,CC6,KQ1,KQ2,KQ3,GY1,GY2,GY3,GY4
        2019,Cà Mau,1,NA,4,5,5,5,4,4,4,4,4,5,4,3,2,2,1,4,4,4,3,4,2
        2019,Cà Mau,1,4.0,4,5,5,5,4,4,4,4,4,5,4,3,2,2,1,4,4,4,3,4,2
        2019,Cà Mau,1,4,4,5,5,5,4,4,4,4,4,5,4,3,2,2,1,4,4,4,3,4,2
        """;

    [Fact]
    public void ReadInto_NaAndWholeCodesWrittenAsDecimals_AreABlankAndTheCode()
    {
        var result = Compute2640(BlankAndDecimalCodes);

        Assert.Empty(result.Input.Problems);
        Assert.Equal((3L, 3L), (result.Input.RowsRead, result.Input.RowsUsed));
        Assert.Equal(73.33m, decimal.Round(result.NationalPooled.Overall!.Value, 2));
        Assert.Equal(65L, result.NationalPooled.Overall!.Answers);
    }

    // The year given is the survey's: of the three rows, the one of 2022 is rejected at its year cell (line 3, column 1),
    // quoting it, and two respondents are used.
    [Fact]
    public void ReadInto_RowOfAnotherYearThanTheOneGiven_IsRejectedAtItsCell()
    {
        var csv = "year,province,A1,A2,B1,B2,P1\n2023,Cà Mau,5,4,3,1,2\n2022,Cà Mau,5,5,5,1,5\n2023,Hà Nội,5,5,5,1,5\n";
        var result = SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(csv), NoBootstrap, new SurveyCsvOptions { Year = 2023 });

        Assert.Equal((3L, 2L, 1L), (result.Input.RowsRead, result.Input.RowsUsed, result.Input.RowsRejected));
        var problem = Assert.Single(result.Input.Problems);
        Assert.Equal((DiagnosticKind.WrongYear, 3, 1), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("the year '2022' is not the survey year 2023", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4.5", "'4.5' is not a whole answer code")]
    [InlineData("x", "'x' is not an answer code")]
    [InlineData("255", "'255' is not an answer code")]
    public void ReadInto_UnreadableAnswer_QuotesTheCellAsWritten(string written, string message)
    {
        var result = Compute2640(BlankAndDecimalCodes.Replace("1,NA,", "1," + written + ",", System.StringComparison.Ordinal));

        var problem = Assert.Single(result.Input.Problems);
        Assert.Equal((DiagnosticKind.AnswerOutOfScale, "TC1", 2, 4), (problem.Kind, problem.ItemCode, problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("answer 255", problem.Message, System.StringComparison.Ordinal);
        Assert.Equal(1L, result.Input.RowsRejected);
    }

    [Fact]
    public void ReadInto_Cp1258Bytes_AreRefusedNamingTheLine()
    {
        var bytes = CsvOptions.GetEncoding("windows-1258").GetBytes(ThreeRespondents); // "Cà Mau": à is 0xE0
        var tally = new SurveyTally(SurveyInstruments.Decision2640, NoBootstrap);

        var error = Assert.ThrowsAny<DiagnosticException>(() => SurveyCsv.ReadInto(new MemoryStream(bytes), tally, null));

        Assert.Equal((DiagnosticKind.InvalidEncoding, 2), (error.Diagnostics[0].Kind, error.Diagnostics[0].Line));
    }

    [Fact]
    public void ReadInto_Utf8FileInLatin1_IsRefusedNamingTheLineAndTheTextAsWritten()
    {
        // The sample answers as committed, UTF-8: "Cà Mau" at line 2, column 2 (à is C3 A0, "Ã" and a no-break space in Latin-1).
        using var file = File.OpenRead(Path.Combine(RepositoryFiles.Root, "samples", "data", "sipas-answers-2019.csv"));
        var tally = new SurveyTally(SurveyInstruments.Decision2640, NoBootstrap);

        var error = Assert.ThrowsAny<DiagnosticException>(() => SurveyCsv.ReadInto(file, tally, new SurveyCsvOptions { Csv = new CsvOptions { Encoding = CsvOptions.GetEncoding("latin1") } }));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.Utf8ReadAsLegacy, 2, 2), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("'Cà Mau'", problem.Message, System.StringComparison.Ordinal);
    }

    private static SipasResult Compute2640(string csv)
    {
        var tally = new SurveyTally(SurveyInstruments.Decision2640, new SipasOptions { BootstrapReplicates = 0, MinimumAnswers = 1 });
        SurveyCsv.ReadInto(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), tally, null);
        return tally.ToResult();
    }
}
