using ParIndex.Scoring;

namespace ParIndex.Rankings;

/// <summary>One entry of a ranking (xếp hạng), a ranked unit: the rank, the unit, its value and its group; a ranking's
/// <see cref="Ranking.Entries"/> are these, in rank order.</summary>
/// <remarks>Immutable and thread-safe; equal when rank, unit, values and group are equal.</remarks>
public sealed record RankedUnit
{
    private readonly decimal _value;
    private readonly decimal _rankedValue;

    // A ranking by exact index reads its values from the scorecards, when first asked for: it ranks them by their totals.
    private readonly Scorecard? _scorecard;

    internal RankedUnit(int rank, AssessedUnit unit, decimal value, decimal rankedValue, Group? group)
    {
        Rank = rank;
        Unit = unit;
        _value = value;
        _rankedValue = rankedValue;
        Group = group;
    }

    /// <summary>An entry of a ranking by exact index: the value, as ranked, is the scorecard's <see cref="Scorecard.Index"/>.</summary>
    internal RankedUnit(int rank, Scorecard scorecard, Group? group)
    {
        Rank = rank;
        Unit = scorecard.Unit;
        _scorecard = scorecard;
        Group = group;
    }

    /// <summary>Gets the rank, from 1.</summary>
    public int Rank { get; }

    /// <summary>Gets the unit.</summary>
    public AssessedUnit Unit { get; }

    /// <summary>Gets the value as given (exact).</summary>
    public decimal Value => _scorecard is null ? _value : _scorecard.Index;

    /// <summary>Gets the value the rank and group were decided on: <see cref="Value"/> rounded as the options say.</summary>
    public decimal RankedValue => _scorecard is null ? _rankedValue : _scorecard.Index;

    /// <summary>Gets the value as the Ministry publishes it: <see cref="Value"/> rounded to two decimals, half away from zero.</summary>
    public decimal PublishedValue => PublishedRounding.Index(Value);

    /// <summary>Gets the group, or <see langword="null"/> when below every group or when the ranking has no groups.</summary>
    public Group? Group { get; }

    /// <summary>Compares rank, unit, values and group.</summary>
    /// <param name="other">The entry to compare with.</param>
    /// <returns><see langword="true"/> when all are equal.</returns>
    // Written by hand: the values are compared as read, whether held or read from a scorecard (the record's own
    // equality would compare the scorecard's reference).
    public bool Equals(RankedUnit? other) =>
        other is not null
        && Rank == other.Rank
        && Equals(Unit, other.Unit)
        && Value == other.Value
        && RankedValue == other.RankedValue
        && Equals(Group, other.Group);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rank, Unit, Value, RankedValue, Group);

    /// <summary>Formats as "1. 22 Quảng Ninh 92.18 (A)", with the value as published (<see cref="PublishedValue"/>).</summary>
    /// <returns>Rank, unit, value and group.</returns>
    public override string ToString() =>
        Invariant.Format($"{Rank}. {Unit} {PublishedValue:0.00}") + (Group is null ? string.Empty : " (" + Group.Name + ")");
}
