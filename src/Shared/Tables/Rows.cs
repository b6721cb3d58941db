using System.Globalization;

namespace ParIndex.Tables;

/// <summary>Small helpers of the row-to-model mappings.</summary>
internal static class Rows
{
    /// <summary>The cell's text, or <see langword="null"/> when it is empty.</summary>
    public static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>Reads a whole number written with digits only, as a year, a rank or a count is: "2023", not "+2023",
    /// "2,023" or "2023.0".</summary>
    public static bool TryWhole(string text, out int value) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
