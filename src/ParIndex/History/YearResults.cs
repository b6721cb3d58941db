using ParIndex.Geography;
using ParIndex.Rankings;

namespace ParIndex.History;

/// <summary>The published rows of one index in one year, how much of the table they cover (mức độ đầy đủ của số liệu:
/// how many units have a value, a rank, both, and which have no row at all), and the ranking groups published with them
/// (kết quả công bố trong năm).</summary>
/// <remarks>Immutable.</remarks>
public sealed class YearResults
{
    internal YearResults(PublishedIndex index, int year, ImmutableArray<PublishedResult> rows, ProvinceList list)
    {
        PublishedIndex = index;
        Year = year;
        Rows = rows;
        Units = list.Provinces.Length;
        WithValue = rows.Count(r => r.Value is not null);
        WithRank = rows.Count(r => r.Rank is not null);
        WithBoth = rows.Count(r => r.Value is not null && r.Rank is not null);
        var present = rows.Select(r => r.Province).ToHashSet();
        Missing = [.. list.Provinces.Where(p => !present.Contains(p))];
        _groups = PublishedGroupScheme.For(index, year);
    }

    private readonly PublishedGroupScheme _groups;

    /// <summary>Gets which published index the table holds, the PAR Index or SIPAS.</summary>
    public PublishedIndex PublishedIndex { get; }

    /// <summary>Gets the assessed year.</summary>
    public int Year { get; }

    /// <summary>Gets the rows: in the record (<see cref="PublishedRecord.Results"/>) ranked rows by rank, then rows with
    /// only a value, highest first; in a table checked by <see cref="ValidationReport.Validate"/> the rows as given, the
    /// first of each province.</summary>
    public ImmutableArray<PublishedResult> Rows { get; }

    /// <summary>Gets the number of units the table ranks (63 up to the 2024 edition).</summary>
    public int Units { get; }

    /// <summary>Gets the number of rows with a value.</summary>
    public int WithValue { get; }

    /// <summary>Gets the number of rows with a rank.</summary>
    public int WithRank { get; }

    /// <summary>Gets the number of rows with both a value and a rank.</summary>
    public int WithBoth { get; }

    /// <summary>Gets the units with no row, in code order.</summary>
    public ImmutableArray<Province> Missing { get; }

    /// <summary>Gets whether every unit has both a value and a rank.</summary>
    public bool IsComplete => WithBoth == Units;

    /// <summary>Gets the ranking groups (xếp nhóm) the Ministry of Home Affairs published with the year's index, or
    /// <see langword="null"/> where no source states them. Lower bounds in percent of the maximum; they changed over the
    /// years (A ≥ 90 in most, A ≥ 80 in 2018); SIPAS publishes no groups and unknown years are not guessed.
    /// <see cref="GroupsSource"/> names the source.</summary>
    public GroupScheme? Groups => _groups.Scheme;

    /// <summary>Gets the source that states <see cref="Groups"/>' thresholds, or why there are none.</summary>
    public string GroupsSource => _groups.Source;

    /// <summary>Formats the coverage as "2023 Par: 17 of 63 rows, 16 with value, 17 with rank, 16 with both".</summary>
    /// <returns>The counts.</returns>
    public override string ToString() =>
        Invariant.Format($"{Year} {PublishedIndex}: {Rows.Length} of {Units} rows, {WithValue} with value, {WithRank} with rank, {WithBoth} with both");
}
