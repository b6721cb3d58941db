using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ParIndex.Methodologies;
using ParIndex.Rankings;
using ParIndex.Scoring;
using ParIndex.Utility;

namespace ParIndex.Analysis;

/// <summary>
/// What-if (giả định): change the inputs, the methodology (maxima, band thresholds, weights) or the policies (ties,
/// rounding, groups), re-score, re-rank and compare the rankings unit by unit.
/// </summary>
/// <remarks>Nothing is changed in place: the caller builds the changed indicators or methodology (they are immutable)
/// and passes both sides. Thread-safe.</remarks>
public static class WhatIf
{
    /// <summary>Compares two rankings unit by unit (by code).</summary>
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
            shifts.Add(new RankShift(row.Unit, was?.Rank, row.Rank, was?.Value, row.Value));
        }
        shifts.AddRange(before.Entries.Where(e => !seen.Contains(e.Unit.Code)).Select(e => new RankShift(e.Unit, e.Rank, null, e.Value, null)));
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
}
