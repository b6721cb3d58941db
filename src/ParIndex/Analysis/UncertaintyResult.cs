using System.Collections.Immutable;

namespace ParIndex.Analysis;

/// <summary>The result of a Monte Carlo rank analysis: one <see cref="UnitUncertainty"/> per unit, in nominal rank order (độ bất định).</summary>
/// <remarks>Immutable.</remarks>
public sealed class UncertaintyResult
{
    internal UncertaintyResult(UncertaintyOptions options, ImmutableArray<UnitUncertainty> units)
    {
        Options = options;
        Units = units;
    }

    /// <summary>Gets the options the runs used.</summary>
    public UncertaintyOptions Options { get; }

    /// <summary>Gets the units, in nominal rank order.</summary>
    public ImmutableArray<UnitUncertainty> Units { get; }
}
