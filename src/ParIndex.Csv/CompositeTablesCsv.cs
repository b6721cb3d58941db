using ParIndex.Composites;
using ParIndex.Rules;

namespace ParIndex.Csv;

/// <summary>
/// Reads a composite indicator's two tables (bộ chỉ số tổng hợp) from CSV files as Excel or R write them: the unit data
/// (COINr's <c>iData</c>: <c>uCode</c>, optional <c>uName</c> and <c>Time</c>, then group, denominator and indicator
/// columns) and the indicator metadata (<c>iMeta</c>: <c>iCode, Level, Parent, Direction, Weight, Type</c>, optionally
/// <c>iName, Unit, Target, Denominator</c>).
/// </summary>
/// <remarks>
/// <para>Each file is read as every reader of this package reads CSV (<see cref="CsvOptions"/>): the separator
/// (<c>,</c> <c>;</c> or tab) detected, UTF-8 checked or the encoding given, and numbers in the file's decimal mark — a
/// ";"-separated file saved by Excel in Việt Nam writes "86,19", and "1.234" there could be a decimal point or a
/// thousands separator, so it is refused, as "1,234.5" is in a comma-separated file; so is text with a percent sign
/// ("15%": 15 or 0.15?). An empty cell or <c>NA</c> is a missing value.</para>
/// <para>The rows then go through the same reading and validation as <see cref="CompositeModel.ReadCsv"/>
/// (<see cref="CompositeModel.ReadRows"/>), so the problems are the same, each message beginning with its place,
/// file:line:column ("asem-imeta.csv:5:4: direction must be 1 or -1, not 2") and quoting the text as written.
/// Thread-safe.</para>
/// </remarks>
public static class CompositeTablesCsv
{
    /// <summary>Reads and validates a model from two CSV files.</summary>
    /// <param name="unitDataPath">The unit data (<c>iData</c>); its name begins its messages.</param>
    /// <param name="metadataPath">The indicator metadata (<c>iMeta</c>).</param>
    /// <param name="options">How the files are written, or <see langword="null"/> to find out from each file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">A path is null.</exception>
    /// <exception cref="IOException">A file cannot be opened.</exception>
    /// <exception cref="DiagnosticException">A file is not in the expected encoding, or every problem of the two
    /// tables at once, each naming its file, line and column.</exception>
    public static CompositeModel Read(string unitDataPath, string metadataPath, CsvOptions? options)
    {
        Arguments.CheckNotNull(unitDataPath);
        Arguments.CheckNotNull(metadataPath);
        using var data = InputFiles.OpenRead(unitDataPath);
        using var meta = InputFiles.OpenRead(metadataPath);
        return Read(data, meta, options, Path.GetFileName(unitDataPath), Path.GetFileName(metadataPath));
    }

    /// <summary>Reads and validates a model from two CSV streams.</summary>
    /// <param name="unitData">The unit data's bytes; read to their end, not closed.</param>
    /// <param name="metadata">The metadata's bytes; read to their end, not closed.</param>
    /// <param name="options">How the files are written, or <see langword="null"/> to find out from each file.</param>
    /// <param name="unitDataFile">The unit data's name for messages ("iData.csv" when <see langword="null"/>).</param>
    /// <param name="metadataFile">The metadata's name for messages ("iMeta.csv" when <see langword="null"/>).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">A stream is null.</exception>
    /// <exception cref="DiagnosticException">A stream is not in the expected encoding, or every problem of the
    /// two tables at once, each naming its file, line and column.</exception>
    /// <exception cref="ArgumentException">A stream cannot be read (it is closed).</exception>
    public static CompositeModel Read(Stream unitData, Stream metadata, CsvOptions? options, string? unitDataFile, string? metadataFile)
    {
        Arguments.CheckReadable(unitData);
        Arguments.CheckReadable(metadata);
        var problems = new List<Diagnostic>();
        var data = Rows(unitData, options, unitDataFile ?? "iData.csv", problems);
        var meta = Rows(metadata, options, metadataFile ?? "iMeta.csv", problems);
        if (data.Refused || meta.Refused)
        {
            throw new DiagnosticException("The composite indicator's data or metadata is not in the expected encoding", problems);
        }
        var modelProblems = ImmutableArray<Diagnostic>.Empty;
        try
        {
            var model = CompositeModel.ReadRows(data.Rows, meta.Rows, data.Place, meta.Place, data.Mark, meta.Mark);
            if (problems.Count == 0)
            {
                return model;
            }
        }
        catch (DiagnosticException e) when (problems.Count > 0)
        {
            modelProblems = e.Diagnostics;
        }
        // Rows the file could not give (a row longer than its header) come first, then what the rows given hold; each
        // problem once, under one headline (the model's message already lists its problems).
        throw new DiagnosticException("The composite indicator's data or metadata cannot be read", [.. problems, .. modelProblems]);
    }

    /// <summary>A file's rows as text, header first, each as wide as the header, with how to name a place of them and
    /// the file's decimal mark.</summary>
    private sealed record Table(List<IReadOnlyList<string>> Rows, Func<int, string?, string> Place, Func<int, string, DecimalMark> Mark, bool Refused);

    private static Table Rows(Stream csv, CsvOptions? options, string source, List<Diagnostic> problems)
    {
        using var table = CsvTable.Open(csv, options, source, problems.Add);
        var rows = new List<IReadOnlyList<string>>();
        var lines = new List<int> { 1 };
        if (table.Headers.Count > 0)
        {
            rows.Add(table.Headers);
        }
        while (table.Read())
        {
            rows.Add(Enumerable.Range(0, table.Headers.Count).Select(table.Field).ToArray());
            lines.Add(table.Line);
        }
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < table.Headers.Count; c++)
        {
            columns.TryAdd(table.Headers[c], c);
        }
        // The core counts the rows it was given from 1; the file's lines skip the rows refused and count a quoted line break.
        var mark = table.DecimalMark;
        return new Table(
            rows,
            (row, column) => new InputPlace(source, lines[row - 1], column is not null && columns.TryGetValue(column, out var c) ? c + 1 : null).ToString(),
            (_, _) => mark,
            table.Refused);
    }
}
