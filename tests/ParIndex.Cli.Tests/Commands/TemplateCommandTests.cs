using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>The self-assessment form from the command line, and workbooks in and out of the other commands.</summary>
public sealed class TemplateCommandTests : TempFileTests
{
    // Cà Mau 1880/QĐ-UBND 1.1–1.2, unit A by hand: plan on time 1 + tasks 1 + results 1 + 95% > 90% → 2 + reports 1 +
    // content 0 = 6 of 7 → 85.71 (group B).
    [Fact]
    public void Template_FilledInAndScored_GivesTheHandComputedIndex()
    {
        var form = Files.PathOf("form.xlsx");
        var written = CliRun.Ok("template", "-m", Samples.Methodology, "--unit", "A", "--name", "Sở A", "--year", "2023", "-o", form);
        using (var stream = File.Open(form, FileMode.Open, FileAccess.ReadWrite))
        {
            Workbooks.Fill(stream, new System.Collections.Generic.Dictionary<string, object>
            {
                ["I2"] = "2022-12-20", ["I3"] = "có;có", ["I4"] = "có", ["I5"] = "95%", ["I6"] = "có;có", ["I7"] = "không",
            });
        }

        var run = CliRun.Ok("score", "-m", Samples.Methodology, "-i", form, "-f", "csv");

        Assert.Equal("A,Sở A,2023,6,7,85.71,B,85.71", run.Out.Split('\n')[1]);
    }

    [Fact]
    public void Template_WithoutOutput_IsBadUsageSayingWhy()
    {
        var run = CliRun.Refused("template", "-m", Samples.Methodology);

        run.Says("give --output FILE.xlsx");
        // bdebdb1 named "--format xlsx", an option nobody typed.
        Assert.StartsWith("error: --output: the self-assessment form is a workbook", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Template_WithATextFormat_IsRefusedNamingTheFormatTyped(string format)
    {
        // bdebdb1 ignored -f csv and said "--format xlsx: … give --output FILE.xlsx"; with --output it wrote a workbook anyway.
        var form = Files.PathOf("form-" + format + ".xlsx");

        var run = CliRun.Refused("template", "-m", Samples.Methodology, "-f", format, "-o", form);

        Assert.StartsWith($"error: --format {format}: the self-assessment form is an Excel workbook only", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(form));
    }

    [Theory]
    [InlineData("--unit", " ", "--name", "Sở A", "error: --unit: ' ' is blank: give the unit's code, or leave --unit out for a form the unit fills in")]
    [InlineData("--unit", "", "--year", "2023", "error: --unit: '' is blank: give the unit's code, or leave --unit out for a form the unit fills in")]
    [InlineData("--name", "  ", "--unit", "A", "error: --name: '  ' is blank: give the unit's name, or leave --name out to use the code")]
    public void Template_BlankUnitOrName_IsBadUsageNamingTheOption(string option, string text, string other, string otherText, string said)
    {
        // main wrote a form with no unit for --unit ' ' (dropping the --name given) and exited 0.
        var form = Files.PathOf("form-blank.xlsx");

        var run = CliRun.Refused("template", "-m", Samples.Methodology, option, text, other, otherText, "-o", form);

        Assert.StartsWith(said, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(form));
    }

    [Theory]
    [InlineData("--unit", "A\u0007", "--name", "Sở A", "U+0007")]
    [InlineData("--name", "Sở\u0001A", "--unit", "A", "U+0001")]
    public void Template_ControlCharacterInUnitOrName_IsBadInputNamingTheOption(string option, string text, string other, string otherText, string said)
    {
        // main: "internal error: '\u0007', hexadecimal value 0x07, is an invalid character" (exit 3), from the workbook's XML.
        var form = Files.PathOf("form-control.xlsx");

        var run = CliRun.Refused("template", "-m", Samples.Methodology, option, text, other, otherText, "-o", form);

        Assert.StartsWith($"error: {option}: the text holds a control character ({said}), which a workbook cannot hold", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(form));
    }

    [Fact]
    public void Score_WorkbookSavedByLibreOffice_ReadsLikeTheCsv()
    {
        var book = Path.Combine(RepositoryFiles.Root, "samples", "data", "indicators-ca-mau-fragment.xlsx");

        var fromBook = CliRun.Ok("score", "-m", Samples.Methodology, "-i", book, "-f", "csv");

        Assert.Equal(CliRun.Of("score", "-m", Samples.Methodology, "-i", Samples.Csv, "-f", "csv").Out, fromBook.Out);
    }

    [Fact]
    public void Score_BadCellOfAWorkbook_NamesSheetAndCell()
    {
        var form = Files.PathOf("form.xlsx");
        Assert.Equal(0, CliRun.Of("template", "-m", Samples.Methodology, "--unit", "A", "--year", "2023", "-o", form).ExitCode);

        var run = CliRun.Refused("score", "-m", Samples.Methodology, "-i", form, "--sheet", "Tự đánh giá");

        // main: "criterion 1.1.4: '' is not a percentage", quoting a text the cell does not hold.
        run.Says("form.xlsx: 'Tự đánh giá'!I5: unit A: criterion 1.1.4: no value: the cell is empty");
    }

    [Fact]
    public void Rank_FormatXlsx_WritesNumbersAsNumbersAndTheTitleUnderTheTable()
    {
        var path = Files.PathOf("rank.xlsx");

        var run = CliRun.Ok("rank", "--year", "2023", "--format", "xlsx", "-o", path);

        using var document = SpreadsheetDocument.Open(path, false);
        var cells = ((WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet
            .Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        // PAR Index 2023 (Bộ Nội vụ, 2024): Quảng Ninh first with 92.18.
        Assert.Equal("province", cells["B1"].InnerText);
        Assert.Equal("Quảng Ninh", cells["B2"].InnerText);
        Assert.Equal("92.18", cells["C2"].CellValue!.Text);
        Assert.Equal(CellValues.Number, cells["C2"].DataType!.Value);
    }

    // The sample assessment CSV as a workbook (numbers as numbers): the same hand figure as the CSV, Sở A rates itself 7
    // of 7 and the appraiser lowers 1.1.3 to 0.5 and 1.1.4 to 1, so 5.5 of 7 → 78.57.
    [Fact]
    public void Explain_AssessmentWorkbook_GivesWhatTheCsvGives()
    {
        var form = Files.PathOf("form.xlsx");
        File.WriteAllBytes(form, WorkbookOf(File.ReadAllText(Samples.Assessment)));

        var run = CliRun.Of("explain", "-m", Samples.Methodology, "--assessment", form, "-f", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        run.Prints("appraised 5.5 of 7 → 78.57");
    }

    // Cà Mau: one respondent answers 5 to all 22 questions, one 2 → each question 1 of 2 satisfied → 50%; Hà Nội one
    // respondent with 4 → 100%. The workbook is saved without the .xlsx extension: its content says what it is.
    [Fact]
    public void Sipas_WorkbookWithoutItsExtension_IsReadByItsContent()
    {
        string Row(string province, int answer) => "2019," + province + "," + string.Join(",", Enumerable.Repeat(answer, 22)) + "\n";
        var answers = Files.PathOf("answers.export");
        File.WriteAllBytes(answers, WorkbookOf("year,province,TC1,TC2,TC3,TC4,TT1,TT2,TT3,TT4,TT5,CC1,CC2,CC3,CC4,CC5,CC6,KQ1,KQ2,KQ3,GY1,GY2,GY3,GY4\n" + Row("Cà Mau", 5) + Row("Cà Mau", 2) + Row("Hà Nội", 4)));

        var run = CliRun.Of("sipas", "--answers", answers, "--year", "2019", "--replicates", "0", "-f", "csv");

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Out.Split('\n');
        Assert.StartsWith("1,Hà Nội,1,100.00,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,Cà Mau,2,50.00,", lines[2], StringComparison.Ordinal);
    }

    /// <summary>A workbook of one sheet holding simple comma-separated text, numbers as numbers and the rest as text.</summary>
    private static byte[] WorkbookOf(string csv) => Workbooks.Make("Sheet1", [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => (System.Collections.Generic.IReadOnlyList<Workbooks.CellSpec?>)
        [.. line.Split(',').Select(cell => cell.Length == 0 ? null : decimal.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) ? Workbooks.N(cell) : Workbooks.S(cell))])]).ToArray();
}
