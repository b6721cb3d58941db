using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.Composites;

/// <summary>One row of a composite indicator's unit data (COINr's <c>iData</c>): a unit (country, province, commune)
/// with its group labels, denominators and raw indicator values (đơn vị).</summary>
/// <remarks>Immutable; the dictionaries are copied. Validated as a whole by <see cref="CompositeModel"/>.</remarks>
internal sealed class CompositeUnit
{
    /// <summary>Creates a unit row.</summary>
    /// <param name="code">The unit code (<c>uCode</c>), e.g. "AUT"; validated by the model (no white space, unique).</param>
    /// <param name="name">The unit name (<c>uName</c>), or <see langword="null"/> to use the code.</param>
    /// <param name="values">Numeric columns by code: indicators and denominators; <see langword="null"/> or
    /// <see cref="double.NaN"/> for a missing value.</param>
    /// <param name="groups">Group labels by group column code (<see langword="null"/> for a missing label), or <see langword="null"/>.</param>
    /// <param name="time">The period (<c>Time</c>), e.g. 2018, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A column code appears twice.</exception>
    public CompositeUnit(string code, string? name, IEnumerable<KeyValuePair<string, double?>> values, IEnumerable<KeyValuePair<string, string?>>? groups = null, int? time = null)
    {
        // Codes are keys, kept in NFC as everywhere, so that a column named in NFD finds its metadata row.
        Code = Text.Nfc(Preconditions.CheckNotNull(code, nameof(code)));
        Name = name is null ? code : Text.Nfc(name);
        var builder = ImmutableDictionary.CreateBuilder<string, double?>(StringComparer.Ordinal);
        foreach (var pair in Preconditions.CheckNotNull(values, nameof(values)))
        {
            builder.Add(Text.Nfc(pair.Key), pair.Value is { } v && double.IsNaN(v) ? null : pair.Value);
        }
        Values = builder.ToImmutable();
        Groups = groups is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary.CreateRange(StringComparer.Ordinal, groups.Select(g => new KeyValuePair<string, string?>(Text.Nfc(g.Key), g.Value)));
        Time = time;
    }

    /// <summary>Gets the unit code.</summary>
    public string Code { get; }

    /// <summary>Gets the unit name (NFC), or the code when none was given.</summary>
    public string Name { get; }

    /// <summary>This unit left out of a ranking, and why (a blank name shows the code, as the ranking's units need a name).</summary>
    internal UnrankedUnit Unranked(string reason) => new(new AssessedUnit(Code, string.IsNullOrWhiteSpace(Name) ? Code : Name), reason);

    /// <summary>Gets the numeric values by column code (indicators and denominators); <see langword="null"/> = missing.</summary>
    public ImmutableDictionary<string, double?> Values { get; }

    /// <summary>Gets the group labels by group column code; <see langword="null"/> = missing.</summary>
    public ImmutableDictionary<string, string?> Groups { get; }

    /// <summary>Gets the period, or <see langword="null"/>.</summary>
    public int? Time { get; }

    /// <summary>Formats as "AUT Austria".</summary>
    /// <returns>Code and name.</returns>
    public override string ToString() => Code + " " + Name;
}
