using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Rules;

namespace ParIndex.Excel;

/// <summary>
/// The one reader of worksheets in the package: opens a workbook, picks a sheet, finds its header row and gives each
/// later row's cells as text the way the cell shows it, with its place as sheet!cell.
/// </summary>
/// <remarks>
/// Rows are streamed (Open XML SDK's SAX reader, one row in memory at a time); only the workbook's shared strings and
/// cell formats are held. A cell becomes text as a person reads it: numbers in invariant form ("86.19"), a
/// percent-formatted number as a percentage (0.9 shown as 90% gives "90%"), a date-formatted number as an ISO date
/// (serial 45292 gives "2024-01-01"; 43830 in a workbook of the 1904 date system), a boolean as yes/no. Empty rows are skipped. A merged cell shows its value in its
/// first column on every row it spans: a unit's name merged down over its rows is read on each of them, and a header
/// cell merged over two header rows names its column in the lower one (where the sub-headers are).
/// </remarks>
internal sealed class XlsxSheet : ITextTable, IDisposable
{
    private readonly SpreadsheetDocument _document;
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly Stream _sheetXml;
    private readonly XmlReader _rows;
    private readonly string[] _sharedStrings;
    private readonly NumberShape[] _shapes;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly Action<Diagnostic> _report;
    private readonly Dictionary<int, RawCell> _cells = [];
    private readonly Merge[] _merges;
    private readonly List<int> _activeMerges = [];
    private readonly HashSet<int> _mergedInto = [];
    private readonly HashSet<int> _errorsReported = [];
    private string[] _rowColumns = []; // the columns named to Require, whose error cells skip a row
    private readonly bool _date1904; // the workbook counts its date serials from 1904-01-01 (Excel's "1904 date system")
    private int _nextMerge;
    private Stream? _owned;
    private bool _damaged;

    /// <summary>A cell as stored: its type (<c>t</c>: s, inlineStr, b, e, str, d, or none for a number), style index,
    /// value (<c>v</c>) and inline text.</summary>
    // Formula: the text of the cell's formula, when it has one ("" for a shared formula written once elsewhere).
    private readonly record struct RawCell(string? Type, uint? Style, string? Value, string? Inline, string? Formula = null);

    /// <summary>A merged range (0-based columns, 1-based rows) and the cell its first row holds.</summary>
    private sealed record Merge(int FirstRow, int LastRow, int FirstColumn)
    {
        public RawCell? Value { get; set; }
    }

    private enum NumberShape
    {
        Plain,
        Percent,
        Date,
    }

    private XlsxSheet(SpreadsheetDocument document, WorksheetPart sheet, string name, string? source, Action<Diagnostic> report)
    {
        _document = document;
        _report = report;
        Name = name;
        Source = source;
        var workbook = document.WorkbookPart!;
        _sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToArray() ?? [];
        _shapes = Shapes(workbook.WorkbookStylesPart?.Stylesheet);
        _date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value == true;
        try
        {
            _merges = Merges(sheet);
        }
        catch (Exception e) when (Damaged(e))
        {
            _merges = []; // the damage is met again, and reported at its row, when the rows are read
        }
        _sheetXml = sheet.GetStream(FileMode.Open, FileAccess.Read);
        _rows = XmlReader.Create(_sheetXml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false });
        if (Read())
        {
            TakeHeader();
        }
    }

    /// <summary>Gets the sheet's name.</summary>
    public string Name { get; }

    /// <summary>Gets the file's name for diagnostics.</summary>
    public string? Source { get; }

    /// <summary>Gets the header's names, trimmed, in NFC; empty for an empty column.</summary>
    public IReadOnlyList<string> Headers { get; private set; } = [];

    /// <summary>Gets the 1-based number of the header row.</summary>
    public int HeaderRow { get; private set; }

    /// <summary>Gets the 1-based number of the current row.</summary>
    public int Row { get; private set; }

    /// <summary>Gets <see langword="false"/>: a workbook has no encoding to get wrong.</summary>
    public bool Refused => false;

    /// <summary>Gets whether any row with a value was met under the header.</summary>
    public bool AnyRow { get; private set; }

    /// <summary>Gets the current row's number.</summary>
    public int Line => Row;

    /// <summary>Gets the current row as a message names it: "row 4".</summary>
    public string RowLabel => "row " + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the current row as a default source: "results.xlsx 'Sheet1'!4:4".</summary>
    public string RowSource => (Source ?? "workbook") + " " + QuotedName(Name) + "!" + Row.ToString(CultureInfo.InvariantCulture) + ":" + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the place just under the header row.</summary>
    public InputPlace AfterHeader => Place(0, HeaderRow + 1);

    /// <summary>Gets the place of a header cell.</summary>
    public InputPlace HeaderPlace(int column) => Place(column, HeaderRow);

    /// <summary>Lists a problem.</summary>
    public void Report(Diagnostic problem) => _report(problem);

    /// <summary>Reports a sheet whose header has no rows under it.</summary>
    public void ReportIfNoRows(string what)
    {
        if (!AnyRow)
        {
            _report(AfterHeader.Problem(DiagnosticKind.Empty, null, $"sheet '{Name}' has no rows of {what} under its header"));
        }
    }

    /// <summary>Gets how a cell writes decimals: a number the workbook stores is read with a point; text typed into a
    /// cell is read as a decimal-comma locale writes it ("86,19 %"; "87.5" still reads, "1.234" reads two ways and is
    /// an error).</summary>
    public DecimalMark Mark(int column) =>
        _cells.TryGetValue(column, out var cell) && cell.Type is "s" or "inlineStr" or "str" ? DecimalMark.Comma : DecimalMark.Point;

    /// <summary>Gets the cell's value when it shows one digit, else -1.</summary>
    public int Digit(int column) => Field(column) is [var c and >= '0' and <= '9'] ? c - '0' : -1;

    /// <summary>Opens a sheet of a workbook: the named one, or the first. A stream that is not a workbook, or a sheet
    /// not there, is reported and <see langword="null"/> returned; a stream that cannot be read is the caller's mistake
    /// (<see cref="Seekable"/>), named as the public reader's caller wrote it (<c>xlsx</c>).</summary>
    public static XlsxSheet? Open(Stream stream, string? sheet, string? source, Action<Diagnostic> report,
        [CallerArgumentExpression(nameof(stream))] string paramName = "")
    {
        var seekable = Seekable(stream, paramName);
        var opened = OpenSeekable(seekable, sheet, source, report);
        if (seekable != stream)
        {
            if (opened is null)
            {
                seekable.Dispose();
            }
            else
            {
                opened._owned = seekable; // the copy is the sheet's to close; the caller's stream stays open
            }
        }
        return opened;
    }

    /// <summary>The workbook's bytes in a stream the package can seek in: the stream itself, or a copy in memory of one
    /// that cannot seek (a network or pipe stream; the package would copy it too, and a file that is no workbook could
    /// not be told by its first bytes). A stream that cannot be read (closed) is an <see cref="ArgumentException"/>: it
    /// was reported as a damaged workbook, "a zip package, but not an Excel workbook".</summary>
    public static Stream Seekable(Stream stream, string paramName)
    {
        Arguments.CheckReadable(stream, paramName);
        if (stream.CanSeek)
        {
            return stream;
        }
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static XlsxSheet? OpenSeekable(Stream stream, string? sheet, string? source, Action<Diagnostic> report)
    {
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
            if (document.WorkbookPart is null)
            {
                document.Dispose();
                report(new InputPlace(source).Problem(DiagnosticKind.NotAWorkbook, null, NotOpened + "it is a zip package without a workbook in it"));
                return null;
            }
            var sheets = document.WorkbookPart.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var chosen = sheet is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Normalize(), sheet.Trim().Normalize(), StringComparison.OrdinalIgnoreCase));
            if (chosen?.Id?.Value is not { } id || !document.WorkbookPart.TryGetPartById(id, out var found) || found is not WorksheetPart part)
            {
                document.Dispose(); // before reporting, which may throw
                report(new InputPlace(source).Problem(DiagnosticKind.NotAWorkbook, null, chosen is not null
                    ? $"sheet '{chosen.Name}' has no worksheet in the file (its relationship '{chosen.Id}' leads to none)"
                    : (sheet is null ? "the workbook has no worksheet" : $"the workbook has no sheet '{sheet}'") + $"; sheets: {string.Join(", ", sheets.Select(s => "'" + s.Name + "'"))}"));
                return null;
            }
            return new XlsxSheet(document, part, chosen.Name?.Value ?? "Sheet1", source, report);
        }
        catch (Exception e) when (Damaged(e))
        {
            document?.Dispose();
            report(new InputPlace(source).Problem(DiagnosticKind.NotAWorkbook, null, NotOpened + (Looks(stream) ?? Said(e))));
            return null;
        }
    }

    // The package reads a part when it is first touched and the sheet is streamed, so a damaged part (an entry that does
    // not inflate, XML that is not well-formed, a cell beyond column XFD) surfaces wherever it is first read, not on opening.
    // A relationship to a part the package lacks is an InvalidOperationException of System.IO.Packaging (Package.GetPart).
    private static bool Damaged(Exception e) => e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or XmlException
        or InvalidOperationException { Source: "System.IO.Packaging" };

    private const string NotOpened = "the file is not an Excel workbook (.xlsx) that can be opened: ";

    /// <summary>The damage in our words: the packaging library's own are another project's wording (and may be
    /// localized), so only its kind of failure is said, with the place an XML error gives.</summary>
    private static string Said(Exception e) => e switch
    {
        Damage => e.Message,
        XmlException x => x.LineNumber > 0
            ? Invariant($"the XML of one of its parts is not well-formed (line {x.LineNumber}, position {x.LinePosition})")
            : "the XML of one of its parts is not well-formed",
        InvalidOperationException => "a relationship names a part that the package does not have",
        OpenXmlPackageException => "it is a zip package, but not an Excel workbook",
        _ => "its zip structure is damaged: an entry cannot be found or decompressed",
    };

    /// <summary>What a file that did not open looks like instead, told from its first bytes where that is cheap: an
    /// Excel 97–2003 workbook, text (a CSV file), or nothing of a zip package; null when it begins as a zip package does
    /// (then the damage is said) or cannot be read again.</summary>
    private static string? Looks(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return null;
        }
        Span<byte> head = stackalloc byte[512];
        stream.Position = 0;
        head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        if (head.StartsWith("PK"u8))
        {
            return null;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return "it is an .xls workbook of Excel 97–2003; open it in Excel or LibreOffice and save it as .xlsx";
        }
        if (head.Length == 0)
        {
            return "the file is empty";
        }
        return head.IndexOfAnyInRange((byte)0, (byte)8) < 0 && System.Text.Unicode.Utf8.IsValid(head[..Math.Max(0, head.Length - 3)])
            ? "it is text (a CSV file?), not a zip package; give it a name ending .csv"
            : "it is not a zip package, as every .xlsx workbook is";
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>Damage this reader finds itself, said in its own words (a cell beyond XFD, a number format id that is not
    /// a number).</summary>
    private sealed class Damage(string message) : IOException(message);

    /// <summary>Opens a workbook file by its path; its name (without the directory) is the source of diagnostics.</summary>
    public static XlsxSheet? Open(string path, string? sheet, Action<Diagnostic> report)
    {
        Arguments.CheckNotNull(path);
        var stream = InputFiles.OpenRead(path);
        var opened = OpenSeekable(stream, sheet, Path.GetFileName(path), report);
        if (opened is null)
        {
            stream.Dispose();
            return null;
        }
        opened._owned = stream; // the document leaves the stream open
        return opened;
    }

    /// <summary>Checks the header: every required column must be there; missing ones are reported.</summary>
    public bool Require(IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        var expected = string.Join(", ", required) + (optional.Count > 0 ? " [, " + string.Join(", ", optional) + "]" : string.Empty);
        if (Headers.Count == 0)
        {
            if (_damaged)
            {
                return false; // said already
            }
            _report(Place(0, 1).Problem(DiagnosticKind.MalformedRow, null, $"sheet '{Name}' is empty; expected a header row {expected}"));
            return false;
        }
        // Rows above the table (a title, the unit's name) are passed over: the header is the first of the first
        // rows that has every required column.
        var first = (Headers, HeaderRow);
        while (required.Any(c => Column(c) < 0) && Row < first.HeaderRow + TitleRows && Read())
        {
            TakeHeader();
        }
        if (required.Any(c => Column(c) < 0))
        {
            (Headers, HeaderRow) = first;
            TakeColumns();
        }
        var twice = Headers.Select((h, i) => (Name: h.ToLowerInvariant(), Column: i)).Where(h => h.Name.Length > 0).GroupBy(h => h.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            _report(Place(twice.Last().Column, HeaderRow).Problem(DiagnosticKind.MalformedRow, null,
                $"column '{twice.Key}' appears twice ({string.Join(" and ", twice.Select(t => Reference(t.Column, HeaderRow)))})"));
            return false;
        }
        var missing = required.Where(c => Column(c) < 0).ToArray();
        if (missing.Length > 0)
        {
            _report(Place(0, HeaderRow).Problem(DiagnosticKind.MalformedRow, null,
                $"the header row {HeaderRow.ToString(CultureInfo.InvariantCulture)} has no column{(missing.Length > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => "'" + m + "'"))}; expected {expected}"));
            return false;
        }
        _rowColumns = [.. required, .. optional];
        return true;
    }

    /// <summary>How many rows under the first one the header may be looked for.</summary>
    private const int TitleRows = 10;

    private void TakeHeader()
    {
        Headers = [.. Enumerable.Range(0, _cells.Keys.Max() + 1).Select(c => Text(c).Trim().Normalize())];
        HeaderRow = Row;
        AnyRow = false;
        TakeColumns();
    }

    private void TakeColumns()
    {
        _columns.Clear();
        for (var i = 0; i < Headers.Count; i++)
        {
            if (Headers[i].Length > 0)
            {
                _columns.TryAdd(Headers[i].ToLowerInvariant(), i);
            }
        }
    }

    /// <summary>Gets a column's 0-based index by name (case-insensitive), or -1.</summary>
    public int Column(string name) => _columns.TryGetValue(name.ToLowerInvariant(), out var index) ? index : -1;

    /// <summary>Moves to the next row with a cell that is not empty, and no error in a column named to
    /// <see cref="Require"/>.</summary>
    public bool Read()
    {
        try
        {
            while (!_damaged && NextRow())
            {
                // A row that only a merged range reaches into shows nothing of its own: it is empty.
                if (_cells.Count > 0 && _cells.Keys.Any(c => !_mergedInto.Contains(c) && Text(c).Trim().Length > 0))
                {
                    AnyRow |= HeaderRow > 0 && Row > HeaderRow;
                    if (!HasCellError())
                    {
                        return true;
                    }
                }
            }
        }
        catch (Exception e) when (Damaged(e))
        {
            // The rows before the damage were read and stay read; nothing after it can be trusted.
            _damaged = true;
            _report(new InputPlace(Source, Path: QuotedName(Name)).Problem(DiagnosticKind.NotAWorkbook, null,
                $"sheet '{Name}' is damaged after row {Row.ToString(CultureInfo.InvariantCulture)}, and the rows from there on cannot be read: {Said(e)}"));
        }
        return false;
    }

    /// <summary>Gets a cell of the current row as text, trimmed; empty when the cell is absent. A cell holding an error
    /// (#N/A, #VALUE!), or a formula without its computed value, is reported as <see cref="DiagnosticKind.CellError"/> at
    /// its cell, once however often it is read, and read as empty: a reader drops the value (or the row) it belongs to.</summary>
    public string Field(int column)
    {
        if (column < 0 || !_cells.TryGetValue(column, out var cell))
        {
            return string.Empty;
        }
        // A formula without its computed value (a workbook written by a program that does not compute formulas) is a cell
        // the table cannot give either: read as empty, it was "'' is not a percentage", a text the sheet does not show.
        if (cell.Type == "e" || cell is { Formula: not null, Value: null, Inline: null })
        {
            if (_errorsReported.Add(column))
            {
                _report(Place(column).Problem(DiagnosticKind.CellError, null, cell.Type == "e" ? $"the cell holds the error {cell.Value}, not a value"
                    : $"the cell holds {(cell.Formula!.Length > 0 ? "the formula =" + cell.Formula : "a formula")} but not its value: open the workbook in Excel or LibreOffice and save it, so that the value is stored"));
            }
            return string.Empty;
        }
        if (!_date1904 && DateSerial(cell) == LeapBugDay)
        {
            // Read as the day before or after, a date the cell does not show would be taken; refused as an error cell is.
            if (_errorsReported.Add(column))
            {
                _report(Place(column).Problem(DiagnosticKind.ValueOutOfRange, null,
                    "the cell holds the date 1900-02-29 (serial 60), a day Excel counts that never was: 1900 was no leap year; type the date meant"));
            }
            return string.Empty;
        }
        return Text(column).Trim();
    }

    /// <summary>Gets a cell of the current row by its column's name.</summary>
    public string Field(string column) => Field(Column(column));

    /// <summary>Reads the current row's cells of the columns named to <see cref="Require"/>, so that each one holding an
    /// error is reported at its cell, and says whether one did. Such a row is skipped, and nothing more is said of it:
    /// read as empty, an error cell's text is not the file's, and "'' is not a percentage" or "the row has no unit" would
    /// name what the file does not hold.</summary>
    private bool HasCellError()
    {
        foreach (var column in _rowColumns)
        {
            _ = Field(column);
        }
        return _errorsReported.Count > 0;
    }

    /// <summary>Gets the place of a cell of the current row: the sheet!cell, with its row and column.</summary>
    public InputPlace Place(int column) => Place(column, Row);

    /// <summary>Gets the place of a cell of the current row by its column's name.</summary>
    public InputPlace Place(string column) => Place(Column(column));

    public void Dispose()
    {
        _rows.Dispose();
        _sheetXml.Dispose();
        _document.Dispose();
        _owned?.Dispose();
    }

    /// <summary>"C4" for column 2 of row 4.</summary>
    internal static string Reference(int column, int row)
    {
        var letters = new StringBuilder();
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((c - 1) % 26)));
        }
        return letters.Append(row.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>Gets the place of any cell of the sheet.</summary>
    public InputPlace Place(int column, int row) =>
        new(Source, Path: QuotedName(Name) + "!" + Reference(Math.Max(column, 0), row));

    private static string QuotedName(string name) => name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name : "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    // The sheet's XML is read with System.Xml's reader, element by element: the Open XML SDK's own reader makes an
    // object for every element, several kilobytes a row.
    private bool NextRow()
    {
        while (_rows.Read())
        {
            if (_rows.NodeType != XmlNodeType.Element || _rows.LocalName != "row" || _rows.NamespaceURI != Main)
            {
                continue;
            }
            Row = int.TryParse(_rows.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : Row + 1;
            _cells.Clear();
            _errorsReported.Clear();
            if (_rows.IsEmptyElement)
            {
                ApplyMerges();
                return true;
            }
            var next = 0;
            var depth = _rows.Depth;
            while (_rows.Read() && _rows.Depth > depth)
            {
                if (_rows.NodeType == XmlNodeType.Element && _rows.LocalName == "c" && _rows.NamespaceURI == Main)
                {
                    var column = _rows.GetAttribute("r") is { } reference ? ColumnOf(reference) : next;
                    if (column >= MaxColumns)
                    {
                        // A header would then hold one text per column up to it: a few bytes could ask for gigabytes.
                        throw new Damage($"the cell reference '{_rows.GetAttribute("r")}' is beyond the last column of a worksheet, XFD");
                    }
                    next = column + 1;
                    _cells[column] = Cell();
                }
            }
            ApplyMerges();
            return true;
        }
        return false;
    }

    /// <summary>Reads the cell element the reader is on, to its end.</summary>
    private RawCell Cell()
    {
        var type = _rows.GetAttribute("t");
        uint? style = uint.TryParse(_rows.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
        if (_rows.IsEmptyElement)
        {
            return new RawCell(type, style, null, null);
        }
        string? value = null, formula = null;
        StringBuilder? inline = null;
        var depth = _rows.Depth;
        while (_rows.Read() && _rows.Depth > depth)
        {
            if (_rows.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (_rows.LocalName)
            {
                case "v":
                    value = _rows.ReadElementContentAsString();
                    break;
                case "f":
                    formula = _rows.ReadElementContentAsString();
                    break;
                case "t":
                    (inline ??= new StringBuilder()).Append(_rows.ReadElementContentAsString()); // the runs of an inline string
                    break;
                case "rPh":
                    _rows.Skip(); // a reading guide, not the cell's text
                    break;
            }
            if (_rows.Depth <= depth)
            {
                break; // ReadElementContentAsString and Skip move past the element: perhaps to the cell's end
            }
        }
        return new RawCell(type, style, value, inline?.ToString(), formula);
    }

    /// <summary>Reads the sheet's merged ranges, which its XML lists after the rows: one pass that only skips over them.</summary>
    private static Merge[] Merges(WorksheetPart sheet)
    {
        using var stream = sheet.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
        var merges = new List<Merge>();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main)
            {
                continue;
            }
            if (xml.LocalName == "sheetData")
            {
                xml.Skip();
                continue;
            }
            if (xml.LocalName == "mergeCell" && xml.GetAttribute("ref") is { } range && range.Split(':') is [var from, var to])
            {
                merges.Add(new Merge(RowOf(from), RowOf(to), ColumnOf(from)));
            }
        }
        return [.. merges.Where(m => m.FirstRow > 0 && m.LastRow >= m.FirstRow).OrderBy(m => m.FirstRow)];
    }

    private static int RowOf(string reference) =>
        int.TryParse(reference.AsSpan(reference.TakeWhile(char.IsAsciiLetter).Count()), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;

    /// <summary>Gives the current row the value of every merged range that spans it, in the range's first column.</summary>
    private void ApplyMerges()
    {
        while (_nextMerge < _merges.Length && _merges[_nextMerge].FirstRow <= Row)
        {
            _activeMerges.Add(_nextMerge++);
        }
        _activeMerges.RemoveAll(i => _merges[i].LastRow < Row);
        _mergedInto.Clear();
        foreach (var i in _activeMerges)
        {
            var merge = _merges[i];
            if (merge.FirstRow == Row)
            {
                merge.Value = _cells.TryGetValue(merge.FirstColumn, out var first) ? first : null;
            }
            else if (merge.Value is { } value && (!_cells.TryGetValue(merge.FirstColumn, out var own) || own is { Value: null, Inline: null }))
            {
                _cells[merge.FirstColumn] = value;
                _mergedInto.Add(merge.FirstColumn);
            }
        }
    }

    // Excel's limit (Microsoft, "Excel specifications and limits"): 16,384 columns, A to XFD.
    private const int MaxColumns = 16_384;

    /// <summary>The 0-based column of a reference ("C4" → 2); <see cref="MaxColumns"/> for any beyond XFD.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (column > MaxColumns)
            {
                return MaxColumns;
            }
        }
        return column - 1;
    }

    private string Text(int column)
    {
        if (!_cells.TryGetValue(column, out var cell))
        {
            return string.Empty;
        }
        var raw = cell.Value;
        switch (cell.Type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings.Length ? _sharedStrings[i] : string.Empty;
            case "inlineStr":
                return cell.Inline ?? raw ?? string.Empty;
            case "b":
                return raw == "1" ? "yes" : "no";
            case "d":
                return raw is { Length: >= 10 } iso ? iso[..10] : raw ?? string.Empty;
            case "str" or "e":
                return raw ?? string.Empty;
        }
        if (raw is null)
        {
            return string.Empty;
        }
        var shape = cell.Style is { } style && style < _shapes.Length ? _shapes[style] : NumberShape.Plain;
        if (DateSerial(cell) is { } serial)
        {
            // Excel counts 29 February 1900, which never was (Lotus 1-2-3's leap-year bug, kept): serial 1 is 1900-01-01
            // and 59 is 1900-02-28, a day later than the OLE Automation dates .NET reads, which agree from 61, 1900-03-01.
            // Serial 60 (the day that never was) is refused by Field at its cell. The 1904 system has no such day: its
            // serial 0 is 1904-01-01, the OLE Automation date 1462.
            return DateTime.FromOADate(_date1904 ? serial + Days1904 : serial < LeapBugDay ? serial + 1 : serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw; // a number too large for decimal: quoted as stored, refused by the value's reader
        }
        // Excel stores 95% as 0.95; as the cell shows it, it is 95%.
        return shape == NumberShape.Percent ? (number * 100m).ToString(CultureInfo.InvariantCulture) + "%" : number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Excel's serial of 29 February 1900, a day its calendar has and the Gregorian one does not.</summary>
    private const int LeapBugDay = 60;

    /// <summary>The days from the 1900 system's day 0 (as OLE Automation counts it, 1899-12-30) to the 1904 system's, 1904-01-01.</summary>
    private const int Days1904 = 1462;

    /// <summary>The whole day of a date-formatted number cell (its time of day dropped), or <see langword="null"/> when the
    /// cell is no date or its number no day Excel shows (below 1, or below 0 in the 1904 system; past 9999-12-31).</summary>
    private double? DateSerial(RawCell cell) =>
        cell.Type is null or "n" && cell.Value is { } raw && cell.Style is { } style && style < _shapes.Length && _shapes[style] == NumberShape.Date
        && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
        && (_date1904 ? serial is >= 0 and < 2958466 - Days1904 : serial is >= 1 and < 2958466)
            ? Math.Floor(serial) : null;

    /// <summary>The text of a shared or inline string: its runs, without phonetic guides.</summary>
    private static string TextOf(OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

    private static NumberShape[] Shapes(Stylesheet? styles)
    {
        var custom = new Dictionary<uint, string>();
        foreach (var format in styles?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.InnerText is { } id)
            {
                custom.TryAdd(FormatId(id), format.FormatCode?.Value ?? string.Empty); // a repeated id: the first one, as read
            }
        }
        return styles?.CellFormats?.Elements<CellFormat>().Select(f => f.NumberFormatId?.InnerText is { } text && FormatId(text) is var id ? ShapeOf(id, custom.GetValueOrDefault(id)) : NumberShape.Plain).ToArray() ?? [];
    }

    // The styles part's number format ids as written: one that is not a whole number (the SDK's UInt32Value would throw a
    // FormatException) is a damaged workbook, reported as such.
    private static uint FormatId(string text) =>
        uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new Damage("the styles part has a number format id '" + text + "' that is not a whole number");

    private static NumberShape ShapeOf(uint id, string? code)
    {
        // Built-in formats (ECMA-376 Part 1, 18.8.30): 9 and 10 are percentages; 14–22 and 45–47 dates and times.
        if (code is null)
        {
            return id switch
            {
                9 or 10 => NumberShape.Percent,
                >= 14 and <= 22 or >= 45 and <= 47 => NumberShape.Date,
                _ => NumberShape.Plain,
            };
        }
        // A custom format: what is outside quotes, brackets ([$-42A], [Red]) and escapes decides.
        var plain = new StringBuilder();
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                i = code.IndexOf('"', i + 1) is var end and >= 0 ? end : code.Length;
            }
            else if (c == '[')
            {
                i = code.IndexOf(']', i + 1) is var end and >= 0 ? end : code.Length;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }
        var text = plain.ToString();
        return text.Contains('%', StringComparison.Ordinal) ? NumberShape.Percent
            : text.IndexOfAny(['y', 'd']) >= 0 || (text.Contains('m', StringComparison.Ordinal) && !text.Contains('0', StringComparison.Ordinal) && !text.Contains('#', StringComparison.Ordinal)) ? NumberShape.Date
            : NumberShape.Plain;
    }
}
