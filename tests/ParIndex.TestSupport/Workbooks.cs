using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.TestSupport;

/// <summary>Workbooks made in the tests with the Open XML SDK itself, not with the package under test: cells of the
/// kinds Excel writes (shared strings, percent and date formats, booleans, errors), and a way to look into or fill in a
/// workbook the package wrote.</summary>
public static class Workbooks
{
    /// <summary>A cell to write: its value and how Excel would store it.</summary>
    public sealed record CellSpec(string Value, string Type = "s", uint Style = 0);

    // Styles: 0 general, 1 built-in 9 (0%), 2 built-in 14 (a short date).
    public static MemoryStream Make(string sheet, params IReadOnlyList<CellSpec?>[] rows) => Make([(sheet, rows)]);

    /// <summary>A workbook of several sheets, in order.</summary>
    public static MemoryStream Make(IReadOnlyList<(string Name, IReadOnlyList<CellSpec?>[] Rows)> sheets)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(), new Fill()), new Borders(new Border()), new CellStyleFormats(new CellFormat()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var shared = 0;
            var list = workbook.Workbook.AppendChild(new Sheets());
            foreach (var (sheet, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Count; c++)
                    {
                        if (rows[r][c] is not { } spec)
                        {
                            continue; // an absent cell, as Excel leaves empty ones out
                        }
                        var cell = new Cell { CellReference = (char)('A' + c) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StyleIndex = spec.Style };
                        switch (spec.Type)
                        {
                            case "s":
                                strings.SharedStringTable.Append(new SharedStringItem(new Text(spec.Value)));
                                cell.DataType = CellValues.SharedString;
                                cell.CellValue = new CellValue((shared++).ToString(System.Globalization.CultureInfo.InvariantCulture)); // counted: ChildElements.Count walks the list
                                break;
                            case "b":
                                cell.DataType = CellValues.Boolean;
                                cell.CellValue = new CellValue(spec.Value);
                                break;
                            case "e":
                                cell.DataType = CellValues.Error;
                                cell.CellValue = new CellValue(spec.Value);
                                break;
                            default:
                                cell.CellValue = new CellValue(spec.Value);
                                break;
                        }
                        row.Append(cell);
                    }
                    data.Append(row);
                }
                part.Worksheet = new Worksheet(data);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)list.ChildElements.Count + 1, Name = sheet });
            }
        }
        stream.Position = 0;
        return stream;
    }

    /// <summary>Text in a shared string.</summary>
    public static CellSpec S(string text) => new(text);

    /// <summary>A number, with a style (0 general, 1 percent, 2 date).</summary>
    public static CellSpec N(string number, uint style = 0) => new(number, "n", style);

    /// <summary>Fills in cells of a workbook's first sheet as a person would type them (text, or a number), in place.</summary>
    public static void Fill(Stream workbook, IReadOnlyDictionary<string, object> cells)
    {
        using var document = SpreadsheetDocument.Open(workbook, true);
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        foreach (var cell in part.Worksheet.Descendants<Cell>())
        {
            switch (cells.GetValueOrDefault(cell.CellReference!.Value!))
            {
                case string text:
                    cell.RemoveAllChildren();
                    cell.Append(new InlineString(new Text(text)));
                    cell.DataType = CellValues.InlineString;
                    break;
                case decimal number:
                    cell.RemoveAllChildren();
                    cell.CellValue = new CellValue(number);
                    cell.DataType = CellValues.Number;
                    break;
            }
        }
    }

    /// <summary>Opens a workbook to look into it; the caller disposes it.</summary>
    public static SpreadsheetDocument Open(Stream workbook) => SpreadsheetDocument.Open(workbook, false);

    /// <summary>The cells of a workbook's first sheet by reference.</summary>
    public static Dictionary<string, Cell> Cells(SpreadsheetDocument document, int sheet = 0)
    {
        var id = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ElementAt(sheet).Id!;
        return ((WorksheetPart)document.WorkbookPart.GetPartById(id!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
    }

    /// <summary>The worksheet of a workbook's first sheet.</summary>
    public static Worksheet Sheet(SpreadsheetDocument document) =>
        ((WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
}
