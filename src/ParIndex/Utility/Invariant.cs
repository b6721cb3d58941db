using System.Globalization;

namespace ParIndex.Utility;

/// <summary>Culture-invariant formatting of the numbers that appear in explanations and messages.</summary>
internal static class Invariant
{
    /// <summary>Formats a decimal without trailing zeros ("2", "0.5", "87.25"), whatever the current culture.</summary>
    internal static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    internal static string Format(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>The first five of the things one problem concerns, for a message that says the problem once for all of
    /// them: "U1, U2" or "Z0, Z1, Z2, Z3, Z4, … (3000 in all)".</summary>
    internal static string FirstFew(IReadOnlyList<string> items)
    {
        const int Named = 5;
        return string.Join(", ", items.Take(Named)) + (items.Count > Named ? Format($", … ({items.Count} in all)") : string.Empty);
    }
}
