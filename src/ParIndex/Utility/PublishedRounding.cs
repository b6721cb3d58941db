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
}
