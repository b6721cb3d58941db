using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;
using ParIndex.Rules;

namespace ParIndex.Csv;

/// <summary>
/// The one CsvHelper wrapper of the package: every reader opens its file through it, so every reader detects the
/// separator, checks the encoding, counts fields and names places the same way.
/// </summary>
/// <remarks>
/// Rows that cannot be read — malformed quoting, more or fewer fields than the header (empty trailing fields, which
/// Excel leaves after formatted columns, excepted), text that is not UTF-8 — are reported with their line, quoting the
/// row, and skipped by <see cref="Read"/>. Text that is not in the expected encoding refuses the whole file
/// (<see cref="Refused"/>): nothing after it is read, so nothing garbled is counted.
/// </remarks>
internal sealed class CsvTable : ITextTable, IDisposable
{
    private static readonly char[] Separators = [';', ',', '\t', '|'];
    private static readonly byte[] ReplacementCharacter = "\uFFFD"u8.ToArray();
    private readonly CsvReader _csv;
    private readonly Action<Diagnostic> _report;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly bool _checkUtf8;
    private readonly Encoding? _legacy;
    private readonly Encoding? _wide; // UTF-16 or UTF-32, as given: any even number of bytes decodes, so it is checked too
    private readonly bool _marked; // the bytes begin with a UTF-8 byte-order mark

    // Set once a field beyond ASCII is not UTF-8: the file is then in the code page given, and a later field whose bytes
    // happen to be valid UTF-8 ("Mỹ" and a no-break space in windows-1258: 4D 79 DE A0) is the code page's text too.
    private bool _legacyShown;

    // The line of the last row whose quote is never closed, which the reader reported as it met it (0: none).
    private readonly StrongBox<int> _unclosedQuote;

    private CsvTable(CsvReader csv, StrongBox<int> unclosedQuote, CsvOptions options, string? source, Action<Diagnostic> report, bool checkUtf8, Encoding? legacy = null, bool marked = false)
    {
        _unclosedQuote = unclosedQuote;
        _marked = marked;
        _csv = csv;
        _report = report;
        _checkUtf8 = checkUtf8;
        _legacy = legacy;
        _wide = options.Encoding is UnicodeEncoding or UTF32Encoding ? options.Encoding : null;
        Source = source;
        try
        {
            Separator = csv.Separator; // reads the header to detect it
            Headers = [.. csv.Headers.Select(h => h.Trim().Normalize())];
        }
        catch (CsvFormatException)
        {
            Headers = [];
            DecimalMark = options.DecimalMarkFor(Separator);
            TooLong();
            return;
        }
        DecimalMark = options.DecimalMarkFor(Separator);
        for (var i = 0; i < Headers.Count; i++)
        {
            _columns.TryAdd(Headers[i].ToLowerInvariant(), i);
        }
        if (_wide is not null && csv.Headers.Count > 0 && NotWide(csv.Headers[0]) is { } looks)
        {
            Refuse(new InputPlace(source, 1, 1).Problem(DiagnosticKind.InvalidEncoding, null, NotGiven(looks)));
        }
        else if (Headers.Any(h => h.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            Refuse(new InputPlace(source, 1).Problem(DiagnosticKind.InvalidEncoding, null, NotGiven("its header holds U+FFFD, the mark a decoder leaves for bytes it could not read")));
        }
        else if (Headers.Any(h => h.Contains('\0', StringComparison.Ordinal)))
        {
            // A NUL after every letter is UTF-16 read as UTF-8 (valid, but every name garbled): one problem, not one per column.
            Refuse(new InputPlace(source, 1).Problem(DiagnosticKind.InvalidEncoding, null, NotUtf8("its header holds NUL characters: it looks like UTF-16 without a byte order mark")));
        }
        else if (_legacy is not null && csv.Headers.Count > 0 && _legacy.GetBytes(csv.Headers[0]).AsSpan().StartsWith(Utf8ByteOrderMark))
        {
            // Quoted, the mark would be three letters of the code page ("ï»¿") or nothing visible: it is named instead.
            Refuse(new InputPlace(source, 1, 1).Problem(DiagnosticKind.Utf8ReadAsLegacy, null,
                $"the file starts with a UTF-8 byte-order mark, but was read as {_legacy.WebName}; read it as UTF-8 (give no encoding)"));
        }
        else if (_legacy is not null && Utf8Field(csv.Headers.Count, i => csv.Headers[i]) is var utf8 and >= 0)
        {
            Refuse(new InputPlace(source, 1, utf8 + 1).Problem(DiagnosticKind.Utf8ReadAsLegacy, null, ReadAsLegacy(csv.Headers[utf8])));
        }
    }

    /// <summary>Gets the file's name for diagnostics.</summary>
    public string? Source { get; }

    /// <summary>Gets the separator, stated or detected.</summary>
    public char Separator { get; }

    /// <summary>Gets how the file writes decimals.</summary>
    public DecimalMark DecimalMark { get; }

    /// <summary>Gets the header's names, trimmed, in NFC.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Gets whether the file was refused (an encoding problem): nothing more is read.</summary>
    public bool Refused { get; private set; }

    /// <summary>Gets whether any row after the header was met, read or skipped.</summary>
    public bool AnyRow { get; private set; }

    /// <summary>Gets the line where the current row starts.</summary>
    public int Line => (int)_csv.LineNumber;

    /// <summary>Gets the current row as a message names it: "line 4".</summary>
    public string RowLabel => FormattableString.Invariant($"line {Line}");

    /// <summary>Gets the current row as a default source: "file.csv:4".</summary>
    public string RowSource => (Source ?? "CSV") + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Gets the place of the header (line 1; its messages name columns by name).</summary>
    public InputPlace HeaderPlace(int column) => new(Source, 1);

    /// <summary>Gets line 2, where a file without rows is reported.</summary>
    public InputPlace AfterHeader => new(Source, 2);

    /// <summary>Gets how every field writes decimals: the file's dialect.</summary>
    public DecimalMark Mark(int column) => DecimalMark;

    /// <summary>Gets the field's value when it is one ASCII digit, else -1, without making a string.</summary>
    public int Digit(int column) => Span(column) is [var b and >= (byte)'0' and <= (byte)'9'] ? b - '0' : -1;

    /// <summary>Opens bytes (a file's stream): the encoding is checked, or decoded as the options say. A null stream is
    /// named as the public reader's caller wrote it (<c>csv</c>), not as this method calls it.</summary>
    public static CsvTable Open(Stream stream, CsvOptions? options, string? source, Action<Diagnostic> report, bool leaveOpen = true,
        [CallerArgumentExpression(nameof(stream))] string paramName = "")
    {
        Arguments.CheckReadable(stream, paramName);
        options ??= CsvOptions.Default;
        // A single-byte code page reads any bytes, UTF-8 too, as letters of its own: such a file is caught by its text.
        // UTF-8 given is checked as UTF-8 found is: the reader hands its bytes on undecoded, so nothing else would.
        var marked = StartsWithUtf8Mark(stream);
        var unclosed = new StrongBox<int>();
        return new CsvTable(CsvReader.Create(stream, ReaderOptions(options, source, report, unclosed), leaveOpen), unclosed, options, source, report,
            checkUtf8: options.Encoding is null or UTF8Encoding, legacy: options.Encoding is { IsSingleByte: true } legacy ? legacy : null, marked);
    }

    /// <summary>Opens text already decoded: only replacement characters left by a wrong decoding are caught.</summary>
    public static CsvTable Open(TextReader text, CsvOptions? options, string? source, Action<Diagnostic> report,
        [CallerArgumentExpression(nameof(text))] string paramName = "")
    {
        Arguments.CheckNotNull(text, paramName);
        options ??= CsvOptions.Default;
        var unclosed = new StrongBox<int>();
        return new CsvTable(CsvReader.Create(text, ReaderOptions(options, source, report, unclosed), leaveOpen: true), unclosed, options, source, report, checkUtf8: false);
    }

    /// <summary>Opens a file by its path; its name (without the directory) is the source of diagnostics.</summary>
    public static CsvTable Open(string path, CsvOptions? options, Action<Diagnostic> report)
    {
        Arguments.CheckNotNull(path);
        return Open(InputFiles.OpenRead(path), options, Path.GetFileName(path), report, leaveOpen: false);
    }

    /// <summary>Checks the header: every required column must be there. Missing ones are reported (with a hint when
    /// the header looks separated by another character) and <see langword="false"/> returned.</summary>
    public bool Require(IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        if (Refused)
        {
            return false;
        }
        var expected = string.Join(",", required) + (optional.Count > 0 ? "[," + string.Join(",", optional) + "]" : string.Empty);
        if (Headers.Count == 0)
        {
            Report(new InputPlace(Source, 1).Problem(DiagnosticKind.MalformedRow, null, "the file is empty; expected a header row " + expected));
            return false;
        }
        // A column named twice would leave one of them unread: which one the user meant is not ours to guess.
        var twice = Headers.Select((h, i) => (Name: h.ToLowerInvariant(), Column: i + 1)).GroupBy(h => h.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            Report(new InputPlace(Source, 1).Problem(DiagnosticKind.MalformedRow, null,
                $"column '{twice.Key}' appears twice (columns {string.Join(" and ", twice.Select(t => t.Column.ToString(System.Globalization.CultureInfo.InvariantCulture)))})"));
            return false;
        }
        var missing = required.Where(c => Column(c) < 0).ToArray();
        if (missing.Length == 0)
        {
            return true;
        }
        var other = Headers.Count == 1 ? Separators.FirstOrDefault(c => c != Separator && Headers[0].Contains(c, StringComparison.Ordinal)) : '\0';
        var hint = other != '\0' ? $" (the header is separated by '{(other == '\t' ? "\\t" : other.ToString())}', not '{Separator}': state that separator, or let it be detected)" : string.Empty;
        Report(new InputPlace(Source, 1).Problem(
            DiagnosticKind.MalformedRow, null, $"missing column{(missing.Length > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => "'" + m + "'"))}; expected {expected}{hint}"));
        return false;
    }

    /// <summary>Gets a column's index by name (case-insensitive), or -1.</summary>
    public int Column(string name) => _columns.TryGetValue(name.ToLowerInvariant(), out var index) ? index : -1;

    /// <summary>Moves to the next row that can be read; rows that cannot are reported and skipped.</summary>
    public bool Read()
    {
        var next = Next(async: false, CancellationToken.None);
        Debug.Assert(next.IsCompleted, "without async the loop never waits");
        return next.GetAwaiter().GetResult();
    }

    /// <summary>Moves to the next row that can be read, asynchronously.</summary>
    public ValueTask<bool> ReadAsync(CancellationToken cancellationToken) => Next(async: true, cancellationToken);

    // One loop for both ways of reading: without async it never waits, so its task has completed when it returns.
    private async ValueTask<bool> Next(bool async, CancellationToken cancellationToken)
    {
        try
        {
            while (!Refused && (async ? await _csv.ReadAsync(cancellationToken).ConfigureAwait(false) : _csv.Read()))
            {
                AnyRow = true;
                if (Check())
                {
                    return true;
                }
            }
        }
        catch (CsvFormatException) when (!Refused)
        {
            TooLong();
        }
        return false;
    }

    // CsvHelper throws CsvFormatException for a row past MaxRecordSize (the one malformation Recover does not keep).
    private void TooLong() => Refuse(new InputPlace(Source, Line + 1).Problem(
        DiagnosticKind.LimitExceeded, null, FormattableString.Invariant($"a row longer than the limit of {MaxRowBytes} bytes (1 MiB) starts on this line or the next: a quote never closed, or a file that is not a table")));

    /// <summary>Gets a field of the current row, trimmed; empty when the column is absent.</summary>
    public string Field(int column) => column >= 0 && column < _csv.FieldCount ? _csv.GetString(column).Trim() : string.Empty;

    /// <summary>Gets a field of the current row by its column's name, trimmed; empty when the column is absent.</summary>
    public string Field(string column) => Field(Column(column));

    /// <summary>Gets a field's UTF-8 bytes, untrimmed (the reader trims spaces around fields).</summary>
    public ReadOnlySpan<byte> Span(int column) => column >= 0 && column < _csv.FieldCount ? _csv.GetSpan(column) : default;

    /// <summary>Gets the place of a field of the current row.</summary>
    public InputPlace Place(int column) => new(Source, Line, column >= 0 ? column + 1 : null);

    /// <summary>Gets the place of a field of the current row by its column's name.</summary>
    public InputPlace Place(string column) => Place(Column(column));

    /// <summary>Gets the current row as written, for messages.</summary>
    public string RawRecord => Encoding.UTF8.GetString(_csv.RawRecord);

    /// <summary>Lists a problem.</summary>
    public void Report(Diagnostic problem) => _report(problem);

    public void Dispose() => _csv.Dispose();

    /// <summary>The longest row, in bytes: a row of indicators or survey answers is a few hundred bytes, so a longer one
    /// (a quote never closed at the top of a large file, a file that is not a table) is refused with this limit rather
    /// than grown into memory. Files themselves have no size limit: they are read row by row.</summary>
    internal const int MaxRowBytes = 1024 * 1024;

    private static CsvReaderOptions ReaderOptions(CsvOptions options, string? source, Action<Diagnostic> report, StrongBox<int> unclosedQuote) => new()
    {
        MaxRecordSize = MaxRowBytes,
        Separator = options.Separator,
        Encoding = options.Encoding,
        TrimWhitespace = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Recover, // a stray quote is kept as text, as Excel reads it
        FieldCountMismatch = CsvFieldCountHandling.Allow, // counted by Check, which quotes the row
        OnMalformedRecord = record =>
        {
            if (record.Reason == CsvMalformedReason.UnterminatedQuote)
            {
                // The field ran to the end of the input: every later row is inside it.
                unclosedQuote.Value = (int)record.LineNumber;
                report(new InputPlace(source, (int)record.LineNumber).Problem(DiagnosticKind.MalformedRow, null, $"a quote opened on this line is never closed: '{Shorten(record.RawRecord)}'"));
            }
        },
    };

    private bool Check()
    {
        if (_unclosedQuote.Value == Line)
        {
            // Reported as the reader met it; its field count is another symptom of the same quote (a second problem, and a
            // survey counted the row twice), and what the quote swallowed is not a value.
            return false;
        }
        if (_checkUtf8 && !Utf8.IsValid(_csv.RawRecord))
        {
            var column = Enumerable.Range(0, _csv.FieldCount).FirstOrDefault(i => !Utf8.IsValid(_csv.GetRawSpan(i)));
            var field = _csv.GetRawSpan(column);
            Span<char> ignored = stackalloc char[field.Length];
            Utf8.ToUtf16(field, ignored, out var valid, out _, replaceInvalidSequences: false);
            var what = FormattableString.Invariant($"byte 0x{field[valid]:X2} of this field");
            Refuse(Place(column).Problem(DiagnosticKind.InvalidEncoding, null, _marked ? MarkedNotUtf8(what) : NotUtf8(what)));
            return false;
        }
        if (_csv.RawRecord.IndexOf(ReplacementCharacter) >= 0)
        {
            var column = Enumerable.Range(0, _csv.FieldCount).FirstOrDefault(i => _csv.GetRawSpan(i).IndexOf(ReplacementCharacter) >= 0);
            Refuse(Place(column).Problem(DiagnosticKind.InvalidEncoding, null, NotGiven($"'{_csv.GetString(column)}' holds U+FFFD, the mark a decoder leaves for bytes it could not read")));
            return false;
        }
        if (_legacy is not null && !Ascii.IsValid(_csv.RawRecord) && Utf8Field(_csv.FieldCount, _csv.GetString) is var utf8 and >= 0)
        {
            Refuse(Place(utf8).Problem(DiagnosticKind.Utf8ReadAsLegacy, null, ReadAsLegacy(_csv.GetString(utf8))));
            return false;
        }
        var count = _csv.FieldCount;
        if (count == Headers.Count)
        {
            return true;
        }
        if (count > Headers.Count && Enumerable.Range(Headers.Count, count - Headers.Count).All(i => _csv.IsEmpty(i)))
        {
            return true; // empty cells after the last column: Excel writes them for formatted columns
        }
        var hint = count > Headers.Count && Separator == ','
            ? " (a number with a decimal comma in a comma-separated file makes two fields: write 95.5, or quote \"95,5\")"
            : string.Empty;
        Report(Place(-1).Problem(
            DiagnosticKind.MalformedRow, null, FormattableString.Invariant($"the row has {count} fields but the header has {Headers.Count}: '{RawRecord}'{hint}")));
        return false;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>After the last row: a header alone is reported (at line 2) rather than read as an empty table that
    /// looks like a result, unless the file was already refused.</summary>
    public void ReportIfNoRows(string what)
    {
        if (!AnyRow && !Refused)
        {
            Refuse(AfterHeader.Problem(DiagnosticKind.Empty, null, $"the file has no rows of {what} after its header"));
        }
    }

    private void Refuse(Diagnostic problem)
    {
        Refused = true;
        _report(problem);
    }

    /// <summary>The first of the fields beyond ASCII whose bytes read as UTF-8, or -1 when there is none or when one of
    /// them is not UTF-8, which shows the file to be in the code page.</summary>
    private int Utf8Field(int count, Func<int, string> field)
    {
        var first = -1;
        for (var i = 0; i < count && !_legacyShown; i++)
        {
            var text = field(i);
            if (Ascii.IsValid(text))
            {
                continue;
            }
            if (Utf8Reading(text) is null)
            {
                _legacyShown = true;
            }
            else if (first < 0)
            {
                first = i;
            }
        }
        return _legacyShown ? -1 : first;
    }

    /// <summary>The text as UTF-8 reads the bytes that the legacy encoding decoded into <paramref name="text"/>, when they
    /// are valid UTF-8 with characters beyond ASCII; otherwise null. Text in a code page is almost never valid UTF-8
    /// ("Hà" in windows-1258 is 0x48 0xE0, and 0xE0 must be followed by two continuation bytes), so this is UTF-8.</summary>
    private string? Utf8Reading(string text)
    {
        var bytes = _legacy!.GetBytes(text);
        return !Ascii.IsValid(bytes) && Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null;
    }

    // The garbled text is not quoted: Latin-1 turns UTF-8's continuation bytes into C1 control characters, which a
    // terminal may act on.
    private string ReadAsLegacy(string garbled) =>
        $"the file is UTF-8, not {_legacy!.WebName}: {_legacy.WebName} would turn '{Utf8Reading(garbled)}' into other letters; read it as UTF-8 (give no encoding)";

    /// <summary>What the bytes of a first field that UTF-16 or UTF-32 decoded into no ASCII at all are instead: 8-bit
    /// text ("unit,name" read as UTF-16 is U+6E75 U+7469 …), or UTF-16 of the other byte order; null when they are
    /// neither, or when the field holds ASCII (a real UTF-16 file's header does).</summary>
    private string? NotWide(string field)
    {
        var decoded = field.Length > 64 ? field[..64] : field;
        if (decoded.Length == 0 || decoded.Any(char.IsAscii))
        {
            return null;
        }
        var end = decoded.IndexOf('\uFFFD', StringComparison.Ordinal); // an odd byte or half a surrogate pair ends what reads back
        var bytes = _wide!.GetBytes(end < 0 ? decoded : decoded[..end]);
        if (bytes.Length < 2)
        {
            return null;
        }
        if (_wide is UnicodeEncoding && Enumerable.Range(0, bytes.Length / 2).All(i => (bytes[2 * i] == 0) != (bytes[(2 * i) + 1] == 0)))
        {
            return "its bytes look like UTF-16 of the other byte order: every second byte is 0 on the other side";
        }
        // The first line, or what was taken of it less a character cut at the end.
        var line = bytes.AsSpan();
        if (line.IndexOf((byte)'\n') is var newline and >= 0)
        {
            line = line[..newline];
        }
        for (var cut = 0; cut < 3 && !Utf8.IsValid(line); cut++)
        {
            line = line[..^1];
        }
        if (line.Length > 0 && IsText(line) && Utf8.IsValid(line))
        {
            var marked = line.StartsWith(Utf8ByteOrderMark);
            var text = Encoding.UTF8.GetString(line[(marked ? 3 : 0)..]).TrimEnd('\r');
            var kind = marked ? "UTF-8 with a byte-order mark" : "8-bit text, ASCII or UTF-8";
            return text.Length > 0 && text.All(c => c >= ' ' && c < '\u007F') ? $"its bytes are {kind}: its first line reads '{Shorten(text)}'" : $"its bytes are {kind}";
        }
        return null;
    }

    // 8-bit text holds no control bytes but tabs and line ends, while UTF-16 of a Vietnamese letter always does (Đ is 10 01,
    // ồ D3 1E): a real UTF-16 header field with no ASCII in it ("Đồ") is not taken for 8-bit text.
    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n')
            {
                return false;
            }
        }
        return true;
    }

    // With an encoding given that the file is not in (UTF-16 on a UTF-8 file, UTF-8 on a code page's), that encoding is
    // named; without one, the file is not UTF-8.
    private string NotGiven(string what) => _wide is not null
        ? $"the file is not {_wide.WebName}, the encoding given ({what}); give no encoding to read it as UTF-8, or the encoding it is in"
        : NotUtf8(what);

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    // A mark before bytes in a code page (an editor that added it, or a file joined to one): --encoding would refuse the
    // mark, so the advice is to save the file again, not to name its encoding.
    private static string MarkedNotUtf8(string what) =>
        $"the file starts with a UTF-8 byte-order mark, but its bytes after the mark are not UTF-8 ({what}); save it again as \"CSV UTF-8\", or save it without the mark and give its encoding (--encoding windows-1258 for Vietnamese Windows)";

    /// <summary>Whether a seekable stream's next bytes are a UTF-8 byte-order mark; the stream is left where it was.</summary>
    private static bool StartsWithUtf8Mark(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }
        var start = stream.Position;
        Span<byte> head = stackalloc byte[3];
        var read = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        stream.Position = start;
        return head[..read].SequenceEqual(Utf8ByteOrderMark);
    }

    private static string NotUtf8(string what) =>
        $"the file is not UTF-8 ({what}); save it as \"CSV UTF-8\", or give its encoding (--encoding windows-1258 for Vietnamese Windows)";
}
