using ParIndex.Tests.Composites;

namespace ParIndex.Tests.Csv;

/// <summary>A composite indicator's two tables from CSV as Excel writes them.</summary>
public class CompositeTablesCsvTests
{
    private static CompositeModel Read(string data, string meta, CsvOptions? options = null) =>
        CompositeTablesCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(data)), new MemoryStream(Encoding.UTF8.GetBytes(meta)), options, "d.csv", "m.csv");

    /// <summary>A comma-separated file as Excel saves it where the list separator is ';' and decimals take a comma:
    /// fields separated by ';', every unquoted number's decimal point written as a comma ("390,799991147468").</summary>
    private static string AsVietnameseExcel(string csv) =>
        string.Join("\n", csv.Split('\n').Select(line => string.Join(";", Fields(line.TrimEnd('\r')).Select(f => f.StartsWith('"') ? f : f.Replace('.', ',')))));

    private static IEnumerable<string> Fields(string line)
    {
        var quoted = false;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ',' && !quoted)
            {
                yield return line[start..i];
                start = i + 1;
            }
        }
        yield return line[start..];
    }

    // COINr's ASEM example saved ';'-separated with decimal commas gives the results of the comma file, which AsemTests
    // checks against COINr's published figures (CHE first with 68.38).
    [Fact]
    public void Read_AsemWithSemicolonsAndDecimalCommas_GivesTheResultsOfTheCommaFiles()
    {
        var data = AsVietnameseExcel(RepositoryFiles.Read("samples/data/composites/asem-idata.csv"));
        var meta = AsVietnameseExcel(RepositoryFiles.Read("samples/data/composites/asem-imeta.csv"));
        Assert.Contains("390,799991147468", data, System.StringComparison.Ordinal); // Austria's GDP, as Excel writes it

        var model = Read(data, meta);
        var result = CompositePipeline.Parse(RepositoryFiles.Read("samples/data/composites/asem.json")).Run(model);

        Assert.Equal(1, result.RankOf("CHE").Rank);
        Assert.Equal(68.38, System.Math.Round(result.Scores["CHE", "Index"]!.Value, 2));
        Assert.Equal(AsemTests.Model.Units.Select(u => u.Code), model.Units.Select(u => u.Code));
        foreach (var unit in model.Units)
        {
            Assert.Equal(AsemTests.Example.Scores[unit.Code, "Index"], result.Scores[unit.Code, "Index"]); // the same doubles
        }
    }

    [Fact]
    public void Read_TheSameTableInEveryDialect_GivesTheSameValues()
    {
        // x of A: 1.5 written three ways; 1,5e-04 is R's write.csv2 for 0.00015.
        const string Meta = "iCode,Level,Parent,Direction,Weight,Type\nx,1,Idx,1,0.5,Indicator\ny,1,Idx,1,0.5,Indicator\nIdx,2,NA,1,1,Aggregate\n";
        var comma = Read("uCode,x,y\nA,1.5,0.00015\nB,3,86.19\n", Meta);
        var semicolon = Read("uCode;x;y\nA;1,5;1,5e-04\nB;3;86,19\n", Meta.Replace(',', ';').Replace("0.5", "0,5", System.StringComparison.Ordinal));
        var tab = Read("uCode\tx\ty\r\nA\t\"1,5\"\t0,00015\r\nB\t3\t86,19\r\n", Meta.Replace(',', '\t'));

        foreach (var model in new[] { semicolon, tab })
        {
            Assert.Equal((1.5, 0.00015, 86.19), (model.Units[0].Values["x"], model.Units[0].Values["y"], model.Units[1].Values["y"]));
            Assert.Equal(0.5, model.Find("x")!.Weight);
        }
        Assert.Equal((1.5, 0.00015, 86.19), (comma.Units[0].Values["x"], comma.Units[0].Values["y"], comma.Units[1].Values["y"]));
    }

    [Theory]
    // A thousands separator in a comma file.
    [InlineData("uCode,x\nA,\"1,234.5\"\n", "iCode,Level,Parent,Direction,Weight,Type\nx,1,Idx,1,1,Indicator\nIdx,2,NA,1,1,Aggregate\n", "d.csv:2:2: '1,234.5' is not a number (write decimals with a dot")]
    // "1.234" with decimal commas: one point two three four, or one thousand two hundred and thirty-four?
    [InlineData("uCode;x\nA;1.234\n", "iCode;Level;Parent;Direction;Weight;Type\nx;1;Idx;1;1;Indicator\nIdx;2;NA;1;1;Aggregate\n", "d.csv:2:2: '1.234' is not a number (in a file with decimal commas a dot before three digits could be a decimal point or group thousands")]
    public void Read_NumberWrittenAnotherWay_IsNotANumberQuotingItAtItsPlace(string data, string meta, string message)
    {
        var error = Assert.ThrowsAny<DiagnosticException>(() => Read(data, meta));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.NotANumber, problem.Kind);
        Assert.StartsWith(message, problem.Message, System.StringComparison.Ordinal);
    }

    // Windows-1258 writes "số" as "so" + U+0301 (its tone marks are separate characters), so a metadata file saved by
    // Excel on Vietnamese Windows holds its codes in decomposed form while the unit data's header may be NFC: the same
    // code, which must name the same column. By hand: x = "Dân_số" is 1234.5 for HN, 1000 for HUE, 500 for CM.
    [Fact]
    public void Read_MetadataCodesInNfd_NameTheDataColumnsInNfc()
    {
        var code = "D\u00e2n_s\u1ed1"; // "Dân_số" in NFC
        var decomposed = code.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(code, decomposed);
        var meta = "iCode,Level,Parent,Direction,Weight,Type\n" + decomposed + ",1,Chi\u0309_so\u0302\u0301,1,1,Indicator\nCh\u1ec9_s\u1ed1,2,NA,1,1,Aggregate\n";

        var model = Read("uCode,uName," + code + "\nHN,H\u00e0 N\u1ed9i,1234.5\nHUE,Hu\u1ebf,1000\nCM,C\u00e0 Mau,500\n", meta);

        Assert.Equal(code, model.Find(decomposed)!.Code);
        Assert.Equal("Ch\u1ec9_s\u1ed1", model.Find(code)!.Parent);
        Assert.Equal([1234.5, 1000, 500], model.Units.Select(u => u.Values[code]!.Value));
    }

    [Fact]
    public void Read_NotUtf8_IsRefusedWithItsLine_AndReadWithTheEncodingGiven()
    {
        // "Cà Mau" and "Đông Hà" have only letters of code page 1258 itself (à 0xE0, Đ 0xD0, ô 0xF4).
        var data = CsvOptions.GetEncoding("windows-1258").GetBytes("uCode,uName,x\nCMU,Cà Mau,1\nDHA,Đông Hà,2\n");
        var meta = Encoding.UTF8.GetBytes("iCode,Level,Parent,Direction,Weight,Type\nx,1,Idx,1,1,Indicator\nIdx,2,NA,1,1,Aggregate\n");

        var error = Assert.ThrowsAny<DiagnosticException>(() => CompositeTablesCsv.Read(new MemoryStream(data), new MemoryStream(meta), null, "d.csv", "m.csv"));
        var model = CompositeTablesCsv.Read(new MemoryStream(data), new MemoryStream(meta), new CsvOptions { Encoding = CsvOptions.GetEncoding("windows-1258") }, "d.csv", "m.csv");

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.InvalidEncoding, 2), (problem.Kind, problem.Line));
        Assert.Equal(["Cà Mau", "Đông Hà"], model.Units.Select(u => u.Name));
    }

    [Fact]
    public void Read_RowLongerThanItsHeader_IsReportedWithTheProblemsOfTheOtherRows()
    {
        var error = Assert.ThrowsAny<DiagnosticException>(() => Read("uCode,x\nA,1,5\nB,zwei\n", "iCode,Level,Parent,Direction,Weight,Type\nx,1,Idx,1,1,Indicator\nIdx,2,NA,1,1,Aggregate\n"));

        Assert.Equal([DiagnosticKind.MalformedRow, DiagnosticKind.NotANumber], error.Diagnostics.Select(d => d.Kind));
        Assert.Contains("d.csv:3:2: 'zwei' is not a number", error.Diagnostics[1].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowLongerThanItsHeader_AndProblemsOfTheRows_SaysEachProblemOnce()
    {
        var error = Assert.ThrowsAny<DiagnosticException>(() => Read("uCode,x\nA,1,5\nB,zwei\n", "iCode,Level,Parent,Direction,Weight,Type\nx,1,Idx,1,1,Indicator\nIdx,2,NA,1,1,Aggregate\n"));

        Assert.Equal(2, error.Diagnostics.Length);
        Assert.All(error.Diagnostics, d => Assert.Equal(1, Occurrences(error.Message, d.Message)));
        Assert.Equal(1, Occurrences(error.Message, "cannot be read"));
    }

    [Fact]
    public void Read_OnlyARowLongerThanItsHeader_IsOneProblemSaidOnce()
    {
        var error = Assert.ThrowsAny<DiagnosticException>(() => Read("uCode,x\nA,1,5\nB,2\n", "iCode,Level,Parent,Direction,Weight,Type\nx,1,Idx,1,1,Indicator\nIdx,2,NA,1,1,Aggregate\n"));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.MalformedRow, 2), (problem.Kind, problem.Line));
        Assert.Equal(1, Occurrences(error.Message, problem.Message));
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, System.StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
