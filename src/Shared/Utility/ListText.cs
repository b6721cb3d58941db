using System.Globalization;

namespace ParIndex.Utility;

/// <summary>The things one problem concerns, for a message that says the problem once for all of them (a column that
/// overflows for every unit, a flood of unknown columns): the first few named, the rest counted.</summary>
/// <remarks>Compiled into the core, ParIndex.Csv and ParIndex.Excel (linked source): none of them can reach another's
/// internals.</remarks>
internal static class ListText
{
    /// <summary>How many are named; a reader that says each of a few at its own place says more than this many once.</summary>
    internal const int Named = 5;

    /// <summary>"U1, U2", or "Z0, Z1, Z2, Z3, Z4, … (3000 in all)".</summary>
    internal static string FirstFew(IReadOnlyList<string> items) =>
        string.Join(", ", items.Take(Named)) + (items.Count > Named ? string.Create(CultureInfo.InvariantCulture, $", … ({items.Count} in all)") : string.Empty);
}
