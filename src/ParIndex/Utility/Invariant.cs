using System.Globalization;

namespace ParIndex.Utility;

/// <summary>Culture-invariant formatting of the numbers that appear in explanations and messages.</summary>
internal static class Invariant
{
    /// <summary>Formats a decimal without trailing zeros ("2", "0.5", "87.25"), whatever the current culture.</summary>
    internal static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    internal static string Format(FormattableString text) => FormattableString.Invariant(text);
}
