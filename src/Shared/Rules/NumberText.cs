using System.Globalization;

namespace ParIndex.Rules;

/// <summary>Numbers as people write them in files, by the file's <see cref="DecimalMark"/>; never guessed. The one
/// place that says what to write instead of a number whose decimals are written the other way.</summary>
/// <remarks>Compiled into the core, ParIndex.Csv and ParIndex.Excel (linked source), so that every reader gives the same
/// hint.</remarks>
internal static class NumberText
{
    /// <summary>What to write instead of a number (or a percentage, "84,4%") whose decimal comma or point is not the
    /// file's decimal mark: " (write decimals with a dot)" for "84,4" in a file with decimal points; <see langword="null"/>
    /// when its fault is not how it writes decimals ("lots", "1e2").</summary>
    internal static string? Hint(string text, DecimalMark mark)
    {
        var t = text.AsSpan().Trim();
        t = t.EndsWith("%") ? t[..^1] : t;
        Span<char> plain = stackalloc char[t.Length];
        return TryInvariant(t, mark, plain, out _, out var hint) ? null : hint;
    }

    /// <summary>Reads a number; on failure <paramref name="hint"/> may say what to write instead (" (write decimals
    /// with a dot)"), to be appended to the caller's message.</summary>
    internal static bool TryParse(string text, DecimalMark mark, out decimal value, out string? hint)
    {
        value = 0m;
        var t = text.AsSpan().Trim();
        Span<char> plain = stackalloc char[t.Length];
        if (TryInvariant(t, mark, plain, out var length, out hint))
        {
            if (Invariant(plain[..length], out value))
            {
                return true;
            }
            hint = " (too large: a number here is at most 79228162514264337593543950335 either way)";
            return false;
        }
        // A number in scientific notation (9.5e1, 1e400) is one: its form is what is wrong, and said.
        if (hint is null && t.IndexOfAny('e', 'E') > 0
            && double.TryParse(mark == DecimalMark.Comma ? t.ToString().Replace(',', '.') : t, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            hint = " (write it in plain digits, without an exponent)";
        }
        return false;
    }

    /// <summary>Reads a floating-point number (a composite indicator's data: "390.799991147468", "1e-04"; "390,8" and
    /// "1,5e-04" with a decimal comma).</summary>
    internal static bool TryParseDouble(string text, DecimalMark mark, out double value, out string? hint)
    {
        value = 0d;
        hint = null;
        var t = text.AsSpan().Trim();
        if (mark == DecimalMark.Point)
        {
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                return true;
            }
            hint = t.Contains(',') ? " (write decimals with a dot, and no thousands separator)" : null;
            return false;
        }
        // A decimal comma: the digits as TryParse reads them, then an exponent as R's write.csv2 writes it ("1,5e-04").
        var e = t.IndexOfAny('e', 'E');
        var exponent = e < 0 ? [] : t[(e + 1)..];
        if (e >= 0 && (exponent.Length == 0 || !int.TryParse(exponent, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            return false;
        }
        var mantissa = e < 0 ? t : t[..e];
        Span<char> plain = stackalloc char[t.Length + 1];
        if (!TryInvariant(mantissa, mark, plain, out var length, out hint))
        {
            return false;
        }
        if (e >= 0)
        {
            plain[length++] = 'e';
            exponent.CopyTo(plain[length..]);
            length += exponent.Length;
        }
        return double.TryParse(plain[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Checks a number by the file's mark and writes it with a decimal point and no group separators into
    /// <paramref name="plain"/> (as long as <paramref name="t"/> at least).</summary>
    private static bool TryInvariant(ReadOnlySpan<char> t, DecimalMark mark, Span<char> plain, out int length, out string? hint)
    {
        length = 0;
        hint = null;
        var body = t.Length > 0 && t[0] is '-' or '+' ? t[1..] : t;
        int dots = 0, commas = 0, digits = 0;
        foreach (var c in body)
        {
            switch (c)
            {
                case '.':
                    dots++;
                    break;
                case ',':
                    commas++;
                    break;
                case >= '0' and <= '9':
                    digits++;
                    break;
                default:
                    return false;
            }
        }
        if (digits == 0)
        {
            return false;
        }
        if (mark == DecimalMark.Point)
        {
            if (commas > 0)
            {
                hint = " (write decimals with a dot)";
                return false;
            }
            return dots <= 1 && Copy(t, plain, out length);
        }
        if (commas > 1)
        {
            hint = " (write decimals with one comma, thousands with dots or not at all)";
            return false;
        }
        var integerEnd = commas == 1 ? t.IndexOf(',') : dots == 1 ? t.IndexOf('.') : t.Length;
        if (commas == 0 && dots == 1)
        {
            if (t.Length - integerEnd - 1 == 3 && integerEnd > (t[0] is '-' or '+' ? 1 : 0))
            {
                hint = " (in a file with decimal commas a dot before three digits could be a decimal point or group thousands: write 1234 or 1,234)";
                return false;
            }
            return Copy(t, plain, out length); // "87.5": a decimal point in a decimal-comma file, unambiguous
        }
        // Dots group the integer part only: one after the decimal comma ("1,234.5") would be dropped unseen.
        if (dots > 0 && (!GroupsOfThree(t[..integerEnd]) || t[integerEnd..].Contains('.')))
        {
            hint = " (dots must group thousands: 1.234,5)";
            return false;
        }
        foreach (var c in t)
        {
            if (c != '.')
            {
                plain[length++] = c == ',' ? '.' : c;
            }
        }
        return true;
    }

    private static bool Copy(ReadOnlySpan<char> t, Span<char> plain, out int length)
    {
        t.CopyTo(plain);
        length = t.Length;
        return true;
    }

    private static bool Invariant(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>"1.234.567" (with an optional sign): a first group of 1–3 digits, then groups of exactly three.</summary>
    private static bool GroupsOfThree(ReadOnlySpan<char> integer)
    {
        if (integer.Length > 0 && integer[0] is '-' or '+')
        {
            integer = integer[1..];
        }
        var groups = integer.ToString().Split('.');
        if (groups[0].Length is < 1 or > 3)
        {
            return false;
        }
        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Length != 3)
            {
                return false;
            }
        }
        return true;
    }
}
