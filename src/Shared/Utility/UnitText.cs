namespace ParIndex.Utility;

/// <summary>What the readers say of a unit's rows that disagree, in one set of words for the table readers and the
/// indicators builder.</summary>
/// <remarks>Compiled into the core, ParIndex.Csv and ParIndex.Excel (linked source): none of them can reach another's
/// internals.</remarks>
internal static class UnitText
{
    /// <summary>The problem of one unit code written with two names: two units given one code by mistake, whose rows
    /// would merge into the first, the second name vanishing without a word. Names in NFC and NFD agree.</summary>
    /// <returns>The words, or <see langword="null"/> when the names agree or either row gives none.</returns>
    internal static string? TwoNames(string code, string? name, string? first, InputPlace firstPlace) =>
        name is null || first is null || string.Equals(name.Normalize(), first.Normalize(), StringComparison.Ordinal) ? null
            : $"unit {code} is named {CellText.Quote(name)} here but {CellText.Quote(first)} at {firstPlace}; one code is one unit: give each unit its own code";
}
