using System.IO;
using System.Linq;
using ParIndex.Composites;
using ParIndex.Excel;
using ParIndex.Tests.Composites;
using ParIndex.Tests.Support;
using Xunit;

namespace ParIndex.Tests.Excel;

public class CompositeXlsxTests
{
    private static readonly string Bad = Path.Combine(RepositoryFiles.Root, "tests", "ParIndex.Tests", "Excel", "Files", "composite-bad.libreoffice.xlsx");

    // samples/data/composites/asem.xlsx: COINr's ASEM_iData and ASEM_iMeta as the sheets iData and iMeta, saved by
    // LibreOffice 7.4 from a flat OpenDocument file of the two CSVs (numbers as numbers, NA as an empty cell). Run through
    // the sample pipeline it must give what the CSVs give, which AsemTests checks against COINr's published figures
    // (CHE first with 68.38).
    [Fact]
    public void Read_AsemWorkbookSavedByLibreOffice_GivesTheResultsOfTheCsvFiles()
    {
        var model = CompositeXlsx.Read(Path.Combine(RepositoryFiles.Root, "samples", "data", "composites", "asem.xlsx"), CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet);

        var result = CompositePipeline.Parse(RepositoryFiles.Read("samples/data/composites/asem.json")).Run(model);

        Assert.Equal(AsemTests.Model.Units.Select(u => u.Code), model.Units.Select(u => u.Code));
        Assert.Equal(1, result.RankOf("CHE").Rank);
        Assert.Equal(68.38, System.Math.Round(result.Scores["CHE", "Index"]!.Value, 2));
        foreach (var unit in model.Units)
        {
            Assert.Equal(AsemTests.Example.Scores[unit.Code, "Index"]!.Value, result.Scores[unit.Code, "Index"]!.Value, 12);
        }
    }

    // composite-bad.libreoffice.xlsx (from composite-bad.fods, by LibreOffice): iMeta gives X1 the direction 2 (D2), and
    // iData's B3 holds the text "nhiều" where X1 is a number.
    [Fact]
    public void Read_BadCells_EveryProblemNamesItsCell()
    {
        var error = Assert.ThrowsAny<DiagnosticException>(() => CompositeXlsx.Read(Bad, CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet));

        var messages = error.Diagnostics.Select(d => d.Message).ToList();
        Assert.Contains(messages, m => m.StartsWith("composite-bad.libreoffice.xlsx iMeta!D2: direction must be 1 or -1, not 2", System.StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("composite-bad.libreoffice.xlsx iData!B3: 'nhiều' is not a number", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SheetNotThere_IsAProblemNamingTheSheets()
    {
        var error = Assert.ThrowsAny<DiagnosticException>(() => CompositeXlsx.Read(Bad, "Data", CompositeXlsx.MetaSheet));

        Assert.Contains("no sheet 'Data'; sheets: 'iData', 'iMeta'", Assert.Single(error.Diagnostics).Message, System.StringComparison.Ordinal);
    }
}
