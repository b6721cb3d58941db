namespace ParIndex.Composites;

/// <summary>A unit a composite result does not rank, and why: screened out for lack of data, or an index that could
/// not be computed (too few children with data).</summary>
/// <remarks>Immutable.</remarks>
public sealed class UnrankedUnit
{
    internal UnrankedUnit(string code, string name, string reason)
    {
        Code = code;
        Name = name;
        Reason = reason;
    }

    /// <summary>Gets the unit's code.</summary>
    public string Code { get; }

    /// <summary>Gets the unit's name.</summary>
    public string Name { get; }

    /// <summary>Gets why the unit is not ranked, e.g. "screened out in Screened: data availability 0.857 is below 0.9".</summary>
    public string Reason { get; }

    /// <summary>Formats as "CODE Name: reason".</summary>
    /// <returns>Code, name and reason.</returns>
    public override string ToString() => Code + " " + Name + ": " + Reason;
}
