using System.Globalization;

namespace ParIndex.Excel;

/// <summary>Writes result tables (scorecards, rankings, explanations …) as an Excel workbook, one sheet a table; and says
/// which text a spreadsheet would run as a formula, the rule every writer of tables (CSV and .xlsx) shares.</summary>
/// <remarks>
/// Numbers stay numbers: a <see cref="decimal"/> is shown with two decimals (its exact value kept in the cell), an
/// <see cref="int"/> whole, a percentage (<see cref="SpreadsheetTable.PercentColumns"/>) as the fraction in the format
/// 0.00% (86.19 is stored as 0.8619 and shows 86.19%). The header row is bold and frozen, columns are as wide as their contents (up to 60
/// characters), notes follow the table after an empty row. Text that a spreadsheet would run as a formula
/// (<see cref="IsFormulaLike"/>) is stored with the cell's quote prefix, so that it stays text when the
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
        Arguments.CheckNotNull(output);
        Arguments.CheckNotNull(tables);
        var list = tables.ToList();
        if (list.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw Arguments.Invalid(nameof(tables), $"two tables are named '{twice.Key}'; sheet names must differ");
        }
        WorkbookWriter.Write(output, list.Select(t => new WorkbookWriter.SheetSpec(t)));
    }

    /// <summary>Says whether text written into a spreadsheet cell would be taken as a formula when the cell is opened or
    /// edited: it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return and is not a plain number
    /// such as "-3" or "+1.5" (OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection).</summary>
    /// <param name="text">The cell's text; <see langword="null"/> is not formula-like.</param>
    /// <returns><see langword="true"/> when a writer must neutralise the text: a leading apostrophe in CSV, the cell's
    /// quote prefix in a workbook.</returns>
    public static bool IsFormulaLike(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
