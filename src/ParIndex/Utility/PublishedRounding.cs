using System;

namespace ParIndex.Utility;

/// <summary>The one rounding rule for published figures: half away from zero (the usual "làm tròn"), two decimals for an
/// index, as the Ministry publishes it. Scorecards and rankings both use it, so a scorecard's rounded index is the
/// value a default ranking ranks.</summary>
internal static class PublishedRounding
{
    internal const int IndexDecimals = 2;

    internal static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    internal static decimal Index(decimal index) => Round(index, IndexDecimals);

    /// <summary>Half a unit of the last of <paramref name="decimals"/> places (0.005 at two): how far a value rounded
    /// to that many places may lie from the exact value.</summary>
    internal static decimal HalfUnit(int decimals)
    {
        var half = 0.5m;
        for (var i = 0; i < decimals; i++)
        {
            half /= 10m;
        }
        return half;
    }

    /// <summary>How far the sum of <paramref name="parts"/> values, each rounded to <paramref name="decimals"/> places,
    /// may lie from a total rounded to the same places: each part and the total within half a unit of its exact
    /// value, so n × 0.005 + 0.005 at two decimals (eight areas: 0.045).</summary>
    internal static decimal SumTolerance(int parts, int decimals) => (parts + 1) * HalfUnit(decimals);
}
