using NodaTime;

namespace ParIndex.Methodologies;

/// <summary>
/// The assessment years a methodology applies to: from a first year to a last year, or open-ended. An assessment year
/// is the year whose work is scored (PAR Index 2023 is published in 2024) (năm đánh giá).
/// </summary>
/// <remarks>Immutable. The <see langword="default"/> value is every year from year 1; create values with
/// <see cref="From"/> or <see cref="Between"/>.</remarks>
public readonly struct AssessmentYears : IEquatable<AssessmentYears>
{
    private const int MinYear = 1;
    private const int MaxYear = 9999;
    private readonly int _first;
    private readonly int _last; // 0 means open-ended

    private AssessmentYears(int first, int last)
    {
        _first = first;
        _last = last;
    }

    /// <summary>Gets the first assessment year.</summary>
    public int First => Math.Max(_first, MinYear);

    /// <summary>Gets the last assessment year, or <see langword="null"/> while the methodology is in force.</summary>
    public int? Last => _last == 0 ? null : _last;

    /// <summary>Creates an open-ended range from a first year.</summary>
    /// <param name="first">The first assessment year, 1 to 9999.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> is outside 1 to 9999.</exception>
    public static AssessmentYears From(int first)
    {
        Preconditions.CheckArgumentRange(nameof(first), first, MinYear, MaxYear);
        return new AssessmentYears(first, 0);
    }

    /// <summary>Creates a closed range of years.</summary>
    /// <param name="first">The first assessment year.</param>
    /// <param name="last">The last assessment year, not before <paramref name="first"/>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1 to 9999, or <paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static AssessmentYears Between(int first, int last)
    {
        Preconditions.CheckArgumentRange(nameof(first), first, MinYear, MaxYear);
        Preconditions.CheckArgumentRange(nameof(last), last, first, MaxYear);
        return new AssessmentYears(first, last);
    }

    /// <summary>Tells whether an assessment year is in the range.</summary>
    /// <param name="year">The assessment year.</param>
    /// <returns><see langword="true"/> when the methodology applies to it.</returns>
    public bool Contains(int year) => year >= First && year <= (Last ?? MaxYear); // an open range still ends at 9999, NodaTime's last year

    /// <summary>Tells whether the year of a date is in the range.</summary>
    /// <param name="date">A date in the assessment year.</param>
    /// <returns><see langword="true"/> when the methodology applies to its year.</returns>
    public bool Contains(LocalDate date) => Contains(date.Year);

    /// <summary>Formats the range as "2022–2023" or "2024–".</summary>
    /// <returns>The range as text.</returns>
    public override string ToString() => Last is { } last
        ? (last == First ? Invariant.Format($"{First}") : Invariant.Format($"{First}–{last}"))
        : Invariant.Format($"{First}–");

    // Written by hand, not a record struct: default holds no year and is the range from year 1, so it must equal From(1),
    // where a record struct would compare the fields.
    /// <summary>Compares both ends.</summary>
    /// <param name="other">The range to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(AssessmentYears other) => First == other.First && Last == other.Last;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AssessmentYears other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(First, Last);

    /// <summary>Compares two ranges for equality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AssessmentYears left, AssessmentYears right) => left.Equals(right);

    /// <summary>Compares two ranges for inequality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(AssessmentYears left, AssessmentYears right) => !left.Equals(right);
}
