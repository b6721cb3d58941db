using ParIndex.Rankings;

namespace ParIndex.Composites;

/// <summary>What a <see cref="CompositePipeline"/> run gives: every data set it wrote, every aggregate per unit, the
/// ranking by the index, the units left unranked and why, and each unit's strengths and weaknesses (kết quả chỉ số
/// tổng hợp).</summary>
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
    private readonly ImmutableArray<(int? Time, UnrankedUnit Unit)> _removed;

    internal CompositeResult(CompositeModel model, ImmutableArray<CompositeDataSet> dataSets, ImmutableArray<(int? Time, UnrankedUnit Unit)> removed)
    {
        Model = model;
        DataSets = dataSets;
        _removed = removed;
        _byName = dataSets.ToDictionary(d => d.Name, StringComparer.Ordinal);
        Scores = dataSets[^1];
        IndexCode = model.IndexCode;
        Periods = model.IsPanel ? [.. Scores.Times.Concat(removed.Select(r => r.Time)).OfType<int>().Distinct().Order()] : [];
        if (Scores.HasColumn(IndexCode))
        {
            (Ranking, var missing) = Rank(IndexCode);
            Unranked = [.. removed.Select(r => r.Unit), .. missing];
        }
        else
        {
            Unranked = [.. removed.Select(r => r.Unit), .. Enumerable.Range(0, Scores.UnitCodes.Length).Select(r => model.Unit(Scores.UnitCodes[r]).Unranked(
                model.At(Scores.Times[r]) + "the pipeline does not aggregate up to the index " + IndexCode))];
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

    /// <summary>Gets the periods (<c>Time</c>) of panel data, ascending; empty for a cross-section (no Time, or one Time
    /// for every row: COINr's data is a panel when <c>Time</c> takes more than one value).</summary>
    public ImmutableArray<int> Periods { get; }

    /// <summary>Gets the ranking of the units by the index, in rank order (empty when the pipeline does not aggregate).
    /// Panel data is ranked within each period, as COINr ranks each coin of a purse: the periods in ascending order,
    /// each in rank order, each row carrying its <see cref="CompositeRank.Time"/>.</summary>
    public ImmutableArray<CompositeRank> Ranking { get; }

    /// <summary>Gets the units not in <see cref="Ranking"/>, with the reason: screened out, or no index value (for panel
    /// data the reason names the period: "at 2019: screened out …").</summary>
    public ImmutableArray<UnrankedUnit> Unranked { get; }

    /// <summary>Gets the result of one period of panel data (COINr's coin of that <c>Time</c> in a purse): every data set
    /// cut to the rows of that period, its ranking and its unranked units. Steps that span periods (panel imputation,
    /// normalisation, which COINr does over all periods of a purse by default) have already run on the whole panel.</summary>
    /// <param name="time">The period, one of <see cref="Periods"/>.</param>
    /// <returns>The result of that period.</returns>
    /// <exception cref="KeyNotFoundException">The data has no such period.</exception>
    public CompositeResult ForPeriod(int time) =>
        Periods.Contains(time)
            ? new CompositeResult(Model, [.. DataSets.Select(d => d.AtPeriod(time))], [.. _removed.Where(r => r.Time == time)])
            : throw new KeyNotFoundException(Periods.IsEmpty ? "the data is not a panel (rows at several periods)" : Invariant.Format($"no period {time} in the data (periods: {string.Join(", ", Periods)})"));

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
    /// <exception cref="InvalidOperationException">The unit is ranked at several periods: take <see cref="ForPeriod"/> first.</exception>
    public CompositeRank RankOf(string unitCode)
    {
        var rows = Ranking.Where(r => r.UnitCode == unitCode).Take(2).ToArray();
        return rows.Length switch
        {
            0 => throw new KeyNotFoundException("unit " + unitCode + " is not ranked"),
            1 => rows[0],
            _ => throw new InvalidOperationException("unit " + unitCode + " is ranked at several periods; take ForPeriod(time) first"),
        };
    }

    /// <summary>Ranks the units by any column of <see cref="Scores"/> (a pillar, a sub-index, an indicator).</summary>
    /// <param name="code">The column's code.</param>
    /// <returns>The rows in rank order, within each period for panel data; units without a value are left out.</returns>
    /// <exception cref="KeyNotFoundException"><see cref="Scores"/> has no such column.</exception>
    public ImmutableArray<CompositeRank> RankBy(string code) => Rank(Preconditions.CheckNotNull(code, nameof(code))).Ranking;

    /// <summary>Finds a unit's strengths and weaknesses: its indicators ranked among all units of a data set (direction
    /// applied, 1 = best, ties share the lowest rank), leaving out missing values and indicators where the unit ranks
    /// last (COINr's <c>min_discard</c>), the <paramref name="count"/> best and the <paramref name="count"/> worst.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="count">How many of each; 5 by default, as COINr.</param>
    /// <param name="dataSet">The data set to rank; "Raw" by default, as COINr.</param>
    /// <returns>The unit's strengths and weaknesses (điểm mạnh, điểm yếu), as COINr's <c>get_str_weak</c> gives them for a
    /// country profile: the best-ranked indicators, best first, and the worst-ranked, in rank order (the worst last).</returns>
    /// <exception cref="KeyNotFoundException">No such data set, or the unit is not in it.</exception>
    /// <exception cref="InvalidOperationException">The unit has rows at several periods: take <see cref="ForPeriod"/> first.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public (ImmutableArray<IndicatorStanding> Strengths, ImmutableArray<IndicatorStanding> Weaknesses) StrengthsAndWeaknesses(string unitCode, int count = 5, string dataSet = "Raw")
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
                standings.Add(new IndicatorStanding { Code = code, Name = element.Name, Parent = element.Parent, Rank = (int)ranks[u], Value = values[u] });
            }
        }
        var sorted = standings.OrderBy(s => s.Rank).ToImmutableArray();
        return ([.. sorted.Take(count)], [.. sorted.Skip(Math.Max(0, sorted.Length - count))]);
    }

    private (ImmutableArray<CompositeRank> Ranking, List<UnrankedUnit> Missing) Rank(string code)
    {
        var values = Scores.Values(code);
        var ranking = ImmutableArray.CreateBuilder<CompositeRank>(values.Length);
        var missing = new List<UnrankedUnit>();
        foreach (var period in Scores.RowsByPeriod())
        {
            var rows = new List<(double Value, CompositeUnit Unit, int? Time)>(period.Length);
            foreach (var u in period)
            {
                var unit = Model.Unit(Scores.UnitCodes[u]);
                if (double.IsNaN(values[u]))
                {
                    missing.Add(unit.Unranked(Model.At(Scores.Times[u]) + code + " has no value (too few children with data)"));
                }
                else
                {
                    rows.Add((values[u], unit, Model.IsPanel ? Scores.Times[u] : null));
                }
            }
            rows.Sort((a, b) => b.Value.CompareTo(a.Value) is var byValue and not 0 ? byValue
                : string.CompareOrdinal(a.Unit.Name, b.Unit.Name) is var byName and not 0 ? byName
                : string.CompareOrdinal(a.Unit.Code, b.Unit.Code));
            var first = ranking.Count;
            for (var i = 0; i < rows.Count; i++)
            {
                var rank = i > 0 && rows[i].Value == rows[i - 1].Value ? ranking[first + i - 1].Rank : i + 1;
                ranking.Add(new CompositeRank { Rank = rank, UnitCode = rows[i].Unit.Code, UnitName = rows[i].Unit.Name, Value = rows[i].Value, Time = rows[i].Time });
            }
        }
        return (ranking.ToImmutable(), missing);
    }
}
