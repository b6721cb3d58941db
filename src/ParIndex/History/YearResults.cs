using System.Collections.Immutable;

namespace ParIndex.History;

/// <summary>The published rows of one index in one year, and their coverage (kết quả công bố trong năm).</summary>
/// <remarks>Immutable.</remarks>
public sealed class YearResults
{
    internal YearResults(PublishedIndex index, int year, ImmutableArray<PublishedResult> rows, Coverage coverage)
    {
        Index = index;
        Year = year;
        Rows = rows;
        Coverage = coverage;
    }

    /// <summary>Gets the index.</summary>
    public PublishedIndex Index { get; }

    /// <summary>Gets the assessed year.</summary>
    public int Year { get; }

    /// <summary>Gets the rows: ranked rows by rank, then rows with only a value, highest first.</summary>
    public ImmutableArray<PublishedResult> Rows { get; }

    /// <summary>Gets how many of the units the rows cover.</summary>
    public Coverage Coverage { get; }
}
