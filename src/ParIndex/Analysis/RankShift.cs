using ParIndex.Methodologies;
using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.Analysis;

/// <summary>One unit's rank and index before and after a what-if change (giả định; thay đổi thứ hạng): of the inputs, the
/// methodology (maxima, band thresholds, weights) or the policies (ties, rounding, groups), re-scored, re-ranked and
/// compared unit by unit (<see cref="Rescore"/>, <see cref="Compare"/>).</summary>
/// <remarks>A unit only in one of the rankings has <see langword="null"/> on the other side. Nothing is changed in place:
/// the caller builds the changed indicators or methodology (they are immutable) and passes both sides. Immutable (equal
/// when unit, ranks and indices are equal);
/// the methods are thread-safe.</remarks>
public sealed record RankShift
{
    internal RankShift()
    {
    }

    /// <summary>Gets the unit.</summary>
    public AssessedUnit Unit { get; internal init; } = null!;

    /// <summary>Gets the rank before the change, if ranked.</summary>
    public int? RankBefore { get; internal init; }

    /// <summary>Gets the rank after the change, if ranked.</summary>
    public int? RankAfter { get; internal init; }

    /// <summary>Gets the ranked value (index) before the change, exact.</summary>
    public decimal? IndexBefore { get; internal init; }

    /// <summary>Gets the ranked value (index) after the change, exact.</summary>
    public decimal? IndexAfter { get; internal init; }

    /// <summary>Gets the places gained (positive: up the table): rank before − rank after; null unless ranked in both.</summary>
    public int? Shift => RankBefore is { } before && RankAfter is { } after ? before - after : null;

    /// <summary>Compares two rankings unit by unit (by code): what a change did to each unit's rank.</summary>
    /// <param name="before">The ranking before the change.</param>
    /// <param name="after">The ranking after it.</param>
    /// <returns>One shift per unit in either ranking, in the order of <paramref name="after"/>, then units only in
    /// <paramref name="before"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<RankShift> Compare(Ranking before, Ranking after)
    {
        Preconditions.CheckNotNull(before, nameof(before));
        Preconditions.CheckNotNull(after, nameof(after));
        var old = before.Entries.ToDictionary(e => e.Unit.Code, StringComparer.Ordinal);
        var shifts = new List<RankShift>(after.Entries.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in after.Entries)
        {
            seen.Add(row.Unit.Code);
            old.TryGetValue(row.Unit.Code, out var was);
            shifts.Add(new RankShift { Unit = row.Unit, RankBefore = was?.Rank, RankAfter = row.Rank, IndexBefore = was?.Value, IndexAfter = row.Value });
        }
        shifts.AddRange(before.Entries.Where(e => !seen.Contains(e.Unit.Code)).Select(e => new RankShift { Unit = e.Unit, RankBefore = e.Rank, IndexBefore = e.Value }));
        return [.. shifts];
    }

    /// <summary>Scores and ranks the same units twice — under the methodology, scoring options and ranking options
    /// before, and under those after, with the indicators after where given — and compares the rankings.</summary>
    /// <param name="units">The units' indicators as reported.</param>
    /// <param name="before">The methodology before.</param>
    /// <param name="after">The methodology after (the same one to change only inputs or policies).</param>
    /// <param name="changedInputs">Indicators that replace a unit's (by unit code) after the change; may be empty.</param>
    /// <param name="rankingBefore">The ranking policy before; <see cref="RankingOptions.Default"/> when null.</param>
    /// <param name="rankingAfter">The ranking policy after; <paramref name="rankingBefore"/> when null.</param>
    /// <returns>One shift per unit.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="DiagnosticException">The indicators do not fit one of the methodologies.</exception>
    public static ImmutableArray<RankShift> Rescore(
        IEnumerable<ReportedIndicators> units,
        Methodology before,
        Methodology after,
        IEnumerable<ReportedIndicators>? changedInputs = null,
        RankingOptions? rankingBefore = null,
        RankingOptions? rankingAfter = null)
    {
        Preconditions.CheckNotNull(units, nameof(units));
        Preconditions.CheckNotNull(before, nameof(before));
        Preconditions.CheckNotNull(after, nameof(after));
        var list = units.ToList();
        Preconditions.CheckNoNulls(list, nameof(units));
        var changed = (changedInputs ?? []).ToDictionary(u => Preconditions.CheckNotNull(u, nameof(changedInputs)).Unit.Code, StringComparer.Ordinal);
        var afterUnits = list.Select(u => changed.TryGetValue(u.Unit.Code, out var c) ? c : u);
        rankingBefore ??= RankingOptions.Default;
        var first = Ranking.ByIndex(new Scorer(before).ScoreAll(list), rankingBefore);
        var second = Ranking.ByIndex(new Scorer(after).ScoreAll(afterUnits), rankingAfter ?? rankingBefore);
        return Compare(first, second);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Invariant.Format($"{Unit.Code} {Unit.Name}: {RankBefore?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"} → {RankAfter?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"}")
        + (Shift is { } shift and not 0 ? Invariant.Format($" ({(shift > 0 ? "+" : string.Empty)}{shift})") : string.Empty);
}
