using ParIndex.Utility;

namespace ParIndex.Cli.Input;

/// <summary>What the tool checks of an input file around the library's readers: that it exists and is not too large,
/// and that what was read has no problems (else a <see cref="CliException"/> listing them all).</summary>
internal static class InputFile
{
    /// <summary>The largest input table the tool reads (64 MiB): indicators, assessments, area points and results are
    /// held whole in memory, so a larger file is refused with this limit rather than filling the machine. (Survey
    /// answers are streamed and have no limit.)</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Opens a file for a reader, refusing a missing file or one larger than <see cref="MaxBytes"/>.</summary>
    public static FileStream Open(FileInfo file)
    {
        RequireFile(file, file.ToString());
        if (file.Length > MaxBytes)
        {
            throw new CliException(FormattableString.Invariant($"the file has {file.Length} bytes, more than the limit of {MaxBytes} (64 MiB)"), file.ToString());
        }
        return new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
    }

    /// <summary>Refuses a file that does not exist, saying so, or a folder given where a file is read, naming it as a folder
    /// (its <see cref="FileInfo.Exists"/> is false too, and "file not found" misled).</summary>
    /// <param name="file">The file given.</param>
    /// <param name="where">What the error names: the file as given, or the option.</param>
    /// <param name="notFound">The message for a missing file.</param>
    /// <returns><paramref name="file"/>.</returns>
    public static FileInfo RequireFile(FileInfo file, string where, string notFound = "file not found")
    {
        if (file.Exists)
        {
            return file;
        }
        throw Directory.Exists(file.FullName)
            ? new CliException(CellText.Quote(file.ToString()) + " is a folder: give the name of a file in it", where)
            : new CliException(notFound, where);
    }

    /// <summary>Says whether a file is an Excel workbook: by its extension (.xlsx), or by its content where the name says
    /// nothing (a workbook is a zip package, which begins "PK\u0003\u0004"; no CSV or JSON file does). An Excel 97–2003
    /// workbook (.xls, or its compound-file signature) goes to the workbook reader too, which says what it is; read as
    /// CSV it was called text in the wrong encoding, with --encoding as the advice. The stream is left where it was.</summary>
    public static bool IsWorkbook(FileInfo file, Stream stream)
    {
        if (HasExtension(file, ".xlsx", ".xls"))
        {
            return true;
        }
        if (HasExtension(file, ".json") || !stream.CanSeek)
        {
            return false;
        }
        Span<byte> buffer = stackalloc byte[8];
        var head = Peek(stream, buffer);
        return head.StartsWith("PK\u0003\u0004"u8) || head.SequenceEqual(CompoundFile);
    }

    /// <summary>Says whether a file is JSON: by its extension (.json), or by its content where the name says nothing (its
    /// first character, after a byte-order mark and white space, opens an object, an array or a comment, which the
    /// methodology reader allows; no table's header does). Read as a table, a JSON file without the extension was
    /// reported as a CSV missing its columns. The stream is left where it was.</summary>
    public static bool IsJson(FileInfo file, Stream stream)
    {
        if (HasExtension(file, ".json"))
        {
            return true;
        }
        if (HasExtension(file, ".csv", ".xlsx", ".xls") || !stream.CanSeek)
        {
            return false;
        }
        Span<byte> buffer = stackalloc byte[256];
        var text = Peek(stream, buffer);
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }
        text = text.TrimStart(" \t\r\n"u8);
        return (text.Length > 0 && text[0] is (byte)'{' or (byte)'[') || text.StartsWith("//"u8) || text.StartsWith("/*"u8);
    }

    private static bool HasExtension(FileInfo file, params ReadOnlySpan<string> extensions)
    {
        foreach (var extension in extensions)
        {
            if (file.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The file's first bytes, as many as fit in <paramref name="buffer"/> (fewer in a shorter file), the stream
    /// left where it was.</summary>
    private static Span<byte> Peek(Stream stream, Span<byte> buffer)
    {
        var start = stream.Position;
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return buffer[..read];
    }

    // The signature of a compound file, the container of Excel 97–2003's .xls.
    private static ReadOnlySpan<byte> CompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Gets what was read, or throws with every problem.</summary>
    public static T ValueOrThrow<T>(ReadResult<T> result, FileInfo file, string what) =>
        result.IsValid ? result.Value : throw new CliException($"{CliException.Problems(result.Diagnostics.Length)} in the {what}", file.ToString(), diagnostics: result.Diagnostics);

    /// <summary>Throws when the file could not be read as a table at all (a missing column, a row that does not fit the
    /// header, an encoding, a workbook that is none): problems of the values are the caller's to report.</summary>
    public static void ThrowIfUnreadable<T>(ReadResult<T> result, FileInfo file)
    {
        var structural = result.Diagnostics.Where(d => d.Kind is DiagnosticKind.InvalidEncoding or DiagnosticKind.Utf8ReadAsLegacy or DiagnosticKind.NotAWorkbook || d.Kind == DiagnosticKind.MalformedRow && d.Column is null).ToArray();
        if (structural.Length > 0)
        {
            throw new CliException($"the file cannot be read as a table ({CliException.Problems(structural.Length)})", file.ToString(), diagnostics: structural);
        }
    }
}
