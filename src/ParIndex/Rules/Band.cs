using System.Text;

namespace ParIndex.Rules;

/// <summary>
/// One band (mức) of a band rule (<see cref="ScoringRule.PercentBands"/>, <see cref="ScoringRule.CountBands"/>): an interval of values with explicit inclusive or exclusive bounds, and
/// the points a value inside it gets.
/// </summary>
/// <remarks>
/// The factories read like the decisions: "trên 90%" is <see cref="Above"/> (exclusive), "từ 90% trở lên" is
/// <see cref="AtLeast"/>, "dưới 70%" is <see cref="Below"/>, "từ 70% - 90%" is <see cref="Between"/> (both ends
/// inclusive). A missing bound is unbounded. Immutable.
/// </remarks>
public readonly record struct Band
{
    private Band(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive, decimal points)
    {
        Lower = lower;
        LowerInclusive = lower is not null && lowerInclusive;
        Upper = upper;
        UpperInclusive = upper is not null && upperInclusive;
        Points = points;
    }

    /// <summary>Gets the lower bound, or <see langword="null"/> when unbounded below.</summary>
    public decimal? Lower { get; }

    /// <summary>Gets whether <see cref="Lower"/> itself is in the band.</summary>
    public bool LowerInclusive { get; }

    /// <summary>Gets the upper bound, or <see langword="null"/> when unbounded above.</summary>
    public decimal? Upper { get; }

    /// <summary>Gets whether <see cref="Upper"/> itself is in the band.</summary>
    public bool UpperInclusive { get; }

    /// <summary>Gets the points a value in the band obtains.</summary>
    public decimal Points { get; }

    /// <summary>Creates a band with any bounds.</summary>
    /// <param name="lower">The lower bound, or <see langword="null"/> for none.</param>
    /// <param name="lowerInclusive">Whether the lower bound belongs to the band.</param>
    /// <param name="upper">The upper bound, or <see langword="null"/> for none.</param>
    /// <param name="upperInclusive">Whether the upper bound belongs to the band.</param>
    /// <param name="points">The points obtained.</param>
    /// <returns>The band. An empty interval is reported when the rule is validated, not here.</returns>
    public static Band Of(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive, decimal points) =>
        new(lower, lowerInclusive, upper, upperInclusive, points);

    /// <summary>Values strictly above <paramref name="lower"/> ("trên 90%").</summary>
    /// <param name="lower">The exclusive lower bound.</param>
    /// <param name="points">The points obtained.</param>
    /// <returns>The band (<paramref name="lower"/>, ∞).</returns>
    public static Band Above(decimal lower, decimal points) => new(lower, false, null, false, points);

    /// <summary>Values from <paramref name="lower"/> up ("từ 90% trở lên").</summary>
    /// <param name="lower">The inclusive lower bound.</param>
    /// <param name="points">The points obtained.</param>
    /// <returns>The band [<paramref name="lower"/>, ∞).</returns>
    public static Band AtLeast(decimal lower, decimal points) => new(lower, true, null, false, points);

    /// <summary>Values strictly below <paramref name="upper"/> ("dưới 70%").</summary>
    /// <param name="upper">The exclusive upper bound.</param>
    /// <param name="points">The points obtained.</param>
    /// <returns>The band (−∞, <paramref name="upper"/>).</returns>
    public static Band Below(decimal upper, decimal points) => new(null, false, upper, false, points);

    /// <summary>Values up to and including <paramref name="upper"/> ("không quá 2%").</summary>
    /// <param name="upper">The inclusive upper bound.</param>
    /// <param name="points">The points obtained.</param>
    /// <returns>The band (−∞, <paramref name="upper"/>].</returns>
    public static Band AtMost(decimal upper, decimal points) => new(null, false, upper, true, points);

    /// <summary>Values from <paramref name="lower"/> to <paramref name="upper"/>, both included ("từ 70% - 90%").</summary>
    /// <param name="lower">The inclusive lower bound.</param>
    /// <param name="upper">The inclusive upper bound.</param>
    /// <param name="points">The points obtained.</param>
    /// <returns>The band [<paramref name="lower"/>, <paramref name="upper"/>].</returns>
    public static Band Between(decimal lower, decimal upper, decimal points) => new(lower, true, upper, true, points);

    /// <summary>Exactly one value ("họp 3 lần/năm").</summary>
    /// <param name="value">The value.</param>
    /// <param name="points">The points obtained.</param>
    /// <returns>The band [<paramref name="value"/>, <paramref name="value"/>].</returns>
    public static Band Exactly(decimal value, decimal points) => new(value, true, value, true, points);

    /// <summary>Tells whether a value lies in the band.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when inside.</returns>
    public bool Contains(decimal value) =>
        (Lower is not { } lower || (LowerInclusive ? value >= lower : value > lower))
        && (Upper is not { } upper || (UpperInclusive ? value <= upper : value < upper));

    /// <summary>Formats the band in interval notation with its points: "[70, 90] → 1".</summary>
    /// <returns>The band as text (invariant culture).</returns>
    public override string ToString() => Format(string.Empty);

    internal string Format(string unit)
    {
        var text = new StringBuilder();
        if (Lower == Upper && Lower is { } single)
        {
            text.Append(Invariant.Format(single)).Append(unit);
        }
        else
        {
            text.Append(LowerInclusive ? '[' : '(')
                .Append(Lower is { } lower ? Invariant.Format(lower) + unit : "−∞")
                .Append(", ")
                .Append(Upper is { } upper ? Invariant.Format(upper) + unit : "∞")
                .Append(UpperInclusive ? ']' : ')');
        }
        return text.Append(" → ").Append(Invariant.Format(Points)).ToString();
    }
}
