using ParIndex.Scoring;

namespace ParIndex.Rankings;

/// <summary>A unit given to a ranking but left out of it because its figure is undefined (không xếp hạng), with the
/// reason: nothing of the ranked area applies to it, or no valid answers.</summary>
/// <remarks>A ranking never drops a unit without saying so: these units are in <see cref="Ranking.Unranked"/>. Immutable; equal when the unit and the reason are equal.</remarks>
public sealed record UnrankedUnit
{
    internal UnrankedUnit(AssessedUnit unit, string reason)
    {
        Unit = unit;
        Reason = reason;
    }

    /// <summary>Gets the unit.</summary>
    public AssessedUnit Unit { get; }

    /// <summary>Gets why the unit has no value to rank, in English, e.g. "nothing of area 2 applies to it".</summary>
    public string Reason { get; }

    /// <summary>Formats as "X Sở X: not ranked, nothing of area 2 applies to it".</summary>
    /// <returns>Unit and reason.</returns>
    public override string ToString() => Invariant.Format($"{Unit}: not ranked, {Reason}");
}
