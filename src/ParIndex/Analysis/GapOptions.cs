using System.Globalization;
using ParIndex.Rankings;

namespace ParIndex.Analysis;

/// <summary>How a gap is measured: the ranking's policy and the cost of a point on each leaf (khoảng cách đến mục tiêu).</summary>
/// <remarks>Immutable; set with an object initialiser.</remarks>
public sealed class GapOptions
{
    /// <summary>Gets the defaults: <see cref="RankingOptions.Default"/>, every point costs 1.</summary>
    public static GapOptions Default { get; } = new();

    /// <summary>Gets the ranking's ties, rounding and groups; <see cref="RankingOptions.Default"/> by default.</summary>
    public RankingOptions Ranking { get; init; } = RankingOptions.Default;

    /// <summary>Gets the cost of one point on a leaf, by leaf code (e.g. what a point of a survey leaf takes against
    /// one of an appraised leaf); leaves not named cost <see cref="DefaultCostPerPoint"/>. Costs must be more than 0, and each code a leaf of
    /// the methodology (<see cref="GapReport.Compute"/> refuses a code it does not have rather than ignore it).</summary>
    public ImmutableDictionary<string, decimal> CostPerPoint { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    /// <summary>Gets the cost of one point on a leaf not in <see cref="CostPerPoint"/>; 1 by default (equal cost per point).</summary>
    public decimal DefaultCostPerPoint { get; init; } = 1m;

    internal decimal CostOf(string code) => CostPerPoint.TryGetValue(code, out var given) ? given : DefaultCostPerPoint;

    /// <summary>The first cost that is not more than 0, with its leaf, or null when all are fine.</summary>
    internal string? BadCost() =>
        DefaultCostPerPoint <= 0m ? "the default cost per point is " + DefaultCostPerPoint.ToString(CultureInfo.InvariantCulture)
        : CostPerPoint.Where(c => c.Value <= 0m).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => "leaf " + c.Key + " costs " + c.Value.ToString(CultureInfo.InvariantCulture) + " a point").FirstOrDefault();
}
