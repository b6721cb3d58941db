using ParIndex.Geography;

namespace ParIndex.History;

/// <summary>One published row: a province's value and/or rank in one year's PAR Index or SIPAS, with its source (kết quả công bố).</summary>
/// <remarks>Values are the published percentages (two decimals); ranks are among all units of the province's list (1–63
/// up to the 2024 edition). Either may be missing when a source gave only the other. Immutable; value equality.</remarks>
public sealed record PublishedResult
{
    /// <summary>Creates a row, e.g. of a caller's own table to check with <see cref="ValidationReport"/>.</summary>
    /// <param name="index">The index.</param>
    /// <param name="year">The assessed year (not the year of publication), 2012 or later.</param>
    /// <param name="province">The province, of the list in force for the year.</param>
    /// <param name="value">The published value in %, in [0, 100], or <see langword="null"/>.</param>
    /// <param name="rank">The published rank, from 1 to the size of the province's list, or <see langword="null"/>.</param>
    /// <param name="source">Where it was read: an address or a decision.</param>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/>, <paramref name="value"/> or <paramref name="rank"/> is out of range.</exception>
    /// <exception cref="ArgumentException">Both <paramref name="value"/> and <paramref name="rank"/> are null.</exception>
    public PublishedResult(PublishedIndex index, int year, Province province, decimal? value, int? rank, string source)
    {
        Preconditions.CheckNotNull(province, nameof(province));
        Preconditions.CheckArgumentRange(nameof(year), year, 2012, 9999);
        if (value is { } v)
        {
            Preconditions.CheckArgumentRange(nameof(value), v, 0m, 100m);
        }
        if (rank is { } r)
        {
            Preconditions.CheckArgumentRange(nameof(rank), r, 1, (int)province.List);
        }
        Preconditions.CheckArgument(value is not null || rank is not null, nameof(value), "A row needs a value, a rank or both.");
        PublishedIndex = index;
        Year = year;
        Province = province;
        Value = value;
        Rank = rank;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>Gets which published index the row belongs to, the PAR Index or SIPAS (not its value: see <see cref="Value"/>).</summary>
    public PublishedIndex PublishedIndex { get; }

    /// <summary>Gets the assessed year.</summary>
    public int Year { get; }

    /// <summary>Gets the province.</summary>
    public Province Province { get; }

    /// <summary>Gets the published value in %, or <see langword="null"/> when the source gave only the rank.</summary>
    public decimal? Value { get; }

    /// <summary>Gets the published rank, or <see langword="null"/> when the source gave only the value.</summary>
    public int? Rank { get; }

    /// <summary>Gets the source: an address or a decision.</summary>
    public string Source { get; }

    /// <summary>Formats as "2023 Par 96 Cà Mau (63): 86.89, rank 34".</summary>
    /// <returns>Year, index, province, value and rank.</returns>
    public override string ToString() =>
        Invariant.Format($"{Year} {PublishedIndex} {Province}: {(Value is { } v ? Invariant.Format(v) : "no value")}, {(Rank is { } r ? "rank " + r.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no rank")}");
}
