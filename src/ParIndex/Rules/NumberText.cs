using System;
using System.Globalization;

namespace ParIndex.Rules;

/// <summary>Numbers as people write them in files, by the file's <see cref="DecimalMark"/>; never guessed.</summary>
internal static class NumberText
{
    /// <summary>Reads a number; on failure <paramref name="hint"/> may say what to write instead (" (write decimals
    /// with a dot)"), to be appended to the caller's message.</summary>
    internal static bool TryParse(string text, DecimalMark mark, out decimal value, out string? hint)
    {
        value = 0m;
        hint = null;
        var t = text.AsSpan().Trim();
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
            return dots <= 1 && Invariant(t, out value);
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
            return Invariant(t, out value); // "87.5": a decimal point in a decimal-comma file, unambiguous
        }
        // Dots group the integer part only: one after the decimal comma ("1,234.5") would be dropped unseen.
        if (dots > 0 && (!GroupsOfThree(t[..integerEnd]) || t[integerEnd..].Contains('.')))
        {
            hint = " (dots must group thousands: 1.234,5)";
            return false;
        }
        Span<char> plain = stackalloc char[t.Length];
        var n = 0;
        foreach (var c in t)
        {
            if (c != '.')
            {
                plain[n++] = c == ',' ? '.' : c;
            }
        }
        return Invariant(plain[..n], out value);
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
