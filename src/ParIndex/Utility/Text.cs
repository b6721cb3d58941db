using System.Globalization;
using System.Text;

namespace ParIndex.Utility;

/// <summary>Text normalisation shared by the model.</summary>
internal static class Text
{
    /// <summary>Vietnamese names are kept in Unicode NFC, so that "Hòa" typed in NFD compares equal.</summary>
    internal static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>The one normal form of a key (a unit, criterion or question code, a province name as a key): trimmed,
    /// without zero-width characters, in NFC. Text pasted from a second file or typed on another system (macOS names
    /// in NFD, a zero-width space from a web page) must name the same thing.</summary>
    internal static string Key(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length == text.Length && IsPlainAscii(trimmed))
        {
            return text; // the common case (codes such as "1.1.4", "96") allocates nothing
        }
        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (!IsZeroWidth(c))
            {
                builder.Append(c);
            }
        }
        return Nfc(builder.ToString().Trim());
    }

    /// <summary>The line and column (1-based) of the first U+FFFD in a text, or <see langword="null"/>: the mark a
    /// decoder leaves for bytes it could not read, so text that holds it was not UTF-8 and is garbled.</summary>
    internal static (int Line, int Column)? ReplacementCharacter(string text)
    {
        var at = text.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        return (text.AsSpan(0, at).Count('\n') + 1, at - lineStart + 1);
    }

    /// <summary>Says how two keys that differ in their normal form differ in ways a person cannot see (a no-break
    /// space, a doubled space, a compatibility character such as a full-width digit), or <see langword="null"/> when
    /// they look different.</summary>
    internal static string? InvisibleDifference(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal) || !string.Equals(Fold(a), Fold(b), StringComparison.Ordinal))
        {
            return null;
        }
        var odd = new StringBuilder();
        foreach (var c in a + b)
        {
            if (c > '\u007e' && char.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator or UnicodeCategory.Format or UnicodeCategory.Control
                || c > '\uff00' && c < '\uffef')
            {
                var name = Invariant.Format($"U+{(int)c:X4}");
                if (odd.ToString().IndexOf(name, StringComparison.Ordinal) < 0)
                {
                    odd.Append(odd.Length > 0 ? ", " : string.Empty).Append(name);
                }
            }
        }
        return odd.Length > 0 ? "they differ only in characters that look alike (" + odd + ")" : "they differ only in spacing";
    }

    /// <summary>A key as a person sees it: compatibility characters folded (NFKC), runs of spaces as one space.</summary>
    internal static string Fold(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsPlainAscii(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }
        return true;
    }

    // Zero-width space, non-joiner, joiner, word joiner, byte order mark (left by some editors mid-file), soft hyphen.
    private static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
