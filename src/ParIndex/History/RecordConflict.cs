using System.Globalization;
using ParIndex.Geography;

namespace ParIndex.History;

/// <summary>
/// A row of the published record on which sources disagree (nguồn không thống nhất): the reading the record keeps (or
/// none, when neither can be kept), another source's reading, and why the choice was made.
/// </summary>
/// <remarks>Read from the package's Data/record-conflicts.csv through <see cref="PublishedRecord.Conflicts"/>; each
/// reading is a <see cref="PublishedResult"/> with its own source address. Immutable; equality by value.</remarks>
public sealed record RecordConflict
{
    internal RecordConflict()
    {
    }

    /// <summary>Gets which published index the two readings belong to, the PAR Index or SIPAS.</summary>
    public PublishedIndex PublishedIndex { get; internal init; }

    /// <summary>Gets the assessed year.</summary>
    public int Year { get; internal init; }

    /// <summary>Gets the province (of the 63 list).</summary>
    public Province Province { get; internal init; } = null!;

    /// <summary>Gets the reading the record keeps (equal to its row in <see cref="PublishedRecord.All"/>), or
    /// <see langword="null"/> when the record keeps no row because neither reading can stand.</summary>
    public PublishedResult? Recorded { get; internal init; }

    /// <summary>Gets the reading of the other source, with that source.</summary>
    public PublishedResult Other { get; internal init; } = null!;

    /// <summary>Gets why the recorded reading was kept (or none), with the further sources that decided it.</summary>
    public string Resolution { get; internal init; } = null!;

    /// <summary>Formats the conflict as one line naming both readings and both sources: "PAR Index 2023, Cà Mau: the
    /// record keeps 86.89, rank 34 (https://…); another source gives 86.89, rank 32 (http://…). Rank 34 kept (…)".</summary>
    /// <returns>Both readings, both sources and the resolution.</returns>
    public override string ToString() =>
        Invariant.Format($"{(PublishedIndex == PublishedIndex.Sipas ? "SIPAS" : "PAR Index")} {Year}, {Province.Name}: ")
        + (Recorded is { } kept ? "the record keeps " + Reading(kept) : "the record keeps no row")
        + "; another source gives " + Reading(Other) + ". " + Resolution;

    private static string Reading(PublishedResult row) =>
        (row.Value is { } value ? value.ToString(CultureInfo.InvariantCulture) : "no value") + ", "
        + (row.Rank is { } rank ? "rank " + rank.ToString(CultureInfo.InvariantCulture) : "no rank")
        + " (" + row.Source + ")";
}
