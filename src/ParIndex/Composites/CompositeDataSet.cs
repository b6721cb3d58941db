namespace ParIndex.Composites;

/// <summary>One named data set a pipeline step writes (COINr's <c>coin$Data$Treated</c>): a table of units by columns
/// (indicators, then aggregates once aggregated) (bộ dữ liệu).</summary>
/// <remarks>Immutable and thread-safe. A missing value (not available, or not computable) is <see langword="null"/>.</remarks>
public sealed class CompositeDataSet
{
    private Dictionary<string, int>? _unitIndex; // −1 for a unit with rows at several periods
    private Dictionary<(string Code, int? Time), int>? _rowIndex;
    private int[][]? _periods;
    private Dictionary<string, int>? _columnIndex;

    internal CompositeDataSet()
    {
    }

    /// <summary>Gets the data set's name, e.g. "Treated".</summary>
    public string Name { get; internal init; } = null!;

    /// <summary>Gets the units' codes, in the order of the model (screened-out units left out).</summary>
    public ImmutableArray<string> UnitCodes { get; internal init; }

    /// <summary>Gets each row's period (<c>Time</c>), aligned with <see cref="UnitCodes"/>; <see langword="null"/> for data
    /// without periods. Panel data (COINr's purse) has a row per unit and period, so a unit code appears once per period.</summary>
    public ImmutableArray<int?> Times { get; internal init; }

    /// <summary>Gets the column codes: indicators in metadata order, then aggregates lowest level first.</summary>
    public ImmutableArray<string> Columns { get; internal init; }

    /// <summary>Gets whether the indicators' directions have been applied (by normalisation): then higher is better in every column.</summary>
    public bool DirectionApplied { get; internal init; }

    /// <summary>Gets one value.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="column">The indicator's or aggregate's code.</param>
    /// <returns>The value, or <see langword="null"/> when missing.</returns>
    /// <exception cref="KeyNotFoundException">The data set has no such unit or column.</exception>
    /// <exception cref="InvalidOperationException">The unit has rows at several periods: give the period.</exception>
    public double? this[string unitCode, string column] => Value(ColumnIndex(column), UnitIndex(unitCode));

    /// <summary>Gets one value of panel data: a unit's at a period.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="column">The indicator's or aggregate's code.</param>
    /// <param name="time">The period (<c>Time</c>).</param>
    /// <returns>The value, or <see langword="null"/> when missing.</returns>
    /// <exception cref="KeyNotFoundException">The data set has no such column, or no row of the unit at that period.</exception>
    public double? this[string unitCode, string column, int time] => Value(ColumnIndex(column), RowIndex(unitCode, time));

    /// <summary>Gets a column's values, aligned with <see cref="UnitCodes"/>.</summary>
    /// <param name="column">The indicator's or aggregate's code.</param>
    /// <returns>The values; <see langword="null"/> where missing.</returns>
    /// <exception cref="KeyNotFoundException">The data set has no such column.</exception>
    public ImmutableArray<double?> Column(string column)
    {
        var values = Data[ColumnIndex(column)];
        var result = ImmutableArray.CreateBuilder<double?>(values.Length);
        foreach (var value in values)
        {
            result.Add(double.IsNaN(value) ? null : value);
        }
        return result.MoveToImmutable();
    }

    /// <summary>Tells whether the data set has a column.</summary>
    /// <param name="column">The code.</param>
    /// <returns><see langword="true"/> when it has.</returns>
    public bool HasColumn(string column) => Columns.Contains(column);

    /// <summary>Formats as "Treated (51 units × 49 columns)".</summary>
    /// <returns>Name and size.</returns>
    public override string ToString() => Invariant.Format($"{Name} ({UnitCodes.Length} units × {Columns.Length} columns)");

    /// <summary>Gets the values column by column, NaN for missing: each step reads and writes whole columns.</summary>
    internal double[][] Data { get; init; } = null!;

    /// <summary>The same rows under another name, with new values (and new columns or directions where a step changes them).</summary>
    internal CompositeDataSet Derive(string name, double[][] data, ImmutableArray<string>? columns = null, bool? directionApplied = null) =>
        new() { Name = name, UnitCodes = UnitCodes, Times = Times, Columns = columns ?? Columns, Data = data, DirectionApplied = directionApplied ?? DirectionApplied };

    internal double[] Values(string column) => Data[ColumnIndex(column)];

    internal int UnitIndex(string unitCode)
    {
        _unitIndex ??= Index(UnitCodes);
        return !_unitIndex.TryGetValue(unitCode, out var i) ? throw new KeyNotFoundException("data set " + Name + " has no unit " + unitCode)
            : i >= 0 ? i
            : throw new InvalidOperationException("data set " + Name + " holds unit " + unitCode + " at several periods ("
                + string.Join(", ", Enumerable.Range(0, UnitCodes.Length).Where(r => UnitCodes[r] == unitCode).Select(r => Invariant.Format($"{Times[r]}"))) + "); give the period");
    }

    internal int RowIndex(string unitCode, int? time)
    {
        if (_rowIndex is null)
        {
            var index = new Dictionary<(string, int?), int>(UnitCodes.Length);
            for (var r = 0; r < UnitCodes.Length; r++)
            {
                index[(UnitCodes[r], Times[r])] = r;
            }
            _rowIndex = index;
        }
        return _rowIndex.TryGetValue((unitCode, time), out var i) ? i
            : throw new KeyNotFoundException(Invariant.Format($"data set {Name} has no row of unit {unitCode} at period {time}"));
    }

    /// <summary>The rows of each period, periods in ascending order (one group for data without periods): the steps
    /// that compare units (impute by column, treat, Copeland) and the ranks work within a period, as COINr's purse
    /// methods work coin by coin.</summary>
    internal int[][] RowsByPeriod() =>
        _periods ??= [.. Enumerable.Range(0, UnitCodes.Length).GroupBy(r => Times[r]).OrderBy(g => g.Key).Select(g => g.ToArray())];

    /// <summary>The rows of one period, under the same name.</summary>
    internal CompositeDataSet AtPeriod(int time)
    {
        var rows = Enumerable.Range(0, UnitCodes.Length).Where(r => Times[r] == time).ToArray();
        return new CompositeDataSet
        {
            Name = Name,
            UnitCodes = [.. rows.Select(r => UnitCodes[r])],
            Times = [.. rows.Select(r => Times[r])],
            Columns = Columns,
            Data = [.. Data.Select(column => rows.Select(r => column[r]).ToArray())],
            DirectionApplied = DirectionApplied,
        };
    }

    private double? Value(int column, int row) => double.IsNaN(Data[column][row]) ? null : Data[column][row];

    internal int ColumnIndex(string column)
    {
        _columnIndex ??= Index(Columns);
        return _columnIndex.TryGetValue(column, out var i) ? i : throw new KeyNotFoundException("data set " + Name + " has no column " + column);
    }

    internal bool TryColumnIndex(string column, out int index)
    {
        _columnIndex ??= Index(Columns);
        return _columnIndex.TryGetValue(column, out index);
    }

    /// <summary>Each code's position; −1 for a code that appears more than once (a unit at several periods).</summary>
    private static Dictionary<string, int> Index(ImmutableArray<string> codes)
    {
        var index = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            index[codes[i]] = index.ContainsKey(codes[i]) ? -1 : i;
        }
        return index;
    }
}
