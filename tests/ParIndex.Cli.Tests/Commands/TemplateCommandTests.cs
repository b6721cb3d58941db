using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Cli.Tests.Support;
using ParIndex.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>The self-assessment form from the command line, and workbooks in and out of the other commands.</summary>
public sealed class TemplateCommandTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    // Cà Mau 1880/QĐ-UBND 1.1–1.2, unit A by hand: plan on time 1 + tasks 1 + results 1 + 95% > 90% → 2 + reports 1 +
    // content 0 = 6 of 7 → 85.71 (group B).
    [Fact]
    public void Template_FilledInAndScored_GivesTheHandComputedIndex()
    {
        var form = _files.PathOf("form.xlsx");
        var written = CliRun.Of("template", "-m", Samples.Methodology, "--unit", "A", "--name", "Sở A", "--year", "2023", "-o", form);
        Assert.Equal(0, written.ExitCode);
        using (var stream = File.Open(form, FileMode.Open, FileAccess.ReadWrite))
        {
            Workbooks.Fill(stream, new System.Collections.Generic.Dictionary<string, object>
            {
                ["I2"] = "2022-12-20", ["I3"] = "có;có", ["I4"] = "có", ["I5"] = "95%", ["I6"] = "có;có", ["I7"] = "không",
            });
        }

        var run = CliRun.Of("score", "-m", Samples.Methodology, "-i", form, "-f", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("A,Sở A,2023,6,7,85.71,B,85.71", run.Out.Split('\n')[1]);
    }

    [Fact]
    public void Template_WithoutOutput_IsBadUsageSayingWhy()
    {
        var run = CliRun.Of("template", "-m", Samples.Methodology);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give --output FILE.xlsx", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WorkbookSavedByLibreOffice_ReadsLikeTheCsv()
    {
        var book = Path.Combine(RepositoryFiles.Root, "tests", "ParIndex.Tests", "Excel", "Files", "indicators-ca-mau-fragment.libreoffice.xlsx");

        var fromBook = CliRun.Of("score", "-m", Samples.Methodology, "-i", book, "-f", "csv");

        Assert.Equal(0, fromBook.ExitCode);
        Assert.Equal(CliRun.Of("score", "-m", Samples.Methodology, "-i", Samples.Csv, "-f", "csv").Out, fromBook.Out);
    }

    [Fact]
    public void Score_BadCellOfAWorkbook_NamesSheetAndCell()
    {
        var form = _files.PathOf("form.xlsx");
        Assert.Equal(0, CliRun.Of("template", "-m", Samples.Methodology, "--unit", "A", "--year", "2023", "-o", form).ExitCode);

        var run = CliRun.Of("score", "-m", Samples.Methodology, "-i", form, "--sheet", "Tự đánh giá");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("form.xlsx: 'Tự đánh giá'!I5: unit A: criterion 1.1.4: '' is not a percentage", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_FormatXlsx_WritesNumbersAsNumbersAndTheTitleUnderTheTable()
    {
        var path = _files.PathOf("rank.xlsx");

        var run = CliRun.Of("rank", "--year", "2023", "--format", "xlsx", "-o", path);

        Assert.Equal(0, run.ExitCode);
        using var document = SpreadsheetDocument.Open(path, false);
        var cells = ((WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet
            .Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        // PAR Index 2023 (Bộ Nội vụ, 2024): Quảng Ninh first with 92.18.
        Assert.Equal("province", cells["B1"].InnerText);
        Assert.Equal("Quảng Ninh", cells["B2"].InnerText);
        Assert.Equal("92.18", cells["C2"].CellValue!.Text);
        Assert.Equal(CellValues.Number, cells["C2"].DataType!.Value);
    }
}
