using System.Globalization;

namespace ParIndex.Excel;

/// <summary>The rule for text a spreadsheet would run as a formula, shared by every writer of tables (CSV and .xlsx).</summary>
public static class SpreadsheetText
{
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
