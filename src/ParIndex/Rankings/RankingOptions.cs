using System;

using ParIndex.Scoring;
using ParIndex.Utility;

namespace ParIndex.Rankings;

/// <summary>How a <see cref="Ranking"/> treats ties, rounding and groups.</summary>
/// <remarks>
/// By default values are ranked after rounding to two decimals (half away from zero), because the Ministry publishes
/// two decimals and equal published values must share a rank for a published table to be reproducible from itself;
/// set <see cref="Decimals"/> to <see langword="null"/> to rank on exact values. Immutable; set with an object initialiser.
/// </remarks>
public sealed class RankingOptions
{
    /// <summary>Gets the defaults: standard competition ties, two decimals, the A/B/C groups of <see cref="GroupScheme.Ministry"/>.</summary>
    public static RankingOptions Default { get; } = new();

    /// <summary>Gets how ties share ranks; <see cref="TiePolicy.Standard"/> by default.</summary>
    public TiePolicy Ties { get; init; }

    /// <summary>Gets the decimals values are rounded to before ranking and grouping (2 by default), or
    /// <see langword="null"/> to use exact values.</summary>
    public int? Decimals { get; init; } = PublishedRounding.IndexDecimals;

    /// <summary>Gets the group thresholds, or <see langword="null"/> for no groups;
    /// <see cref="GroupScheme.Ministry"/> by default.</summary>
    public GroupScheme? Groups { get; init; } = GroupScheme.Ministry;

    /// <summary>Rounds a value as <see cref="Decimals"/> says (half away from zero), or leaves it exact.</summary>
    internal decimal Round(decimal value) => Decimals is { } decimals ? PublishedRounding.Round(value, decimals) : value;
}
