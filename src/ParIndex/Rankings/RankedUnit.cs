using ParIndex.Scoring;

namespace ParIndex.Rankings;

/// <summary>One entry of a ranking (xếp hạng), a ranked unit: the rank, the unit, its value and its group; a ranking's
/// <see cref="Ranking.Entries"/> are these, in rank order.</summary>
/// <remarks>Immutable; equal when rank, unit, values and group are equal.</remarks>
public sealed record RankedUnit
{
    internal RankedUnit(int rank, AssessedUnit unit, decimal value, decimal rankedValue, Group? group)
    {
        Rank = rank;
        Unit = unit;
        Value = value;
        RankedValue = rankedValue;
        Group = group;
    }

    /// <summary>Gets the rank, from 1.</summary>
    public int Rank { get; }

    /// <summary>Gets the unit.</summary>
    public AssessedUnit Unit { get; }

    /// <summary>Gets the value as given (exact).</summary>
    public decimal Value { get; }

    /// <summary>Gets the value the rank and group were decided on: <see cref="Value"/> rounded as the options say.</summary>
    public decimal RankedValue { get; }

    /// <summary>Gets the value as the Ministry publishes it: <see cref="Value"/> rounded to two decimals, half away from zero.</summary>
    public decimal PublishedValue => PublishedRounding.Index(Value);

    /// <summary>Gets the group, or <see langword="null"/> when below every group or when the ranking has no groups.</summary>
    public Group? Group { get; }

    /// <summary>Formats as "1. 22 Quảng Ninh 92.18 (A)", with the value as published (<see cref="PublishedValue"/>).</summary>
    /// <returns>Rank, unit, value and group.</returns>
    public override string ToString() =>
        Invariant.Format($"{Rank}. {Unit} {PublishedValue:0.00}") + (Group is null ? string.Empty : " (" + Group.Name + ")");
}
