using ParIndex.Geography;

namespace ParIndex.History;

/// <summary>The published result of one constituent (a unit of the 63 list) of a unit of the 34 list.</summary>
/// <remarks>No aggregate over the constituents is offered: there is no official rule for weighting one. Immutable.</remarks>
public sealed class ConstituentResult
{
    internal ConstituentResult(MergerLink link, PublishedResult? result)
    {
        Link = link;
        Result = result;
    }

    /// <summary>Gets the merger link: the constituent, the new unit, and whether the constituent gave the name or holds the seat.</summary>
    public MergerLink Link { get; }

    /// <summary>Gets the constituent's published row, or <see langword="null"/> when none is embedded.</summary>
    public PublishedResult? Result { get; }
}
