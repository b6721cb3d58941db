using ParIndex.Geography;

namespace ParIndex.Scoring;

/// <summary>The unit whose work is assessed (đơn vị được đánh giá): a province, a ministry, a department, a district.</summary>
/// <remarks>Immutable; equality by code and name (ordinal). The code is a key: stored trimmed, without zero-width
/// characters, in Unicode NFC, so that "Sở Tư pháp" typed in NFD is the same unit; the name is stored in NFC.</remarks>
public sealed record AssessedUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="code">A stable code, e.g. the General Statistics Office code "96" for Cà Mau (normalised as a key).</param>
    /// <param name="name">The Vietnamese name, e.g. "Cà Mau" (stored in NFC).</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="name"/> is null or blank.</exception>
    public AssessedUnit(string code, string name)
    {
        Code = Text.Key(Preconditions.CheckNotBlank(code, nameof(code)));
        Name = Text.Nfc(Preconditions.CheckNotBlank(name, nameof(name)));
    }

    /// <summary>Makes the assessed unit of a province, for scoring and ranking: its code and bare name.</summary>
    /// <param name="province">The province.</param>
    /// <returns>A unit with the province's <see cref="Province.Code"/> and <see cref="Province.Name"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    public static AssessedUnit Of(Province province)
    {
        Preconditions.CheckNotNull(province, nameof(province));
        return new(province.Code, province.Name);
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the Vietnamese name (NFC).</summary>
    public string Name { get; }

    /// <summary>Formats the unit as "96 Cà Mau".</summary>
    /// <returns>Code and name.</returns>
    public override string ToString() => Code + " " + Name;
}
