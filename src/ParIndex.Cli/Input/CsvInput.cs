using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsvHelper;

namespace ParIndex.Cli.Input;

/// <summary>
/// A CSV file read row by row with named columns (CsvHelper): checks that the file exists and has the required
/// columns, and knows each row's line and each column's position, so problems can be reported as file:line:column.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    private readonly StreamReader _reader;
    private readonly CsvReader _csv;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private bool _hasRow;

    private CsvInput(FileInfo file, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        File = file;
        // The whole file is checked before it is decoded (it is within MaxBytes, and its rows are held in memory anyway):
        // StreamReader would turn bytes that are not UTF-8 into U+FFFD without a word, and a garbled name is a wrong answer.
        var bytes = System.IO.File.ReadAllBytes(file.FullName);
        CheckEncoding(bytes, file);
        _reader = new StreamReader(new MemoryStream(bytes));
        _csv = CsvReader.Create(_reader, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true }, false);
        // Checked on the header itself, so that a header without rows (or a file of a byte order mark only) is checked
        // too; a column twice would leave it to the reader which one counts.
        var headers = _csv.Headers;
        foreach (var name in required.Concat(optional))
        {
            var at = Enumerable.Range(0, headers.Count).Where(i => headers[i].Trim() == name).ToList();
            if (at.Count > 1)
            {
                Dispose();
                throw new CliException(FormattableString.Invariant($"column '{name}' appears twice (columns {at[0] + 1} and {at[1] + 1})"), file + ":1");
            }
            if (at.Count == 1)
            {
                _columns[name] = at[0];
            }
            else if (required.Contains(name))
            {
                Dispose();
                throw new CliException(
                    $"missing column '{name}'; expected {string.Join(",", required)}" + (optional.Count > 0 ? $"[,{string.Join(",", optional)}]" : string.Empty),
                    file + ":1");
            }
        }
        _hasRow = _csv.Read();
        if (!_hasRow)
        {
            Dispose();
            throw new CliException("the file has a header but no rows", file + ":2");
        }
    }

    public FileInfo File { get; }

    /// <summary>Gets the line of the current row.</summary>
    public int Line => (int)_csv.LineNumber;

    /// <summary>The largest input table the tool reads (64 MiB): indicators, assessments, area points and results are
    /// held whole in memory, so a larger file is refused with this limit rather than filling the machine. (Survey
    /// answers are streamed and have no limit.)</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Refuses a missing file or one larger than <see cref="MaxBytes"/>.</summary>
    public static void CheckSize(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new CliException("file not found", file.ToString());
        }
        if (file.Length > MaxBytes)
        {
            throw new CliException(FormattableString.Invariant($"the file has {file.Length} bytes, more than the limit of {MaxBytes} (64 MiB)"), file.ToString());
        }
    }

    /// <summary>Opens a file; the required columns must be in its header, the optional ones may be.</summary>
    public static CsvInput Open(FileInfo file, IReadOnlyList<string> required, IReadOnlyList<string>? optional = null)
    {
        CheckSize(file);
        if (file.Length == 0)
        {
            throw new CliException("the file is empty; expected a header row " + string.Join(",", required), file.ToString());
        }
        return new CsvInput(file, required, optional ?? []);
    }

    /// <summary>Refuses bytes that are neither UTF-8 nor text with a byte order mark (which the reader decodes), naming
    /// the line and column of the first bad byte; NUL bytes in the first line are UTF-16 without a byte order mark.</summary>
    private static void CheckEncoding(byte[] bytes, FileInfo file)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return;
        }
        var firstLine = Array.IndexOf(bytes, (byte)'\n') is var end and >= 0 ? bytes.AsSpan(0, end) : bytes;
        if (firstLine.Contains((byte)0))
        {
            throw new CliException("the header holds NUL bytes: the file looks like UTF-16 without a byte order mark; save it as UTF-8", file + ":1");
        }
        var (line, column) = (1, 1);
        for (var i = 0; i < bytes.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out var length) != System.Buffers.OperationStatus.Done)
            {
                throw new CliException(FormattableString.Invariant($"the file is not UTF-8 (byte 0x{bytes[i]:X2}); save it as \"CSV UTF-8\""), FormattableString.Invariant($"{file}:{line}:{column}"));
            }
            (line, column) = bytes[i] == (byte)'\n' ? (line + 1, 1) : (line, column + 1);
            i += length;
        }
    }

    /// <summary>Moves through the rows; the current row's fields are read with <see cref="Field"/>.</summary>
    public IEnumerable<int> Rows()
    {
        while (_hasRow)
        {
            if (_csv.FieldCount != _csv.Headers.Count)
            {
                throw new CliException(FormattableString.Invariant($"the row has {_csv.FieldCount} fields, the header has {_csv.Headers.Count}"), File + ":" + Line);
            }
            yield return Line;
            _hasRow = _csv.Read();
        }
    }

    /// <summary>Gets a field of the current row, trimmed; empty when an optional column is absent.</summary>
    public string Field(string column) => _columns.TryGetValue(column, out var index) ? _csv.GetString(index).Trim() : string.Empty;

    /// <summary>Gets a column's 1-based position, for a diagnostic.</summary>
    public int? Column(string column) => _columns.TryGetValue(column, out var index) ? index + 1 : null;

    /// <summary>Makes a diagnostic about a field of the current row.</summary>
    public Diagnostic Problem(DiagnosticKind kind, string column, string message, string? criterionCode = null, string? unitCode = null) =>
        new(kind, criterionCode, message, unitCode) { Line = Line, Column = Column(column) };

    public void Dispose()
    {
        _csv.Dispose();
        _reader.Dispose();
    }
}
