using System.Collections.Immutable;
using ParIndex.Rankings;

namespace ParIndex.History;

/// <summary>The published rows of one index in one year, their coverage, and the ranking groups published with them
/// (kết quả công bố trong năm).</summary>
/// <remarks>Immutable.</remarks>
public sealed class YearResults
{
    internal YearResults(PublishedIndex index, int year, ImmutableArray<PublishedResult> rows, Coverage coverage)
    {
        Index = index;
        Year = year;
        Rows = rows;
        Coverage = coverage;
        _groups = PublishedGroupScheme.For(index, year);
    }

    private readonly PublishedGroupScheme _groups;

    /// <summary>Gets the index.</summary>
    public PublishedIndex Index { get; }

    /// <summary>Gets the assessed year.</summary>
    public int Year { get; }

    /// <summary>Gets the rows: ranked rows by rank, then rows with only a value, highest first.</summary>
    public ImmutableArray<PublishedResult> Rows { get; }

    /// <summary>Gets how many of the units the rows cover.</summary>
    public Coverage Coverage { get; }

    /// <summary>Gets the ranking groups (xếp nhóm) the Ministry of Home Affairs published with the year's index, or
    /// <see langword="null"/> where no source states them. Lower bounds in percent of the maximum; they changed over the
    /// years (A ≥ 90 in most, A ≥ 80 in 2018); SIPAS publishes no groups and unknown years are not guessed.
    /// <see cref="GroupsSource"/> names the source.</summary>
    public GroupScheme? Groups => _groups.Scheme;

    /// <summary>Gets the source that states <see cref="Groups"/>' thresholds, or why there are none.</summary>
    public string GroupsSource => _groups.Source;
}
