using System.Globalization;
using System.Text;

namespace ParIndex.Geography;

/// <summary>
/// Folds a provincial name as found in documents to a matching key: no diacritics (so NFC, NFD and the old and new
/// tone placements Hoà/Hòa, Thanh Hoá/Thanh Hóa fold alike), đ and its look-alikes Ð (U+00D0) and Ɖ (U+0189) to d,
/// lower case, every dash, dot and space ignored, and one unit prefix ("Tỉnh", "Thành phố", "TP.", "T.P.") or English
/// suffix ("Province", "City") dropped. The variants are those met in official documents and the press (docs/background.md, "Provinces").
/// </summary>
internal static class NameKey
{
    /// <summary>Input longer than this is folded in a heap buffer; names are far shorter.</summary>
    internal const int StackLimit = 128;

    private const char Skip = '\0';
    private const char Space = ' ';

    /// <summary>The folding of every char up to U+20FF (Latin, Vietnamese, combining marks, general punctuation).</summary>
    private static readonly char[] s_map = BuildMap();

    private static readonly string[] s_prefixes = ["tinh ", "thanh pho ", "tp ", "t p "];
    private static readonly string[] s_suffixes = [" province", " city"];

    /// <summary>Folds <paramref name="name"/> into <paramref name="key"/> (at least as long as the name) and returns the key's length.</summary>
    internal static int Fold(ReadOnlySpan<char> name, Span<char> key)
    {
        // First pass: fold each char, collapse separators to one space, trim.
        var length = 0;
        foreach (var c in name)
        {
            var folded = c < s_map.Length ? s_map[c] : FoldRare(c);
            if (folded == Skip || (folded == Space && (length == 0 || key[length - 1] == Space)))
            {
                continue;
            }
            key[length++] = folded;
        }
        if (length > 0 && key[length - 1] == Space)
        {
            length--;
        }
        // Drop one prefix and one suffix word, never the whole name.
        var words = key[..length];
        foreach (var prefix in s_prefixes)
        {
            if (words.Length > prefix.Length && words.StartsWith(prefix, StringComparison.Ordinal))
            {
                words = words[prefix.Length..];
                break;
            }
        }
        foreach (var suffix in s_suffixes)
        {
            if (words.Length > suffix.Length && words.EndsWith(suffix, StringComparison.Ordinal))
            {
                words = words[..^suffix.Length];
                break;
            }
        }
        // Last pass: remove the spaces, so "Dak Lak", "Daklak" and "Đắk Lắk" meet.
        var written = 0;
        foreach (var c in words)
        {
            if (c != Space)
            {
                key[written++] = c;
            }
        }
        return written;
    }

    /// <summary>Folds a whole name to a key string (for building indices and for messages).</summary>
    internal static string Of(string name)
    {
        var buffer = name.Length <= StackLimit ? stackalloc char[StackLimit] : new char[name.Length];
        return new string(buffer[..Fold(name, buffer)]);
    }

    private static char FoldRare(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.Format => Skip,
        UnicodeCategory.DashPunctuation or UnicodeCategory.SpaceSeparator or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.Control
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => Space,
        _ => char.ToLowerInvariant(c),
    };

    private static char[] BuildMap()
    {
        var map = new char[0x2100];
        for (var i = 0; i < map.Length; i++)
        {
            var c = (char)i;
            if (c < 0x80)
            {
                map[i] = char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : Space;
                continue;
            }
            if (c is 'đ' or 'Đ' or '\u00D0' or '\u0189')
            {
                // NFD does not decompose đ; Ð (Icelandic eth) and Ɖ (African D) are typed for Đ.
                map[i] = 'd';
                continue;
            }
            if (char.IsSurrogate(c))
            {
                map[i] = c;
                continue;
            }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD)[0];
            map[i] = decomposed < 0x80 && char.IsAsciiLetter(decomposed) ? char.ToLowerInvariant(decomposed) : FoldRare(c);
        }
        return map;
    }
}
