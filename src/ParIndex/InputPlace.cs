namespace ParIndex;

/// <summary>Where a value was read: the file, and the line and column (CSV), or the JSON path, or a cell
/// ("Sheet1!C4" as a path). Readers put it on every <see cref="Diagnostic"/> they report.</summary>
/// <param name="File">The file or input, as the caller named it ("units.csv"), or <see langword="null"/>.</param>
/// <param name="Line">The 1-based line, or <see langword="null"/>.</param>
/// <param name="Column">The 1-based column (a CSV field's position), or <see langword="null"/>.</param>
/// <param name="Path">A JSON path ("$.units[0].values['1.1']") or a cell, or <see langword="null"/>.</param>
public readonly record struct InputPlace(string? File, int? Line = null, int? Column = null, string? Path = null)
{
    /// <summary>Makes a diagnostic at this place.</summary>
    /// <param name="kind">What the problem is about.</param>
    /// <param name="itemCode">The code of the item concerned (a criterion's, see <see cref="Diagnostic.ItemCode"/>), or <see langword="null"/>.</param>
    /// <param name="message">The message, quoting the text as written.</param>
    /// <param name="unitCode">The unit concerned, or <see langword="null"/>.</param>
    /// <returns>The diagnostic, with <see cref="Diagnostic.File"/>, line, column and path set.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="message"/> is null.</exception>
    public Diagnostic Problem(DiagnosticKind kind, string? itemCode, string message, string? unitCode = null) =>
        new(kind, itemCode, message, unitCode) { File = File, Line = Line, Column = Column, JsonPath = Path };

    /// <summary>Formats the place as "units.csv:5:5", "units.json $.units[0]" or "line 5".</summary>
    /// <returns>The place.</returns>
    public override string ToString() => Problem(DiagnosticKind.MalformedRow, null, string.Empty).ToString().TrimEnd(':', ' ');
}
