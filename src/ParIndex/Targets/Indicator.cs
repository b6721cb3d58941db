using ParIndex.History;

namespace ParIndex.Targets;

/// <summary>
/// What a target measures (chỉ số): a stable identifier that reported values name ("satisfaction.agencies"),
/// the plan's Vietnamese wording, and, when a published index measures it, which one.
/// </summary>
/// <remarks>Immutable; equality by value. Identifiers are compared ordinally; wording is kept in Unicode NFC.</remarks>
public sealed record Indicator
{
    /// <summary>Creates an indicator.</summary>
    /// <param name="id">The identifier reported values use, e.g. "par-index.rank".</param>
    /// <param name="wording">The plan's wording in Vietnamese.</param>
    /// <param name="published">The published index that measures it (so the <see cref="PublishedRecord"/> can answer
    /// targets on it), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="wording"/> is null or blank, or
    /// <paramref name="id"/> has white space.</exception>
    public Indicator(string id, string wording, PublishedIndex? published = null)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckNotNull(wording, nameof(wording));
        ArgumentProblem.ThrowIf(Check(id, wording));
        Id = id;
        Wording = Text.Nfc(wording.Trim());
        Published = published;
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the plan's wording, in Vietnamese.</summary>
    public string Wording { get; }

    /// <summary>Gets the published index that measures this indicator, if any.</summary>
    public PublishedIndex? Published { get; }

    /// <summary>Formats as "id (wording)".</summary>
    /// <returns>The indicator as text.</returns>
    public override string ToString() => Id + " (" + Wording + ")";

    /// <summary>What the constructor refuses in its arguments, or <see langword="null"/>.</summary>
    internal static ArgumentProblem? Check(string id, string wording) =>
        ArgumentProblem.Blank(nameof(id), id)
        ?? ArgumentProblem.Unless(!id.AsSpan().ContainsAny(" \t\r\n"), nameof(id), "An indicator id has no white space.")
        ?? ArgumentProblem.Blank(nameof(wording), wording);
}
