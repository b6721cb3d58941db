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

    /// <summary>Why a number read as points is none of them: points are whole units of 10⁻¹⁰, as a methodology's are, so
    /// 0.00000000001 is refused at its cell (it was summed into a total, or shown beside an appraisal rounded to 0);
    /// trailing zeros are no decimals. <see langword="null"/> when it is.</summary>
    public static string? NotWholePoints(string text, decimal number) =>
        decimal.Round(number, PointDecimals) == number ? null : $"{CellText.Quote(text)} has more than {PointDecimals} decimal places, the most points have";

    // The core's Points.DecimalPlaces, which these packages cannot reach (internal).
    private const int PointDecimals = 10;

    /// <summary>The first of a row's free-text cells (a unit's name, a reason) that holds a control character, which
    /// would pass into every output that shows it, with what is wrong ("the unit's name holds a control character
    /// (U+0000)"); <see langword="null"/> when none does. An absent optional column reads as empty.</summary>
    public static (string Column, string Message)? ControlCharacter(ITextTable table, params string[] columns)
    {
        foreach (var column in columns)
        {
            var text = table.Field(column);
            if ((column == "name" ? CellText.UnitName(text) : CellText.ControlCharacter(text) is { } control ? "the " + column + " " + control : null) is { } message)
            {
                return (column, message);
            }
        }
        return null;
    }

    /// <summary>Gets the name a row gives its unit, or <see langword="null"/> when its name cell is empty.</summary>
    public static string? Name(ITextTable table) => NullIfEmpty(table.Field("name"));

    /// <summary>Opens a table that lists its problems in a new list, maps its rows and closes it: the body of every
    /// reader's entry point, of a CSV file and of a sheet alike.</summary>
    /// <param name="open">Opens the table with the given reporter; <see langword="null"/> when the input is not a table
    /// at all (a file that is not a workbook), which is reported.</param>
    /// <param name="map">Maps the rows, given the table (or <see langword="null"/>) and the list of problems.</param>
    public static T Read<TTable, T>(Func<Action<Diagnostic>, TTable?> open, Func<ITextTable?, List<Diagnostic>, T> map)
        where TTable : class, ITextTable, IDisposable
    {
        var problems = new List<Diagnostic>();
        using var table = open(problems.Add);
        return map(table, problems);
    }
}
