using ParIndex.Geography;

namespace ParIndex.History;

/// <summary>A published figure about a whole year's table: the national or a regional average, or a group's size (điểm trung bình công bố).</summary>
/// <remarks>Only figures stated by a cited public source are embedded; figures
/// derived from "up N points" statements are not. Immutable; value equality.</remarks>
public sealed record PublishedAggregate
{
    /// <summary>Creates an aggregate.</summary>
    /// <param name="index">The index.</param>
    /// <param name="year">The assessed year.</param>
    /// <param name="measure">What is measured.</param>
    /// <param name="region">For a regional average, the region; otherwise <see langword="null"/>.</param>
    /// <param name="group">For a group count, the group's name ("A"); otherwise <see langword="null"/>.</param>
    /// <param name="value">The figure: % for an average, a count for a group.</param>
    /// <param name="source">Where it was read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">A group count has no group, or an average has one.</exception>
    internal PublishedAggregate(PublishedIndex index, int year, AggregateMeasure measure, Region? region, string? group, decimal value, string source)
    {
        Preconditions.CheckArgument((measure == AggregateMeasure.GroupCount) == (group is not null), nameof(group), "A group count names its group; an average does not.");
        PublishedIndex = index;
        Year = year;
        Measure = measure;
        Region = region;
        Group = group;
        Value = value;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>Gets which published index the figure belongs to, the PAR Index or SIPAS (not its value: see <see cref="Value"/>).</summary>
    public PublishedIndex PublishedIndex { get; }

    /// <summary>Gets the assessed year.</summary>
    public int Year { get; }

    /// <summary>Gets what is measured.</summary>
    internal AggregateMeasure Measure { get; }

    /// <summary>Gets the region of a regional average, or <see langword="null"/> (national, or a group count).</summary>
    public Region? Region { get; }

    /// <summary>Gets the group of a group count, or <see langword="null"/>.</summary>
    public string? Group { get; }

    /// <summary>Gets the figure.</summary>
    public decimal Value { get; }

    /// <summary>Gets the public sources of the figure (publishers and article addresses or numbers).</summary>
    public string Source { get; }

    /// <summary>Formats as "2024 Par average national: 88.37".</summary>
    /// <returns>Year, index, measure, scope and value.</returns>
    public override string ToString() =>
        Invariant.Format($"{Year} {PublishedIndex} {(Measure == AggregateMeasure.Average ? "average" : "group")} {Group ?? Region?.ToString() ?? "national"}: {Value}");
}
