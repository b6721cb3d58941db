namespace ParIndex.Composites;

/// <summary>One row of a composite indicator's metadata (COINr's <c>iMeta</c>): an indicator, an aggregate (pillar,
/// sub-index, index), a group column, a denominator or another column of the unit data (thành phần của chỉ số tổng hợp).</summary>
/// <remarks>
/// <para>Built with an object initialiser and validated as a whole by <see cref="CompositeModel"/>, which reports every
/// problem at once. Immutable.</para>
/// <para>Levels: indicators are level 1, each aggregate one level above its children, the index at the top; groups,
/// denominators and other columns have no level.</para>
/// </remarks>
internal sealed class CompositeElement
{
    private readonly string _code = null!;
    private readonly string? _parent;
    private readonly string? _denominator;

    /// <summary>Gets the code (<c>iCode</c>), in Unicode NFC: no white space, not beginning with a digit, unique in the model.</summary>
    /// <remarks>Codes are keys: a metadata file saved in NFD (macOS, or Windows-1258's separate tone marks) must name
    /// the same column as the unit data's header, so <see cref="Code"/>, <see cref="Parent"/> and
    /// <see cref="Denominator"/> are kept in NFC.</remarks>
    public required string Code { get => _code; init => _code = Nfc(value)!; }

    /// <summary>Gets the name (<c>iName</c>), or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets what the row describes.</summary>
    public required ElementType Type { get; init; }

    /// <summary>Gets the level (1 for indicators, 2 and up for aggregates), or <see langword="null"/> for groups,
    /// denominators and other columns.</summary>
    public int? Level { get; init; }

    /// <summary>Gets the code of the aggregate one level up, or <see langword="null"/> at the top level.</summary>
    public string? Parent { get => _parent; init => _parent = Nfc(value); }

    /// <summary>Gets the direction: 1 when more is better, −1 when less is better (applied before normalising).</summary>
    public int Direction { get; init; } = 1;

    /// <summary>Gets the weight within the parent (any non-negative number; weights are rescaled over the children
    /// present), or <see langword="null"/> for rows without a level. This is the weight set "Original".</summary>
    public double? Weight { get; init; }

    /// <summary>Gets the code of the denominator column this indicator is divided by, or <see langword="null"/>.</summary>
    public string? Denominator { get => _denominator; init => _denominator = Nfc(value); }

    /// <summary>Gets the target (in the indicator's units, for distance-to-target normalisation), or <see langword="null"/>.</summary>
    public double? Target { get; init; }

    /// <summary>Gets the unit of measurement as text ("Percent"), or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    private static string? Nfc(string? code) => code is null ? null : Utility.Text.Nfc(code);

    /// <summary>Formats as "Physical (aggregate, level 2)".</summary>
    /// <returns>Code, type and level.</returns>
    public override string ToString() =>
        Code + " (" + Type.ToString().ToLowerInvariant() + (Level is { } level ? ", level " + level.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty) + ")";
}
