using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Excel;

/// <summary>
/// The one writer of workbooks in the package: one sheet a table, a bold frozen header, column widths from the
/// contents, numbers as numbers (two decimals for a decimal, whole for an int), formula-like text neutralised by the
/// cell's quote prefix, notes under the table, printed landscape one page wide; optionally drop-down lists and a
/// highlighted input column (the form).
/// </summary>
internal static class WorkbookWriter
{
    // Cell formats (the order of CellFormats in Styles): default, header, two decimals, whole number, quoted text, input,
    // percent.
    private const uint Header = 1, TwoDecimals = 2, Whole = 3, QuotedText = 4, Input = 5, Percent = 6;

    /// <summary>A sheet to write: the table, the column (0-based) a person fills in, if any, and drop-down lists by
    /// row index (0-based, of the table's rows) for that column.</summary>
    internal sealed record SheetSpec(SpreadsheetTable Table, int? InputColumn = null, IReadOnlyDictionary<int, string[]>? Choices = null);

    /// <summary>The time stamped on every entry of the package: the same tables give the same bytes on every run.</summary>
    private static readonly DateTimeOffset s_entryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(Stream output, IEnumerable<SheetSpec> sheets)
    {
        Arguments.CheckNotNull(output);
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            // Relationship ids are named here: the SDK's own are random, so each run wrote different bytes.
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>("rId1");
            styles.Stylesheet = Styles();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var spec in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>(string.Create(CultureInfo.InvariantCulture, $"rId{id + 1}"));
                part.Worksheet = Worksheet(spec);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = spec.Table.Name });
            }
            if (id == 1)
            {
                throw Arguments.Invalid(nameof(sheets), "a workbook needs at least one table");
            }
        }
        // The zip entries carry the time they were written; one fixed time keeps the file the same run to run.
        using (var zip = new System.IO.Compression.ZipArchive(package, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                entry.LastWriteTime = s_entryTime;
            }
        }
        package.Position = 0;
        package.CopyTo(output);
    }

    private static Worksheet Worksheet(SheetSpec spec)
    {
        var table = spec.Table;
        var data = new SheetData();
        data.Append(RowOf(1, table.Columns.Select(c => (object?)c), _ => Header));
        var percent = table.Columns.Select(table.PercentColumns.Contains).ToArray();
        for (var r = 0; r < table.Rows.Length; r++)
        {
            // A percentage is stored as the fraction a spreadsheet computes with (86.19 → 0.8619) and shown as 86.19%.
            data.Append(RowOf((uint)(r + 2), table.Rows[r].Select((cell, c) => percent[c] && cell is decimal d ? (object?)new PercentCell(d / 100m) : cell), c => c == spec.InputColumn ? Input : null));
        }
        var next = (uint)table.Rows.Length + 3;
        foreach (var note in table.Notes)
        {
            data.Append(RowOf(next++, [note], _ => null));
        }

        var widths = new Columns();
        for (var c = 0; c < table.Columns.Length; c++)
        {
            var longest = table.Rows.Select(r => Text(r[c]).Length).Append(table.Columns[c].Length).Max();
            widths.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Clamp(longest + 2, 8, 60), CustomWidth = true });
        }
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            widths,
            data);
        if (spec.InputColumn is { } input && spec.Choices is { Count: > 0 } choices)
        {
            var validations = new DataValidations();
            // One list per set of choices, over every row that offers it.
            foreach (var group in choices.GroupBy(c => string.Join(",", c.Value), StringComparer.Ordinal))
            {
                validations.Append(new DataValidation(new Formula1("\"" + group.Key + "\""))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    SequenceOfReferences = new ListValue<StringValue>(group.Select(c => new StringValue(XlsxSheet.Reference(input, c.Key + 2)))),
                });
            }
            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }
        // Printed (a form is signed on paper) landscape, one page wide, as many pages down as the rows need.
        worksheet.Append(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    private static Row RowOf(uint index, IEnumerable<object?> cells, Func<int, uint?> style)
    {
        var row = new Row { RowIndex = index };
        var c = 0;
        foreach (var value in cells)
        {
            var reference = XlsxSheet.Reference(c, (int)index);
            var chosen = style(c);
            Cell cell = value switch
            {
                decimal d => new Cell { CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number, StyleIndex = chosen ?? TwoDecimals },
                int i => new Cell { CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number, StyleIndex = chosen ?? Whole },
                PercentCell p => new Cell { CellValue = new CellValue(p.Fraction.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number, StyleIndex = chosen ?? Percent },
                string s => new Cell(new InlineString(new Text(s) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    DataType = CellValues.InlineString,
                    StyleIndex = chosen ?? (TablesXlsx.IsFormulaLike(s) ? QuotedText : null),
                },
                _ => new Cell { StyleIndex = chosen },
            };
            cell.CellReference = reference;
            row.Append(cell);
            c++;
        }
        return row;
    }

    private static string Text(object? cell) => cell switch
    {
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => s,
        _ => string.Empty,
    };

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }) { PatternType = PatternValues.Solid }))
        { Count = 4 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true }, // 0.00
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true }, // 0
            new CellFormat { QuotePrefix = true },
            new CellFormat(new Protection { Locked = false }) { FillId = 3, ApplyFill = true, ApplyProtection = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }) // 0.00% (ECMA-376 Part 1, 18.8.30)
        { Count = 7 });

    /// <summary>A percentage's cell: the fraction, shown in the percent format.</summary>
    private readonly record struct PercentCell(decimal Fraction);
}
