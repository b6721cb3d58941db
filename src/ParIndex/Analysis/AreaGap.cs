using ParIndex.Utility;

namespace ParIndex.Analysis;

/// <summary>The points an area (lĩnh vực) lost: maximum − obtained.</summary>
/// <remarks>Immutable.</remarks>
public sealed class AreaGap
{
    internal AreaGap(string code, string name, decimal points, decimal maxPoints)
    {
        Code = code;
        Name = name;
        Points = points;
        MaxPoints = maxPoints;
    }

    /// <summary>Gets the area's code.</summary>
    public string Code { get; }

    /// <summary>Gets the area's name.</summary>
    public string Name { get; }

    /// <summary>Gets the points obtained.</summary>
    public decimal Points { get; }

    /// <summary>Gets the applicable maximum.</summary>
    public decimal MaxPoints { get; }

    /// <summary>Gets the points lost: <see cref="MaxPoints"/> − <see cref="Points"/>.</summary>
    public decimal LostPoints => MaxPoints - Points;

    /// <inheritdoc/>
    public override string ToString() => Invariant.Format($"{Code} {Name}: {Invariant.Format(Points)} of {Invariant.Format(MaxPoints)}, lost {Invariant.Format(LostPoints)}");
}
