using System.Text;

namespace ParIndex;

/// <summary>
/// One problem found while validating a methodology, a plan or a unit's input: what kind, where (the code of the item
/// concerned, a criterion, a target, a question, and for input the unit and the file), and a message a person can act
/// on (vấn đề của dữ liệu đầu vào).
/// </summary>
/// <remarks>Immutable and thread-safe. Errors are reported all at once as a list of these, never one at a time.</remarks>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="kind">What the problem is about.</param>
    /// <param name="itemCode">The code of the item concerned (a criterion "2.1.3", or what <see cref="Item"/> says), or
    /// <see langword="null"/> when it concerns the whole methodology, plan or unit.</param>
    /// <param name="message">A culture-invariant message in English.</param>
    /// <param name="unitCode">The code of the assessed unit concerned, or <see langword="null"/> for a methodology problem.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public Diagnostic(DiagnosticKind kind, string? itemCode, string message, string? unitCode = null)
    {
        Kind = kind;
        ItemCode = itemCode;
        Message = Preconditions.CheckNotNull(message, nameof(message));
        UnitCode = unitCode;
    }

    /// <summary>Gets what the problem is about.</summary>
    public DiagnosticKind Kind { get; }

    /// <summary>Gets the code of the item the problem is about: a criterion's code ("2.1.3"), a target's id, a survey
    /// question's or a composite element's code, as <see cref="Item"/> says; or <see langword="null"/> for a problem of
    /// the whole.</summary>
    public string? ItemCode { get; }

    /// <summary>Gets what <see cref="ItemCode"/> names: a criterion (the default), a target, a question, an element or an indicator.</summary>
    public DiagnosticItem Item { get; init; }

    /// <summary>Gets the code of the assessed unit concerned, or <see langword="null"/>.</summary>
    public string? UnitCode { get; }

    /// <summary>Gets the message, in English, formatted with the invariant culture.</summary>
    public string Message { get; }

    /// <summary>Gets the JSON path of the element concerned ("$.areas[0].criteria[2]") when the problem was found in a
    /// JSON document, otherwise <see langword="null"/>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>Gets the 1-based line in the file (a JSON document, a CSV file: the line where the row starts), when known.</summary>
    public int? Line { get; init; }

    /// <summary>Gets the 1-based column, when known: in bytes of UTF-8 in a JSON document; the field's position in a CSV
    /// row.</summary>
    public int? Column { get; init; }

    /// <summary>Gets the file or other input the problem was found in ("units.csv"), as the reader was told it, or
    /// <see langword="null"/>.</summary>
    public string? File { get; init; }

    /// <summary>Formats the diagnostic as "$.areas[0] (line 4, column 7), unit 96, criterion 1.1.4: message", or with a
    /// file and no JSON path as "units.csv:5:5, unit A, criterion 1.1.4: message"; the code is preceded by the word of
    /// its <see cref="Item"/> ("target t1", "question TC1", "element Pop").</summary>
    /// <returns>The place and the message on one line.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null && JsonPath is null)
        {
            text.Append(File);
            if (Line is { } sourceLine)
            {
                text.Append(Invariant.Format($":{sourceLine}")).Append(Column is { } column ? Invariant.Format($":{column}") : string.Empty);
            }
        }
        else if (File is not null)
        {
            text.Append(File).Append(' ');
        }
        if (JsonPath is not null)
        {
            text.Append(JsonPath);
            if (Line is { } line)
            {
                text.Append(Invariant.Format($" (line {line}, column {Column ?? 0})"));
            }
        }
        if (UnitCode is not null)
        {
            text.Append(text.Length > 0 ? ", " : string.Empty).Append("unit ").Append(UnitCode);
        }
        if (ItemCode is not null)
        {
            text.Append(text.Length > 0 ? ", " : string.Empty).Append(Item.ToString().ToLowerInvariant()).Append(' ').Append(ItemCode);
        }
        return text.Length == 0 ? Message : text.Append(": ").Append(Message).ToString();
    }
}
