using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ParIndex.Rankings;
using ParIndex.Utility;

namespace ParIndex.Composites;

/// <summary>What a <see cref="CompositePipeline"/> run gives: every data set it wrote, every aggregate per unit, the
/// ranking by the index, the units left unranked and why, and each unit's strengths and weaknesses.</summary>
/// <remarks>
/// <para>Ranks follow COINr's <c>get_results</c>: highest value first, ties share the lowest rank (1, 2, 2, 4), on
/// unrounded values, units without a value unranked; equal values are listed by name, then code (ordinal), as
/// <c>ParIndex.Rankings</c> lists them. (They are made here, not by <c>Ranking</c>: composites sit below rankings in
/// the library's layers.)</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CompositeResult
{
    private readonly Dictionary<string, CompositeDataSet> _byName;

    internal CompositeResult(CompositeModel model, ImmutableArray<CompositeDataSet> dataSets, ImmutableArray<UnrankedUnit> removed)
    {
        Model = model;
        DataSets = dataSets;
        _byName = dataSets.ToDictionary(d => d.Name, StringComparer.Ordinal);
        Scores = dataSets[^1];
        IndexCode = model.IndexCode;
        if (Scores.HasColumn(IndexCode))
        {
            (Ranking, var missing) = Rank(IndexCode);
            Unranked = [.. removed, .. missing];
        }
        else
        {
            Ranking = [];
            Unranked = [.. removed, .. Scores.UnitCodes.Select(u => model.Unit(u).Unranked("the pipeline does not aggregate up to the index " + IndexCode))];
        }
    }

    /// <summary>Gets the model the pipeline ran on.</summary>
    public CompositeModel Model { get; }

    /// <summary>Gets every data set, in the order written: "Raw" first.</summary>
    public ImmutableArray<CompositeDataSet> DataSets { get; }

    /// <summary>Gets the last data set written: after an aggregate step, every indicator and every aggregate per unit.</summary>
    public CompositeDataSet Scores { get; }

    /// <summary>Gets the code of the index (the model's top aggregate).</summary>
    public string IndexCode { get; }

    /// <summary>Gets the ranking of the units by the index, in rank order (empty when the pipeline does not aggregate).</summary>
    public ImmutableArray<CompositeRank> Ranking { get; }

    /// <summary>Gets the units not in <see cref="Ranking"/>, with the reason: screened out, or no index value.</summary>
    public ImmutableArray<UnrankedUnit> Unranked { get; }

    /// <summary>Gets a data set by name.</summary>
    /// <param name="name">The name, e.g. "Treated".</param>
    /// <returns>The data set.</returns>
    /// <exception cref="KeyNotFoundException">No step wrote a data set of that name.</exception>
    public CompositeDataSet this[string name] =>
        _byName.TryGetValue(name, out var set) ? set : throw new KeyNotFoundException("no data set " + name + " (written: " + string.Join(", ", _byName.Keys) + ")");

    /// <summary>Gets a unit's row of <see cref="Ranking"/>.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <returns>Its rank and index.</returns>
    /// <exception cref="KeyNotFoundException">The unit is not ranked (see <see cref="Unranked"/>).</exception>
    public CompositeRank RankOf(string unitCode) =>
        Ranking.FirstOrDefault(r => r.UnitCode == unitCode) ?? throw new KeyNotFoundException("unit " + unitCode + " is not ranked");

    /// <summary>Ranks the units by any column of <see cref="Scores"/> (a pillar, a sub-index, an indicator).</summary>
    /// <param name="code">The column's code.</param>
    /// <returns>The rows in rank order; units without a value are left out.</returns>
    /// <exception cref="KeyNotFoundException"><see cref="Scores"/> has no such column.</exception>
    public ImmutableArray<CompositeRank> RankBy(string code) => Rank(Preconditions.CheckNotNull(code, nameof(code))).Ranking;

    /// <summary>Finds a unit's strengths and weaknesses: its indicators ranked among all units of a data set (direction
    /// applied, 1 = best, ties share the lowest rank), leaving out missing values and indicators where the unit ranks
    /// last (COINr's <c>min_discard</c>), the <paramref name="count"/> best and the <paramref name="count"/> worst.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="count">How many of each; 5 by default, as COINr.</param>
    /// <param name="dataSet">The data set to rank; "Raw" by default, as COINr.</param>
    /// <returns>The strengths and weaknesses.</returns>
    /// <exception cref="KeyNotFoundException">No such data set, or the unit is not in it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public UnitStrengths StrengthsAndWeaknesses(string unitCode, int count = 5, string dataSet = "Raw")
    {
        Preconditions.CheckNotNull(unitCode, nameof(unitCode));
        Preconditions.CheckArgumentRange(nameof(count), count, 1, int.MaxValue);
        var set = this[dataSet];
        var u = set.UnitIndex(unitCode);
        var standings = new List<IndicatorStanding>();
        var adjusted = new double[set.UnitCodes.Length];
        var ranks = new double[set.UnitCodes.Length];
        foreach (var code in Model.Indicators.Where(set.HasColumn))
        {
            var values = set.Values(code);
            var element = Model.Find(code)!;
            var direction = set.DirectionApplied ? 1 : element.Direction;
            for (var i = 0; i < values.Length; i++)
            {
                adjusted[i] = -direction * values[i];
            }
            ColumnMath.RankMin(adjusted, ranks);
            if (!double.IsNaN(ranks[u]) && ranks[u] < ColumnMath.Max(ranks))
            {
                standings.Add(new IndicatorStanding(code, element.Name, element.Parent, (int)ranks[u], values[u]));
            }
        }
        var sorted = standings.OrderBy(s => s.Rank).ToImmutableArray();
        return new UnitStrengths(unitCode, dataSet, [.. sorted.Take(count)], [.. sorted.Skip(Math.Max(0, sorted.Length - count))]);
    }

    private (ImmutableArray<CompositeRank> Ranking, List<UnrankedUnit> Missing) Rank(string code)
    {
        var values = Scores.Values(code);
        var rows = new List<(double Value, CompositeUnit Unit)>(values.Length);
        var missing = new List<UnrankedUnit>();
        for (var u = 0; u < values.Length; u++)
        {
            var unit = Model.Unit(Scores.UnitCodes[u]);
            if (double.IsNaN(values[u]))
            {
                missing.Add(unit.Unranked(code + " has no value (too few children with data)"));
            }
            else
            {
                rows.Add((values[u], unit));
            }
        }
        rows.Sort((a, b) => b.Value.CompareTo(a.Value) is var byValue and not 0 ? byValue
            : string.CompareOrdinal(a.Unit.Name, b.Unit.Name) is var byName and not 0 ? byName
            : string.CompareOrdinal(a.Unit.Code, b.Unit.Code));
        var ranking = ImmutableArray.CreateBuilder<CompositeRank>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var rank = i > 0 && rows[i].Value == rows[i - 1].Value ? ranking[i - 1].Rank : i + 1;
            ranking.Add(new CompositeRank(rank, rows[i].Unit.Code, rows[i].Unit.Name, rows[i].Value));
        }
        return (ranking.MoveToImmutable(), missing);
    }
}
