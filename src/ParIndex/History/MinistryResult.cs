namespace ParIndex.History;

/// <summary>A published PAR Index result of a ministry or ministerial-level agency (bộ, cơ quan ngang bộ) for one year,
/// with its source. Only what a source states: the value, the rank among ministries, or both.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record MinistryResult
{
    internal MinistryResult()
    {
    }

    /// <summary>Gets the assessment year.</summary>
    public int Year { get; internal init; }

    /// <summary>Gets the ministry's Vietnamese name, e.g. "Bộ Tư pháp".</summary>
    public string Ministry { get; internal init => field = Text.Nfc(value); } = null!;

    /// <summary>Gets the published value in %, when the source gives it.</summary>
    public decimal? Value { get; internal init; }

    /// <summary>Gets the rank among the ministries, when the source gives it.</summary>
    public int? Rank { get; internal init; }

    /// <summary>Gets the source: an address, or the publishers and article numbers that state the figure.</summary>
    public string Source { get; internal init; } = null!;

    /// <summary>Formats as "2023 Bộ Tư pháp: 89.95, rank 1".</summary>
    /// <returns>Year, ministry, value and rank.</returns>
    public override string ToString() =>
        Invariant.Format($"{Year} {Ministry}: {(Value is { } v ? Invariant.Format(v) : "–")}") + (Rank is { } r ? Invariant.Format($", rank {r}") : string.Empty);
}
