using System.Text;
using ParIndex.Rules;

namespace ParIndex.Csv;

/// <summary>How a CSV file is written: its separator, encoding and decimal mark. Every reader of this package takes
/// one and reads the same way.</summary>
/// <remarks>
/// <para>By default everything is found from the file, as Excel writes it: the separator (<c>,</c> <c>;</c> or tab) from
/// the first lines; the encoding from a byte order mark (UTF-8, UTF-16), otherwise UTF-8 — a file that is not valid
/// UTF-8 (Excel's "CSV (Comma delimited)" on Vietnamese Windows writes code page 1258) is refused with its line, never
/// read as garbled text (nor is a UTF-8 file read in a single-byte code page given as <see cref="Encoding"/>); and
/// decimals from the separator: a comma-separated file has decimal points, a ';'- or
/// tab-separated one (Excel where the list separator is ';') decimal commas.</para>
/// <para>Immutable; set with an object initialiser.</para>
/// </remarks>
public sealed class CsvOptions
{
    /// <summary>Gets the defaults: separator, encoding and decimal mark found from the file.</summary>
    public static CsvOptions Default { get; } = new();

    /// <summary>Gets the field separator, or <see langword="null"/> (the default) to detect it among <c>,</c> <c>;</c>
    /// tab and <c>|</c>.</summary>
    /// <exception cref="ArgumentException">The value set is not ASCII, or is a quote or a line break.</exception>
    public char? Separator
    {
        get;
        init => field = value is null or (> '\0' and < '\u0080' and not ('"' or '\r' or '\n')) ? value : throw Arguments.Invalid(nameof(Separator), "The separator must be an ASCII character other than a quote or a line break.");
    }

    /// <summary>Gets the encoding of a file without a byte order mark, or <see langword="null"/> (the default) for
    /// UTF-8, checked. A legacy code page comes from <see cref="GetEncoding"/>.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Gets how numbers write decimals, or <see langword="null"/> (the default) to follow the separator:
    /// <see cref="DecimalMark.Point"/> for a comma-separated file, <see cref="DecimalMark.Comma"/> otherwise.</summary>
    public DecimalMark? DecimalMark { get; init; }

    /// <summary>Finds an encoding by name or code page, including the Windows code pages Excel writes CSV in
    /// ("windows-1258" for Vietnamese, "1252", "utf-16").</summary>
    /// <param name="name">The encoding's name ("windows-1258", "cp1258") or code page number ("1258").</param>
    /// <returns>The encoding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No encoding has that name or number.</exception>
    public static Encoding GetEncoding(string name)
    {
        Arguments.CheckNotNull(name);
        var text = name.Trim();
        if (text.StartsWith("cp", StringComparison.OrdinalIgnoreCase) && int.TryParse(text.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var cp)
            || int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out cp))
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(cp) ?? FromFramework(() => Encoding.GetEncoding(cp), name);
        }
        return CodePagesEncodingProvider.Instance.GetEncoding(text) ?? FromFramework(() => Encoding.GetEncoding(text), name);
    }

    /// <summary>Gets the decimal mark of a file with a given separator.</summary>
    internal DecimalMark DecimalMarkFor(char separator) => DecimalMark ?? (separator == ',' ? Rules.DecimalMark.Point : Rules.DecimalMark.Comma);

    private static Encoding FromFramework(Func<Encoding> get, string name)
    {
        try
        {
            return get();
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw Arguments.Invalid(nameof(name), $"'{name}' is not an encoding this reader knows; try utf-8, utf-16 or windows-1258.", e);
        }
    }
}
