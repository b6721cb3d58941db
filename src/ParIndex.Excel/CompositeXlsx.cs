using ParIndex.Composites;
using ParIndex.Rules;

namespace ParIndex.Excel;

/// <summary>
/// Reads a composite indicator's two tables from the sheets of an Excel workbook, as COINr's example workbooks hold
/// them: the unit data (<c>iData</c>: <c>uCode</c>, optional <c>uName</c> and <c>Time</c>, then group, denominator and
/// indicator columns) and the indicator metadata (<c>iMeta</c>: <c>iCode, Level, Parent, Direction, Weight, Type</c>,
/// optionally <c>iName, Unit, Target, Denominator</c>).
/// </summary>
/// <remarks>
/// <para>Each sheet's header is its first row that is not empty; empty rows are skipped. Cells are read as they show,
/// as every reader of this package reads them (see <see cref="IndicatorsXlsx"/>): a number as the number stored, an
/// empty cell or <c>NA</c> as a missing value, text typed into a cell in the decimal-comma form of a Vietnamese
/// spreadsheet ("86,19"), and a percent-formatted number as the percentage it shows: 0.8619 shown as 86.19% gives
/// 86.19, not the fraction stored, as every reader of this package reads a percent cell — a person reads, types and
/// publishes the percentage, and a <c>Target</c> or a published table beside it is written that way. (Normalisation
/// rescales an indicator either way.) Text typed with a percent sign ("15%") is refused, as in CSV: whether it means
/// 15 or 0.15 depends on the indicator, and only the cell's format says which.
/// The rows then go through the same reading and validation as <see cref="CompositeModel.ReadCsv"/>
/// (<see cref="CompositeModel.ReadRows"/>), so the problems are the same, each message beginning with its cell:
/// "asem.xlsx 'iMeta'!D5: direction must be 1 or -1, not 2". Thread-safe.</para>
/// </remarks>
public static class CompositeXlsx
{
    /// <summary>Gets the default name of the unit data's sheet, as COINr names the table ("iData").</summary>
    public const string DataSheet = "iData";

    /// <summary>Gets the default name of the metadata's sheet ("iMeta").</summary>
    public const string MetaSheet = "iMeta";

    /// <summary>Reads and validates a model from a workbook file.</summary>
    /// <param name="path">The .xlsx file; its name begins every message.</param>
    /// <param name="dataSheet">The unit data's sheet (case-insensitive), e.g. <see cref="DataSheet"/>.</param>
    /// <param name="metaSheet">The metadata's sheet (case-insensitive), e.g. <see cref="MetaSheet"/>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="DiagnosticException">The file is not a workbook, a sheet is not there, or every problem of
    /// the two tables, each naming its cell.</exception>
    public static CompositeModel Read(string path, string dataSheet, string metaSheet)
    {
        Arguments.CheckNotNull(path);
        using var stream = InputFiles.OpenRead(path);
        return Read(stream, dataSheet, metaSheet, Path.GetFileName(path));
    }

    /// <summary>Reads and validates a model from a workbook stream.</summary>
    /// <param name="xlsx">The workbook's bytes (a stream that cannot seek is copied into memory first); not closed.</param>
    /// <param name="dataSheet">The unit data's sheet (case-insensitive), e.g. <see cref="DataSheet"/>.</param>
    /// <param name="metaSheet">The metadata's sheet (case-insensitive), e.g. <see cref="MetaSheet"/>.</param>
    /// <param name="file">The name of the stream for messages, or <see langword="null"/>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/> or a sheet's name is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="xlsx"/> cannot be read (it is closed).</exception>
    /// <exception cref="DiagnosticException">The stream is not a workbook, a sheet is not there, or every problem
    /// of the two tables, each naming its cell.</exception>
    public static CompositeModel Read(Stream xlsx, string dataSheet, string metaSheet, string? file)
    {
        Arguments.CheckNotNull(xlsx);
        Arguments.CheckNotNull(dataSheet);
        Arguments.CheckNotNull(metaSheet);
        // Each sheet is read from the start of the workbook: a stream that cannot seek is copied once, here.
        var seekable = XlsxSheet.Seekable(xlsx, nameof(xlsx));
        try
        {
            var problems = new List<Diagnostic>();
            var data = Table(seekable, dataSheet, file, problems);
            // A file that is no workbook says so once, not once for each sheet looked for (the problem then throws below).
            var meta = problems.Exists(p => p.Kind == DiagnosticKind.NotAWorkbook) ? default : Table(seekable, metaSheet, file, problems);
            return problems.Count == 0 ? CompositeModel.ReadRows(data.Rows, meta.Rows, data.Place, meta.Place, data.Mark, meta.Mark)
                : throw new DiagnosticException("The composite indicator's workbook cannot be read", problems);
        }
        finally
        {
            if (seekable != xlsx)
            {
                seekable.Dispose();
            }
        }
    }

    /// <summary>A cell as the core reads it: a percent-formatted number, which the sheet gives as it shows ("86.19%"),
    /// as the percentage without its sign.</summary>
    private static string Shown(XlsxSheet sheet, int column)
    {
        var text = sheet.Field(column);
        return sheet.Mark(column) == DecimalMark.Point && text.EndsWith('%') ? text[..^1] : text;
    }

    /// <summary>A sheet's rows as text, header first, each as wide as the header, how to name a place of them and how
    /// each cell writes decimals (a number stored with a point, text typed with a comma).</summary>
    private static (List<IReadOnlyList<string>> Rows, Func<int, string?, string> Place, Func<int, string, DecimalMark> Mark) Table(
        Stream xlsx, string name, string? source, List<Diagnostic> problems)
    {
        xlsx.Position = 0;
        using var sheet = XlsxSheet.Open(xlsx, name, source, problems.Add);
        if (sheet is null)
        {
            return ([], (_, _) => string.Empty, (_, _) => DecimalMark.Point);
        }
        var width = sheet.Headers.Count - sheet.Headers.Reverse().TakeWhile(h => h.Length == 0).Count(); // empty cells after the last column
        var rows = new List<IReadOnlyList<string>> { sheet.Headers.Take(width).ToArray() };
        var numbers = new List<int> { sheet.HeaderRow };
        var marks = new List<DecimalMark[]> { Array.Empty<DecimalMark>() };
        while (sheet.Read())
        {
            rows.Add(Enumerable.Range(0, width).Select(c => Shown(sheet, c)).ToArray());
            marks.Add([.. Enumerable.Range(0, width).Select(sheet.Mark)]);
            numbers.Add(sheet.Row);
        }
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < width; c++)
        {
            columns.TryAdd(rows[0][c], c);
        }
        // The reader counts the rows it was given from 1; the sheet's own row numbers skip empty rows and title rows.
        var places = Enumerable.Range(0, width).Select(c => numbers.Select(r => sheet.Place(c, r).ToString()).ToArray()).ToArray();
        // One more, the row under the last: where a sheet with a header and no rows is said to have none.
        var rowPlaces = numbers.Append(numbers[^1] + 1).Select(r => sheet.Place(0, r).ToString()).ToArray();
        return (
            rows,
            (line, column) => column is not null && columns.TryGetValue(column, out var c) ? places[c][line - 1] : rowPlaces[line - 1],
            (line, column) => columns.TryGetValue(column, out var c) && c < marks[line - 1].Length ? marks[line - 1][c] : DecimalMark.Point);
    }
}
