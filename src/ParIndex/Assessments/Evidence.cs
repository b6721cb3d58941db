using NodaTime;

namespace ParIndex.Assessments;

/// <summary>A document cited as evidence for a self-assessed score (tài liệu kiểm chứng): its number, issuer and date.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record Evidence
{
    /// <summary>Creates an evidence record.</summary>
    /// <param name="documentNumber">The document's number as written, e.g. "6112/KH-UBND".</param>
    /// <param name="issuer">Who issued it, e.g. "UBND tỉnh Phú Yên", or <see langword="null"/>.</param>
    /// <param name="issuedOn">When it was issued, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="documentNumber"/> is null or blank.</exception>
    public Evidence(string documentNumber, string? issuer = null, LocalDate? issuedOn = null)
    {
        DocumentNumber = Text.Nfc(Preconditions.CheckNotBlank(documentNumber, nameof(documentNumber)));
        Issuer = issuer is null ? null : Text.Nfc(issuer);
        IssuedOn = issuedOn;
    }

    /// <summary>Gets the document's number.</summary>
    public string DocumentNumber { get; }

    /// <summary>Gets the issuer, when given.</summary>
    public string? Issuer { get; }

    /// <summary>Gets the date of issue, when given.</summary>
    public LocalDate? IssuedOn { get; }

    /// <summary>Formats as "6112/KH-UBND, UBND tỉnh Phú Yên, 2019-12-30".</summary>
    /// <returns>The parts that are known, separated by commas.</returns>
    public override string ToString() =>
        string.Join(", ", new[] { DocumentNumber, Issuer, IssuedOn?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }.OfType<string>());
}
