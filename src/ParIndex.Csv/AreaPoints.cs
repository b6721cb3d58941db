using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ParIndex.Scoring;

namespace ParIndex.Csv;

/// <summary>A unit's published points per area (điểm theo lĩnh vực), as <see cref="AreaPointsCsv"/> reads them: the
/// input of <see cref="Methodologies.MethodologyVersion.IndexFromAreaPoints"/>.</summary>
/// <remarks>Immutable.</remarks>
public sealed class AreaPoints
{
    /// <summary>Creates a unit's area points.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="points">Points by area code; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="points"/> is null.</exception>
    /// <exception cref="ArgumentException">An area code is given twice.</exception>
    public AreaPoints(AssessedUnit unit, IEnumerable<KeyValuePair<string, decimal>> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        Points = points.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the unit.</summary>
    public AssessedUnit Unit { get; }

    /// <summary>Gets the points by area code ("1" … "8"), compared ordinally.</summary>
    public ImmutableDictionary<string, decimal> Points { get; }
}
