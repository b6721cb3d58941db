using ParIndex.Rules;

namespace ParIndex.Analysis;

/// <summary>
/// One change of a leaf's input and what it brings: the new input (the next band's nearest value, on time instead of
/// late, a survey share of at least p %), the points it scores, the points gained and their cost (thay đổi số liệu tiêu chí).
/// </summary>
/// <remarks>Immutable; equal when code, input, points, gain and cost are equal.</remarks>
public sealed record LeafChange
{
    internal LeafChange()
    {
    }

    /// <summary>Gets the leaf's code.</summary>
    public string Code { get; internal init; } = null!;

    /// <summary>Gets the input that scores <see cref="Points"/>: the least change of the current input that does.</summary>
    public IndicatorValue Input { get; internal init; }

    /// <summary>Gets the leaf's points with <see cref="Input"/>.</summary>
    public decimal Points { get; internal init; }

    /// <summary>Gets the points gained over the current points.</summary>
    public decimal Gain { get; internal init; }

    /// <summary>Gets the cost: <see cref="Gain"/> × the leaf's cost per point.</summary>
    public decimal Cost { get; internal init; }

    /// <inheritdoc/>
    public override string ToString() => Invariant.Format($"{Code}: {Input} → {Invariant.Format(Points)} (+{Invariant.Format(Gain)})");
}
