namespace ParIndex.Scoring;

/// <summary>The one rounding rule for published figures (làm tròn): half away from zero, two decimals for an index or
/// a percentage, as the Ministry of Home Affairs publishes them. Scorecards, rankings and survey figures all use it, so
/// a scorecard's <see cref="Scorecard.RoundedIndex"/> is the value a default ranking ranks.</summary>
/// <remarks>Rounding changes the value only, not its scale: <c>Index(50m)</c> is <c>50</c>, which a display may write
/// as "50.00". Thread-safe.</remarks>
public static class PublishedRounding
{
    /// <summary>The decimals an index or a percentage is published with: 2.</summary>
    public const int IndexDecimals = 2;

    /// <summary>Rounds half away from zero to a number of decimals.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimal places, 0 to 28.</param>
    /// <returns>The rounded value (2.345 → 2.35, −2.345 → −2.35 at two decimals).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Rounds an index or a percentage as published: two decimals, half away from zero.</summary>
    /// <param name="index">The exact value, e.g. 85.714285… (6 of 7 points).</param>
    /// <returns>The published value, e.g. 85.71.</returns>
    public static decimal Index(decimal index) => Round(index, IndexDecimals);

    /// <summary>One unit of the last of <paramref name="decimals"/> places (0.01 at two): the step between values
    /// rounded to that many places.</summary>
    internal static decimal LastPlace(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }
        return unit;
    }

    /// <summary>Half a unit of the last of <paramref name="decimals"/> places (0.005 at two): how far a value rounded
    /// to that many places may lie from the exact value.</summary>
    internal static decimal HalfUnit(int decimals) => LastPlace(decimals) / 2m;

    /// <summary>How far the sum of <paramref name="parts"/> values, each rounded to <paramref name="decimals"/> places,
    /// may lie from a total rounded to the same places: each part and the total within half a unit of its exact
    /// value, so n × 0.005 + 0.005 at two decimals (eight areas: 0.045).</summary>
    internal static decimal SumTolerance(int parts, int decimals) => (parts + 1) * HalfUnit(decimals);
}
