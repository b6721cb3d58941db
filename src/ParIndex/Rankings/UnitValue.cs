using ParIndex.Scoring;

namespace ParIndex.Rankings;

/// <summary>A unit and the value it is ranked by: an index computed here, or one read from a published table (giá trị của đơn vị).</summary>
/// <remarks>Immutable; equal when the unit and the value are equal (87.25 and 87.250 are one value).</remarks>
public sealed record UnitValue
{
    /// <summary>Creates a unit value.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="value">The value, e.g. the PAR Index in % (87.25).</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public UnitValue(AssessedUnit unit, decimal value)
    {
        Unit = Preconditions.CheckNotNull(unit, nameof(unit));
        Value = value;
    }

    /// <summary>Gets the unit.</summary>
    public AssessedUnit Unit { get; }

    /// <summary>Gets the value.</summary>
    public decimal Value { get; }

    /// <summary>Formats as "96 Cà Mau: 87.25".</summary>
    /// <returns>Unit and value.</returns>
    public override string ToString() => Unit + ": " + Invariant.Format(Value);
}
