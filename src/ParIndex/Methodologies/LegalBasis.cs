using NodaTime;

namespace ParIndex.Methodologies;

/// <summary>The decision a methodology comes from (căn cứ pháp lý): its number, date and title.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record LegalBasis
{
    /// <summary>Creates a legal basis.</summary>
    /// <param name="documentNumber">The document number as written, e.g. "876/QĐ-BNV".</param>
    /// <param name="issuedOn">The date of issue, or <see langword="null"/> when not sourced.</param>
    /// <param name="title">The title (trích yếu), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="documentNumber"/> is null or blank.</exception>
    public LegalBasis(string documentNumber, LocalDate? issuedOn = null, string? title = null)
    {
        DocumentNumber = Text.Nfc(Preconditions.CheckNotBlank(documentNumber, nameof(documentNumber)));
        IssuedOn = issuedOn;
        Title = title is null ? null : Text.Nfc(title);
    }

    /// <summary>Gets the document number, e.g. "876/QĐ-BNV".</summary>
    public string DocumentNumber { get; }

    /// <summary>Gets the date of issue, when sourced.</summary>
    public LocalDate? IssuedOn { get; }

    /// <summary>Gets the title, when sourced.</summary>
    public string? Title { get; }

    /// <summary>Formats the basis as "876/QĐ-BNV (2022-11-10)".</summary>
    /// <returns>The basis as text.</returns>
    public override string ToString() => IssuedOn is { } date
        ? DocumentNumber + " (" + date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ")"
        : DocumentNumber;
}
