namespace ParIndex.Excel;

/// <summary>Writes result tables (scorecards, rankings, explanations …) as an Excel workbook, one sheet a table.</summary>
/// <remarks>
/// Numbers stay numbers: a <see cref="decimal"/> is shown with two decimals (its exact value kept in the cell), an
/// <see cref="int"/> whole, a percentage (<see cref="SpreadsheetTable.PercentColumns"/>) as the fraction in the format
/// 0.00% (86.19 is stored as 0.8619 and shows 86.19%). The header row is bold and frozen, columns are as wide as their contents (up to 60
/// characters), notes follow the table after an empty row. Text that a spreadsheet would run as a formula
/// (<see cref="SpreadsheetText.IsFormulaLike"/>) is stored with the cell's quote prefix, so that it stays text when the
/// cell is edited. Thread-safe.
/// </remarks>
public static class TablesXlsx
{
    /// <summary>Writes tables as a workbook.</summary>
    /// <param name="output">Where the .xlsx bytes go; left open.</param>
    /// <param name="tables">The tables, at least one; sheet names must differ.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="tables"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no table, or two share a sheet name.</exception>
    public static void Write(Stream output, IEnumerable<SpreadsheetTable> tables)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tables);
        var list = tables.ToList();
        if (list.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"two tables are named '{twice.Key}'; sheet names must differ", nameof(tables));
        }
        WorkbookWriter.Write(output, list.Select(t => new WorkbookWriter.SheetSpec(t)));
    }
}
