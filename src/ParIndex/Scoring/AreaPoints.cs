namespace ParIndex.Scoring;

/// <summary>A unit's points per area (điểm từng lĩnh vực), as published or assessed, for weighing by a methodology
/// version's area maxima (<see cref="Methodologies.MethodologyVersion.IndexFromAreaPoints"/>).</summary>
/// <remarks>Immutable. Area codes are keys (trimmed, without zero-width characters, in NFC).</remarks>
public sealed class AreaPoints
{
    /// <summary>Creates a unit's area points.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="points">Points by area code ("1" to "8"); copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="points"/> is null.</exception>
    /// <exception cref="ArgumentException">An area code is given twice (after normalisation).</exception>
    public AreaPoints(AssessedUnit unit, IEnumerable<KeyValuePair<string, decimal>> points)
    {
        Unit = Preconditions.CheckNotNull(unit, nameof(unit));
        var builder = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (var (area, value) in Preconditions.CheckNotNull(points, nameof(points)))
        {
            var key = Text.Key(Preconditions.CheckNotNull(area, nameof(points)));
            Preconditions.CheckArgument(builder.TryAdd(key, value), nameof(points), Invariant.Format($"area {key} is given twice"));
        }
        Points = builder.ToImmutable();
    }

    /// <summary>Gets the unit.</summary>
    public AssessedUnit Unit { get; }

    /// <summary>Gets the points by area code, in ordinal order of the codes.</summary>
    public ImmutableSortedDictionary<string, decimal> Points { get; }

    /// <summary>Formats the points as "96 Cà Mau: 1 = 8.5, 2 = 9".</summary>
    /// <returns>The unit and its points.</returns>
    public override string ToString() => Unit + ": " + string.Join(", ", System.Linq.Enumerable.Select(Points, p => p.Key + " = " + Invariant.Format(p.Value)));
}
