using static ParIndex.TestSupport.MethodologyBuilder;

namespace ParIndex.Tests.Csv;

/// <summary>Indicator files as people save them from Excel: other separators and code pages, decimal commas, keys typed
/// in NFD. Every expected figure is worked by hand in the comments.</summary>
public class IndicatorsCsvTests
{
    // Demo, 5 points: area 1 (max 3) = 1.1 yes/no (1) + 1.2 proportional (2); area 2 (max 2) = 2.1, 2.2 yes/no (1 each).
    // Sở Nội vụ: 1.1 yes → 1; 1.2 3/4 × 2 → 1.5; 2.1 yes → 1; 2.2 no → 0: 3.5 of 5 = 70.00%.
    // Sở Tư pháp: 1 + 1/2 × 2 + 1 + 1 = 4 of 5 = 80.00%.
    private const string TwoUnits = """
        unit,name,year,code,value
        NV,Sở Nội vụ,2023,1.1,yes
        NV,Sở Nội vụ,2023,1.2,3/4
        NV,Sở Nội vụ,2023,2.1,yes
        NV,Sở Nội vụ,2023,2.2,no
        TP,Sở Tư pháp,2023,1.1,yes
        TP,Sở Tư pháp,2023,1.2,1/2
        TP,Sở Tư pháp,2023,2.1,yes
        TP,Sở Tư pháp,2023,2.2,yes

        """;

    [Theory]
    [InlineData("Sở Tư pháp", false)] // another unit's name: two units given one code by mistake
    [InlineData("Sở A", true)] // the same name, in NFD on the second row
    [InlineData("", true)] // no name on the second row
    public void Read_OneCodeWithTwoNames_IsAProblemNamingBoth(string second, bool read)
    {
        var name = second == "Sở A" ? second.Normalize(NormalizationForm.FormD) : second;
        var text = "unit,name,year,code,value\nA,Sở A,2023,1.1.3,yes\nA," + name + ",2023,1.1.4,95%\n";

        var result = IndicatorsCsv.Read(new StringReader(text), CaMau1880.Fragment, null, "units.csv");

        // Main merged the rows into unit A, Sở A, and Sở Tư pháp vanished without a word.
        if (read)
        {
            Assert.Empty(result.Diagnostics);
            return;
        }
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.DuplicateCode, 3), (problem.Kind, problem.Line));
        Assert.StartsWith("unit A is named 'Sở Tư pháp' here but 'Sở A' at units.csv:2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuoteNeverClosed_ReportsTheRowOnce_AndTakesNothingFromIt()
    {
        // The quote runs to the end of the file, so '95%' and the line end are one field. Main took 95% from it, besides
        // the problem (the row has the header's number of fields), against "rows that cannot be read are skipped".
        var result = IndicatorsCsv.Read(new StringReader("unit,name,year,code,value\nA,Sở A,2023,1.1.3,yes\nA,Sở A,2023,1.1.4,\"95%\n"), CaMau1880.Fragment, null, "units.csv");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.MalformedRow, 3), (problem.Kind, problem.Line));
        Assert.False(Assert.Single(result.Value).ContainsKey("1.1.4"));
    }

    [Fact]
    public void Read_Utf8File_ScoresSeventyAndEighty()
    {
        AssertSeventyAndEighty(Read(Encoding.UTF8.GetBytes(TwoUnits)));
    }

    [Fact]
    public void Read_SemicolonSeparatedExcelExport_ReadsLikeTheCommaFile()
    {
        AssertSeventyAndEighty(Read(Encoding.UTF8.GetBytes(TwoUnits.Replace(',', ';'))));
    }

    [Fact]
    public void Read_TabSeparated_ReadsLikeTheCommaFile()
    {
        AssertSeventyAndEighty(Read(Encoding.UTF8.GetBytes(TwoUnits.Replace(',', '\t'))));
    }

    [Fact]
    public void Read_Utf8WithBomAndUtf16WithBom_ReadTheSameNames()
    {
        AssertSeventyAndEighty(Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(TwoUnits)]));
        AssertSeventyAndEighty(Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(TwoUnits)]));
    }

    [Fact]
    public void Read_WindowsCodePage1258BehindAUtf8Mark_AdvisesSavingAgain_NotAnEncoding()
    {
        // Main advised --encoding windows-1258, which then refuses the mark: advice that could not work.
        var result = Read([.. Encoding.UTF8.GetPreamble(), .. Cp1258(TwoUnits)]);

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.InvalidEncoding, 2, 2), (problem.Kind, problem.Line, problem.Column));
        Assert.StartsWith("the file starts with a UTF-8 byte-order mark, but its bytes after the mark are not UTF-8 (byte 0x", problem.Message, System.StringComparison.Ordinal);
        Assert.EndsWith(" of this field); save it again as \"CSV UTF-8\", or save it without the mark and give its encoding (--encoding windows-1258 for Vietnamese Windows)", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WindowsCodePage1258WithoutEncoding_IsRefusedWithItsLineAndAHint()
    {
        // Excel's "CSV (Comma delimited)" on Vietnamese Windows: code page 1258, no byte order mark.
        var result = Read(Cp1258(TwoUnits));

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.InvalidEncoding, 2, 2), (problem.Kind, problem.Line, problem.Column));
        TextAssert.Holds(problem.Message, "not UTF-8", "CSV UTF-8", "windows-1258");
        Assert.Empty(result.Value);
    }

    [Fact]
    public void Read_WindowsCodePage1258WithItsEncoding_ReadsNamesIntactInNfc()
    {
        // 'có' (yes) written in code page 1258 too: the same scores once decoded.
        var result = Read(Cp1258(TwoUnits.Replace("2023,1.1,yes", "2023,1.1,có", System.StringComparison.Ordinal)), new CsvOptions { Encoding = CsvOptions.GetEncoding("windows-1258") });

        AssertSeventyAndEighty(result);
        Assert.Equal(["Sở Nội vụ", "Sở Tư pháp"], result.Value.Select(u => u.Unit.Name));
        Assert.All(result.Value, u => Assert.True(u.Unit.Name.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public void Read_SameUnitCodeInNfcAndNfd_IsOneUnit()
    {
        // "Sở Tư pháp" as the unit code, rows 4–5 in NFD (pasted from a file saved on macOS): one unit, 1 + 1 + 1 + 0 =
        // 3 of 5 = 60.00%; "Sở Y tế" the same values, 60.00%.
        var nfc = "Sở Tư pháp";
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        var csv = $"""
            unit,name,year,code,value
            {nfc},{nfc},2023,1.1,yes
            {nfc},{nfc},2023,1.2,1/2
            {nfd},{nfd},2023,2.1,yes
            {nfd},{nfd},2023,2.2,no
            Sở Y tế,Sở Y tế,2023,1.1,yes
            Sở Y tế,Sở Y tế,2023,1.2,1/2
            Sở Y tế,Sở Y tế,2023,2.1,yes
            Sở Y tế,Sở Y tế,2023,2.2,no
            """;

        var units = Read(Encoding.UTF8.GetBytes(csv)).GetValueOrThrow();
        var cards = new Scorer(Demo).ScoreAll(units);

        Assert.Equal([(nfc, 60.00m), ("Sở Y tế", 60.00m)], cards.Select(c => (c.Unit.Code, c.RoundedIndex)));
    }

    [Theory]
    // Codes that differ only in a no-break space: an error naming both lines.
    [InlineData("unit,name,year,code,value\nSở Y tế,x,2023,1.1,yes\nSở\u00a0Y tế,x,2023,1.2,1/2\n", DiagnosticKind.LookalikeKeys, 3, "U+00A0", "units.csv:2:5")]
    // "95,5" unquoted makes a sixth field; it was once read as 95, the rest ignored.
    [InlineData("unit,name,year,code,value\nNV,x,2023,1.2,95,5\n", DiagnosticKind.MalformedRow, 2, "'NV,x,2023,1.2,95,5'", "6 fields")]
    public void Read_BadRow_IsAnErrorAtItsLineSayingWhy(string csv, DiagnosticKind kind, int line, string said, string alsoSaid)
    {
        var problem = Assert.Single(Read(Encoding.UTF8.GetBytes(csv)).Diagnostics);

        Assert.Equal((kind, line), (problem.Kind, problem.Line));
        TextAssert.Holds(problem.Message, said, alsoSaid);
    }

    [Fact]
    public void Read_ZeroWidthSpaceInACode_IsTheSameUnit()
    {
        const string csv = "unit,name,year,code,value\nNV,x,2023,1.1,yes\nNV\u200b,x,2023,1.2,1/2\nNV,x,2023,2.1\u200b,yes\nNV,x,2023,2.2,no\n";

        var unit = Assert.Single(Read(Encoding.UTF8.GetBytes(csv)).GetValueOrThrow());

        Assert.Equal(4, unit.Count);
    }

    [Fact]
    public void Read_MissingField_IsAnErrorQuotingTheRow()
    {
        var problem = Assert.Single(Read(Encoding.UTF8.GetBytes("unit,name,year,code,value\nNV,x,2023,1.1\n")).Diagnostics);

        Assert.Contains("'NV,x,2023,1.1'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DecimalCommaInASemicolonFile_IsReadAsDecimals()
    {
        // 1.2 as "1,5/2": 1.5 of 2 tasks → 0.75 × 2 = 1.5 points.
        const string csv = "unit;name;year;code;value\nNV;x;2023;1.1;yes\nNV;x;2023;1.2;1,5/2\nNV;x;2023;2.1;yes\nNV;x;2023;2.2;no\n";

        var unit = Assert.Single(Read(Encoding.UTF8.GetBytes(csv)).GetValueOrThrow());

        Assert.Equal(1.5m, unit["1.2"].Number);
    }

    [Fact]
    public void Read_ThousandsAndDecimalsInACommaFile_IsRejectedNotMisread()
    {
        const string csv = "unit,name,year,code,value\nNV,x,2023,1.2,\"1.234,5/2000\"\n";

        var problem = Assert.Single(Read(Encoding.UTF8.GetBytes(csv)).Diagnostics);

        Assert.Equal(DiagnosticKind.WrongIndicatorKind, problem.Kind);
        Assert.Contains("'1.234,5/2000'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StatedSeparator_OverridesDetection()
    {
        var result = Read(Encoding.UTF8.GetBytes(TwoUnits.Replace(',', ';')), new CsvOptions { Separator = ',' });

        var problem = Assert.Single(result.Diagnostics);
        Assert.Contains("separated by ';'", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latin1", "iso-8859-1")]
    [InlineData("windows-1258", "windows-1258")]
    public void Read_Utf8FileInALegacyEncoding_IsRefusedAtItsFirstUtf8TextQuotingItAsWritten(string encoding, string name)
    {
        // The sample file as committed: UTF-8 without a byte order mark, "Sở A" at line 2, column 2 (ở is E1 BB 9F), which
        // Latin-1 would read as "Sá»\u009f A" and windows-1258 as "Sá»Ÿ A".
        var path = Path.Combine(RepositoryFiles.Root, "samples", "data", "indicators-ca-mau-fragment.csv");

        var result = IndicatorsCsv.Read(path, CaMau1880.Fragment, new CsvOptions { Encoding = CsvOptions.GetEncoding(encoding) });

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.Utf8ReadAsLegacy, "indicators-ca-mau-fragment.csv", 2, 2), (problem.Kind, problem.File, problem.Line, problem.Column));
        Assert.Equal($"the file is UTF-8, not {name}: {name} would turn 'Sở A' into other letters; read it as UTF-8 (give no encoding)", problem.Message);
        Assert.Empty(result.Value);
    }

    [Fact]
    public void Read_Utf8HeaderInALegacyEncoding_IsRefusedAtItsColumn()
    {
        var result = Read(Encoding.UTF8.GetBytes(TwoUnits.Replace("value\n", "value,ghi chú\n", System.StringComparison.Ordinal)), new CsvOptions { Encoding = CsvOptions.GetEncoding("1252") });

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.Utf8ReadAsLegacy, 1, 6), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("'ghi chú'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WindowsCodePage1258WithAFieldThatIsAlsoValidUtf8_ReadsItAsTheCodePageShowedItself()
    {
        // Sở Tư pháp renamed "Mỹ Tho" with a no-break space, as pasted from a web page: in code page 1258 that is
        // 4D 79 DE A0 54 68 6F (ỹ = y + tilde 0xDE), which is also valid UTF-8 ("M", "y", U+07A0, "Tho"). The rows before
        // it hold "Sở Nội vụ" (53 F5 D2 ...), which is not UTF-8: the file is in 1258, so the name is read as written.
        var text = TwoUnits.Replace("Sở Tư pháp", "Mỹ\u00A0Tho", System.StringComparison.Ordinal);

        var result = Read(Cp1258(text), new CsvOptions { Encoding = CsvOptions.GetEncoding("windows-1258") });

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Sở Nội vụ", "Mỹ\u00A0Tho"], result.Value.Select(u => u.Unit.Name));
        Assert.Equal([("NV", 70.00m), ("TP", 80.00m)], new Scorer(Demo).ScoreAll(result.Value).Select(c => (c.Unit.Code, c.RoundedIndex)));
    }

    [Fact]
    public void GetValueOrThrow_WithProblems_ThrowsInvalidInputNamingTheFile()
    {
        var error = Assert.Throws<InvalidInputException>(() => Read(Encoding.UTF8.GetBytes("unit,name,year,code,value\nNV,x,2023,1.1,maybe\n")).GetValueOrThrow());

        Assert.Contains("units.csv:2:5, unit NV, criterion 1.1: 'maybe' is not yes or no", error.Message, System.StringComparison.Ordinal);
    }

    private static ReadResult<System.Collections.Immutable.ImmutableArray<ReportedIndicators>> Read(byte[] bytes, CsvOptions? options = null)
    {
        var builder = new ReportedIndicatorsBuilder(Demo);
        IndicatorsCsv.ReadInto(builder, new MemoryStream(bytes), options, "units.csv");
        return builder.Build();
    }

    /// <summary>Text as code page 1258 holds it: letters with a circumflex, breve or horn precomposed (ơ is 0xF5), tone
    /// marks as combining characters after them (ở is ơ + U+0309), as iconv -t CP1258 writes it.</summary>
    private static byte[] Cp1258(string text)
    {
        var written = new StringBuilder();
        var tones = new StringBuilder();
        var letter = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD) + "\0")
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                tones.Append(c);
                continue;
            }
            if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                written.Append(letter.ToString().Normalize(NormalizationForm.FormC)).Append(tones);
                letter.Clear();
                tones.Clear();
            }
            letter.Append(c);
        }
        return CsvOptions.GetEncoding("windows-1258").GetBytes(written.ToString());
    }

    private static void AssertSeventyAndEighty(ReadResult<System.Collections.Immutable.ImmutableArray<ReportedIndicators>> result)
    {
        var cards = new Scorer(Demo).ScoreAll(result.GetValueOrThrow());
        Assert.Equal([("NV", 70.00m), ("TP", 80.00m)], cards.Select(c => (c.Unit.Code, c.RoundedIndex)));
        Assert.Equal([83.33m, 66.67m], cards.Select(c => decimal.Round(c["1"].Percent!.Value, 2)));
        Assert.Equal(["Sở Nội vụ", "Sở Tư pháp"], cards.Select(c => c.Unit.Name));
    }

    [Theory]
    [InlineData("latin1", "iso-8859-1")]
    [InlineData("1252", "windows-1252")]
    [InlineData("windows-1258", "windows-1258")]
    public void Read_Utf8FileWithAByteOrderMarkInALegacyEncoding_IsRefusedNamingTheMarkInWords(string encoding, string name)
    {
        // EF BB BF then an ASCII header: the code page would read the mark as "ï»¿" before "unit"; it is named, not quoted.
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(TwoUnits)).ToArray();

        var result = Read(bytes, new CsvOptions { Encoding = CsvOptions.GetEncoding(encoding) });

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.Utf8ReadAsLegacy, 1, 1), (problem.Kind, problem.Line, problem.Column));
        Assert.Equal($"the file starts with a UTF-8 byte-order mark, but was read as {name}; read it as UTF-8 (give no encoding)", problem.Message);
        Assert.Empty(result.Value);
    }

    [Theory]
    [InlineData("utf-16", "utf-16")]
    [InlineData("utf-16be", "utf-16BE")]
    public void Read_Utf8FileReadAsUtf16_IsRefusedSayingWhatTheBytesAre(string encoding, string name)
    {
        // "unit,name,…" read two bytes a character is "畮瑩…" (0x6E75 0x7469 … little-endian): no column would be found.
        var result = Read(Encoding.UTF8.GetBytes(TwoUnits), new CsvOptions { Encoding = CsvOptions.GetEncoding(encoding) });

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.InvalidEncoding, 1, 1), (problem.Kind, problem.Line, problem.Column));
        Assert.Equal(
            $"the file is not {name}, the encoding given (its bytes are 8-bit text, ASCII or UTF-8: its first line reads 'unit,name,year,code,value'); give no encoding to read it as UTF-8, or the encoding it is in",
            problem.Message);
    }

    [Fact]
    public void Read_Utf16BigEndianFileReadAsLittleEndian_IsRefusedSayingTheByteOrder()
    {
        var result = Read(Encoding.BigEndianUnicode.GetBytes(TwoUnits), new CsvOptions { Encoding = CsvOptions.GetEncoding("utf-16") });

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.InvalidEncoding, 1, 1), (problem.Kind, problem.Line, problem.Column));
        Assert.StartsWith("the file is not utf-16, the encoding given (its bytes look like UTF-16 of the other byte order", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16", false, false)]
    [InlineData("utf-16", false, true)]
    [InlineData("utf-16be", true, false)]
    [InlineData("utf-16be", true, true)]
    // A first column "Đồ" (another column, left alone) is 10 01 D3 1E in UTF-16 LE: its first two bytes are valid UTF-8,
    // so main took the file for 8-bit text read as UTF-16 and refused it (InvalidEncoding at 1:1).
    [InlineData("utf-16", false, false, "Đồ")]
    [InlineData("utf-16", false, true, "Đồ")]
    [InlineData("utf-16be", true, false, "Đồ")]
    [InlineData("utf-16be", true, true, "Đồ")]
    public void Read_Utf16FileWithItsEncoding_WithOrWithoutAByteOrderMark_IsRead(string encoding, bool bigEndian, bool mark, string? firstColumn = null)
    {
        // FF FE (little-endian) or FE FF (big-endian) before the text when marked.
        var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var text = firstColumn is null
            ? TwoUnits
            : string.Join('\n', TwoUnits.Split('\n').Select((line, i) => line.Length == 0 ? line : (i == 0 ? firstColumn : "x") + "," + line));
        var bytes = (mark ? utf16.GetPreamble() : []).Concat(utf16.GetBytes(text)).ToArray();

        var result = Read(bytes, new CsvOptions { Encoding = CsvOptions.GetEncoding(encoding) });

        Assert.Empty(result.Diagnostics);
        Assert.Equal([("NV", 70.00m), ("TP", 80.00m)], new Scorer(Demo).ScoreAll(result.Value).Select(c => (c.Unit.Code, c.RoundedIndex)));
    }

    [Fact]
    public void Read_Cp1258FileWithUtf8Given_IsRefusedAsAFileWithoutEncodingIs()
    {
        // "Sở Nội vụ" in code page 1258 begins 53 F5 D2: 0xF5 starts no UTF-8 character. Main read it with UTF-8 given as
        // "S\uFFFD\uFFFD N\uFFFDi v\uFFFD" without a word: the reader passes UTF-8 on undecoded, and checked only when no
        // encoding was given.
        var result = Read(Cp1258(TwoUnits), new CsvOptions { Encoding = CsvOptions.GetEncoding("utf-8") });

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.InvalidEncoding, 2, 2), (problem.Kind, problem.Line, problem.Column));
        Assert.StartsWith("the file is not UTF-8 (byte 0xF5 of this field)", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("latin1")]
    [InlineData("utf-8")]
    public void Read_EmptyFileWithAnEncodingGiven_IsTheEmptyFile(string encoding)
    {
        // No header to check the encoding by: the file is empty, whatever it is said to be in.
        var result = Read([], new CsvOptions { Encoding = CsvOptions.GetEncoding(encoding) });

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.MalformedRow, 1), (problem.Kind, problem.Line));
        Assert.StartsWith("the file is empty; expected a header row", problem.Message, System.StringComparison.Ordinal);
    }
}
