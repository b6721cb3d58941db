using System.Text;

namespace ParIndex;

/// <summary>
/// One problem found while validating a methodology or a unit's input: what kind, where (the criterion code and,
/// for input, the unit), and a message a person can act on (vấn đề của dữ liệu đầu vào).
/// </summary>
/// <remarks>Immutable and thread-safe. Errors are reported all at once as a list of these, never one at a time.</remarks>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="kind">What the problem is about.</param>
    /// <param name="criterionCode">The code of the node concerned ("2.1.3"), or <see langword="null"/> when it concerns the whole methodology or unit.</param>
    /// <param name="message">A culture-invariant message in English.</param>
    /// <param name="unitCode">The code of the assessed unit concerned, or <see langword="null"/> for a methodology problem.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public Diagnostic(DiagnosticKind kind, string? criterionCode, string message, string? unitCode = null)
    {
        Kind = kind;
        CriterionCode = criterionCode;
        Message = Preconditions.CheckNotNull(message, nameof(message));
        UnitCode = unitCode;
    }

    /// <summary>Gets what the problem is about.</summary>
    public DiagnosticKind Kind { get; }

    /// <summary>Gets the code of the node concerned, or <see langword="null"/> for a problem of the whole.</summary>
    public string? CriterionCode { get; }

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
    public string? Source { get; init; }

    /// <summary>Formats the diagnostic as "$.areas[0] (line 4, column 7), unit 96, criterion 1.1.4: message", or with a
    /// source and no JSON path as "units.csv:5:5, unit A, criterion 1.1.4: message".</summary>
    /// <returns>The place and the message on one line.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Source is not null && JsonPath is null)
        {
            text.Append(Source);
            if (Line is { } sourceLine)
            {
                text.Append(Invariant.Format($":{sourceLine}")).Append(Column is { } column ? Invariant.Format($":{column}") : string.Empty);
            }
        }
        else if (Source is not null)
        {
            text.Append(Source).Append(' ');
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
        if (CriterionCode is not null)
        {
            text.Append(text.Length > 0 ? ", " : string.Empty).Append("criterion ").Append(CriterionCode);
        }
        return text.Length == 0 ? Message : text.Append(": ").Append(Message).ToString();
    }
}
