namespace ParIndex.Tests.BadInputs;

/// <summary>
/// Each reader's limits (README, "Each reader's limits"): a test per limit, each with an input just past it or far
/// past it — 50 MB generated here, never committed — answered by the reader's typed diagnostic that names the limit,
/// not by the machine running out of memory. The depth limits are named bad inputs (<c>deep-nesting</c>).
/// </summary>
public class ReaderLimitTests
{
    private const int FiftyMegabytes = 50 * 1000 * 1000;

    [Fact]
    public void MethodologyJson_50MB_IsRefusedByTheSizeLimit()
    {
        var input = Padded("{\"formatVersion\": 1, \"id\": \"", FiftyMegabytes);

        var fromSpan = Assert.Throws<InvalidMethodologyException>(() => Methodology.ReadJson(input));
        var fromStream = Assert.Throws<InvalidMethodologyException>(() => Methodology.ReadJson(new MemoryStream(input)));

        foreach (var error in new[] { fromSpan, fromStream })
        {
            var problem = Assert.Single(error.Diagnostics);
            Assert.Equal(DiagnosticKind.LimitExceeded, problem.Kind);
            Assert.Equal("$", problem.JsonPath);
            Assert.Contains("4194304", problem.Message, StringComparison.Ordinal); // 4 MiB = 4 × 1024 × 1024 bytes
        }
    }

    [Fact]
    public void MethodologyJson_OneBytePastMaxBytes_IsRefused_AndAtMaxBytes_IsRead()
    {
        var options = new MethodologyJsonOptions { MaxBytes = 64 };
        var atLimit = Padded("{}", 64); // read, and refused for what it lacks, not for its size

        var over = Assert.Throws<InvalidMethodologyException>(() => Methodology.ReadJson(Padded("{}", 65), options));
        var at = Assert.Throws<InvalidMethodologyException>(() => Methodology.ReadJson(atLimit, options));

        Assert.Equal(DiagnosticKind.LimitExceeded, Assert.Single(over.Diagnostics).Kind);
        Assert.DoesNotContain(at.Diagnostics, d => d.Kind == DiagnosticKind.LimitExceeded);
    }

    [Fact]
    public void ReformPlanJson_50MB_IsRefusedByTheSizeLimit()
    {
        var error = Assert.Throws<InvalidPlanException>(() => ReformPlan.ReadJson(Padded("{\"plans\": [", FiftyMegabytes)));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.LimitExceeded, problem.Kind);
        Assert.Contains("4194304", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorsJson_50MB_IsRefusedByTheSizeLimitUnparsed()
    {
        var result = ReportedIndicators.ReadJson(new MemoryStream(Padded("{\"year\": 2023, \"units\": [", FiftyMegabytes)), CaMau1880.Fragment, "big.json");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticKind.LimitExceeded, problem.Kind);
        Assert.Equal("big.json", problem.File);
        Assert.Contains("16777216", problem.Message, StringComparison.Ordinal); // 16 MiB
    }

    [Fact]
    public void IndicatorsJson_NestedPastDepth16_IsMalformedWithItsPlace()
    {
        // 17 arrays inside the root object: depth 18, past the limit of 16.
        var json = "{\"units\": " + new string('[', 17) + new string(']', 17) + "}";

        var result = ReportedIndicators.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(json)), CaMau1880.Fragment, "deep.json");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticKind.MalformedJson, problem.Kind);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void IndicatorsCsv_50MBOnOneLine_IsRefusedByTheRowLimit()
    {
        // A quote opened on line 2 and never closed: without the limit the whole file would become one field.
        var csv = Padded("unit,name,year,code,value\nA,\"", FiftyMegabytes, 'x');

        var result = IndicatorsCsv.Read(new StreamReader(new MemoryStream(csv)), CaMau1880.Fragment, CsvOptions.Default, "big.csv");

        var problem = Assert.Single(result.Diagnostics, d => d.Kind == DiagnosticKind.LimitExceeded);
        Assert.Equal("big.csv", problem.File);
        Assert.Equal(2, problem.Line);
        Assert.Contains("1048576", problem.Message, StringComparison.Ordinal); // 1 MiB
    }

    [Fact]
    public void IndicatorsCsv_RowJustUnderTheRowLimit_IsRead()
    {
        // A unit name of 1,000,000 bytes: under 1 MiB (1,048,576), so the row is read and scored as usual.
        var name = new string('x', 1_000_000);
        var csv = "unit,name,year,code,value\n" + string.Concat(new[] { "1.1.1,2022-12-20", "1.1.2,yes;yes", "1.1.3,yes", "1.1.4,95%", "1.2.1,yes;yes", "1.2.2,no" }.Select(r => "A," + name + ",2023," + r + "\n"));

        var result = IndicatorsCsv.Read(new StringReader(csv), CaMau1880.Fragment, CsvOptions.Default, "long.csv");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(name, Assert.Single(result.Value).Unit.Name);
    }

    [Fact]
    public void SurveyCsv_50MBOnOneLine_IsRefusedByTheRowLimit()
    {
        var header = "year,province,TC1,TC2,TC3,TC4,TT1,TT2,TT3,TT4,TT5,CC1,CC2,CC3,CC4,CC5,CC6,KQ1,KQ2,KQ3,GY1,GY2,GY3,GY4\n";
        var tally = new SurveyTally(SurveyInstruments.Decision2640, new SipasOptions { BootstrapReplicates = 0 });

        var error = Assert.ThrowsAny<DiagnosticException>(() => SurveyCsv.ReadInto(new MemoryStream(Padded(header + "2019,\"", FiftyMegabytes, 'x')), tally, null));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.LimitExceeded, problem.Kind);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void SurveyCsv_HeaderPastTheRowLimit_IsRefusedOnLine1()
    {
        var tally = new SurveyTally(SurveyInstruments.Decision2640, new SipasOptions { BootstrapReplicates = 0 });

        var error = Assert.ThrowsAny<DiagnosticException>(() => SurveyCsv.ReadInto(new MemoryStream(Padded("year,province,", 2 * 1024 * 1024, 'x')), tally, null));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.LimitExceeded, problem.Kind);
        Assert.Equal(1, problem.Line);
    }

    // The text, then padding up to the length: spaces (valid JSON whitespace) unless another filler is given.
    private static byte[] Padded(string start, int length, char filler = ' ')
    {
        var bytes = new byte[length];
        var head = Encoding.UTF8.GetBytes(start);
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length).Fill((byte)filler);
        return bytes;
    }
}
