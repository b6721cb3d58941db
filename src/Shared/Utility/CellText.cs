namespace ParIndex.Utility;

/// <summary>What a table's reader says of a required cell it cannot read, in one set of words for every reader: an empty
/// cell is said to be empty ("no value: the cell is empty"), not quoted as a text it does not hold ("'' is not a
/// percentage").</summary>
/// <remarks>Compiled into the core, ParIndex.Csv, ParIndex.Excel and the tool (linked source): none of them can reach
/// another's internals.</remarks>
internal static class CellText
{
    /// <summary>"no <paramref name="what"/>: the cell is empty".</summary>
    internal static string Empty(string what) => "no " + what + ": the cell is empty";

    /// <summary>What is wrong with a cell of free text (a unit's name) that holds a control character, which would pass
    /// into every output that shows it ("holds a control character (U+0000)"), named, not quoted; <see langword="null"/>
    /// when it holds none. With <paramref name="breaksAllowed"/>, a tab and line breaks pass (a note may hold them).</summary>
    internal static string? ControlCharacter(string text, bool breaksAllowed = false)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && !(breaksAllowed && c is '\t' or '\n' or '\r'))
            {
                return FormattableString.Invariant($"holds a control character (U+{(int)c:X4})");
            }
        }
        return null;
    }

    /// <summary>What is wrong with a unit's name that holds a control character, in the words of every reader and of the
    /// indicators' builder ("the unit's name holds a control character (U+0000)"); <see langword="null"/> when it holds
    /// none.</summary>
    internal static string? UnitName(string name) => ControlCharacter(name) is { } control ? "the unit's name " + control : null;

    /// <summary>What is wrong with a text to be written into a workbook, whose XML holds no control character ("the unit's
    /// code holds a control character (U+0007), which a workbook cannot hold"), <paramref name="what"/> naming the text;
    /// <see langword="null"/> when it holds none. The one rule of the self-assessment form and of the tool's options that
    /// fill it in.</summary>
    internal static string? NotForWorkbook(string text, string what) =>
        ControlCharacter(text) is { } control ? what + " " + control + ", which a workbook cannot hold" : null;

    /// <summary>Why a cell's text is not <paramref name="expected"/>: <see cref="Empty"/> when it is blank, else the text
    /// quoted ("'20x3' is not a year").</summary>
    internal static string IsNot(string text, string what, string expected) =>
        string.IsNullOrWhiteSpace(text) ? Empty(what) : Quote(text) + " is not " + expected;

    /// <summary>A value quoted as written for a message ("'95,5'"), a control character in it shown escaped ("'t\u0007t'"),
    /// so that a bell, a NUL or an escape sequence reaches no terminal or log raw.</summary>
    internal static string Quote(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return "'" + text + "'";
        }
        var quoted = new System.Text.StringBuilder("'", text.Length + 8);
        foreach (var c in text)
        {
            _ = char.IsControl(c) ? quoted.Append(FormattableString.Invariant($"\\u{(int)c:X4}")) : quoted.Append(c);
        }
        return quoted.Append('\'').ToString();
    }
}
