namespace ParIndex.Composites;

/// <summary>Fills missing values (COINr's <c>Impute</c> and <c>impute_panel</c>). A value that was present is never
/// changed; what cannot be filled stays missing.</summary>
/// <remarks>
/// <para>By column (the default): each indicator's missing values take the column's mean or median, over all units or
/// over the units of the same group (<c>EurAsia_group</c>); a unit without a group label, or a group with no value,
/// stays missing. Panel data is imputed within each period, as COINr imputes each coin of a purse (so is the min-max of
/// imputing by row).</para>
/// <para>By table (COINr's <c>impute_by = "df"</c>): each period's table, or the indicators of each aggregate of
/// <see cref="ImputeSpec.GroupLevel"/>, filled at once by <see cref="EmImputation"/>.</para>
/// <para>By row: each unit's missing values take the mean or median of the unit's other indicators (within each
/// aggregate of <see cref="ImputeSpec.GroupLevel"/> when given). With <see cref="ImputeSpec.NormaliseFirst"/>, as
/// COINr does by row, each column x (direction d applied) is first mapped to (d·x − min)/(max − min) and the value
/// filled is mapped back, (y·(max − min) + min)/d; a constant column gives nothing to the row's mean and takes its
/// constant.</para>
/// <para>Panel (rows of one unit at several periods, <c>Time</c>): <see cref="ImputeMethod.Latest"/> takes the unit's
/// value at the latest earlier period of the data that has one, looking back at most
/// <see cref="ImputeSpec.MaxTime"/> periods of the data, and fills nothing at the first period;
/// <see cref="ImputeMethod.Linear"/> interpolates in time between the unit's nearest values before and after,
/// y₁ + (y₂ − y₁)·(t − t₁)/(t₂ − t₁), and <see cref="ImputeMethod.Constant"/> takes the value before, y₁; before the
/// first value or after the last both take the nearest (R's <c>approx</c> with <c>rule = 2</c>, as COINr calls it).
/// Values are taken from the step's input, never from values it filled. Linear interpolation of a series with a
/// single value is a problem, as in R.</para>
/// </remarks>
internal sealed class ImputeStep(string input, string output, string path, ImputeSpec spec) : PipelineStep(input, output, path)
{
    internal override string Kind => "impute";

    internal ImputeSpec Spec { get; } = spec;

    internal override void Check(CompositeModel model, IReadOnlyDictionary<string, ImmutableDictionary<string, double>> weightSets, List<Diagnostic> problems)
    {
        if (Spec.Group is { } g && model.Find(g)?.Type != ElementType.Group)
        {
            problems.Add(Problem(g, "the group " + g + " is not a group column of the metadata"));
        }
        if (Spec.GroupLevel is { } level && (level < 2 || level > model.MaxLevel))
        {
            problems.Add(Problem(null, Invariant.Format($"groupLevel {level} is not an aggregate level of the model (2 to {model.MaxLevel})")));
        }
        if (Spec.Panel)
        {
            if (model.Units.FirstOrDefault(u => u.Time is null) is { } timeless)
            {
                problems.Add(Problem(null, "panel imputation needs the period (Time) of every row, and " + timeless.Code + " has none", timeless.Code));
            }
            else if (model.Units.Select(u => u.Time).Distinct().Count() < 2)
            {
                problems.Add(Problem(null, "panel imputation needs data at two periods or more, and the data has one"));
            }
            if (Spec.Period is { } period && !model.Units.Any(u => u.Time == period))
            {
                problems.Add(Problem(null, Invariant.Format($"no row of the data is at period {period}")));
            }
        }
    }

    internal override CompositeDataSet Run(CompositeModel model, CompositeDataSet input, PipelineRun run)
    {
        var data = (double[][])input.Data.Clone();
        for (var c = 0; c < data.Length; c++)
        {
            if (Array.IndexOf(data[c], double.NaN) >= 0)
            {
                data[c] = (double[])data[c].Clone(); // shared with the input otherwise: data sets are never changed once written
            }
        }
        if (Spec.Panel)
        {
            FillPanel(input, data, run);
        }
        else if (Spec.ByRow)
        {
            FillRows(model, input, data);
        }
        else if (Spec.ByTable)
        {
            FillTables(model, input, data, run);
        }
        else
        {
            FillColumns(model, input, data);
        }
        var imputed = input.Derive(Output, data);
        return Spec.Period is { } period ? imputed.AtPeriod(period) : imputed;
    }

    private void FillColumns(CompositeModel model, CompositeDataSet input, double[][] data)
    {
        var units = input.UnitCodes.Length;
        var labels = new string?[units];
        if (Spec.Group is { } group)
        {
            for (var u = 0; u < units; u++)
            {
                labels[u] = model.Unit(input.UnitCodes[u], input.Times[u]).Groups.GetValueOrDefault(group);
            }
        }
        // Within each period and group: COINr imputes each coin of a purse on its own.
        var cells = input.RowsByPeriod()
            .SelectMany(rows => rows.Where(u => Spec.Group is null || labels[u] is not null).GroupBy(u => labels[u], StringComparer.Ordinal).Select(g => g.ToArray()))
            .ToArray();
        var members = new double[units];
        foreach (var column in data.Where(d => Array.IndexOf(d, double.NaN) >= 0))
        {
            foreach (var rows in cells)
            {
                for (var k = 0; k < rows.Length; k++)
                {
                    members[k] = column[rows[k]];
                }
                var fill = Average(members.AsSpan(0, rows.Length));
                foreach (var u in rows)
                {
                    if (double.IsNaN(column[u]))
                    {
                        column[u] = fill;
                    }
                }
            }
        }
    }

    private void FillRows(CompositeModel model, CompositeDataSet input, double[][] data)
    {
        var groups = IndicatorGroups(model, input);
        var direction = new double[data.Length];
        for (var c = 0; c < data.Length; c++)
        {
            direction[c] = model.Find(input.Columns[c])?.Direction ?? 1;
        }
        var min = new double[data.Length];
        var span = new double[data.Length];
        var row = new double[data.Length];
        foreach (var period in input.RowsByPeriod())
        {
            for (var c = 0; c < data.Length; c++)
            {
                // Each period's own minimum and range, as COINr imputes each coin of a purse on its own.
                (min[c], span[c]) = Spec.NormaliseFirst ? Range(input.Data[c], period, direction[c]) : (0, 1);
            }
            foreach (var u in period)
            {
                foreach (var columns in groups)
                {
                    var n = 0;
                    var missing = false;
                    foreach (var c in columns)
                    {
                        var x = input.Data[c][u];
                        missing |= double.IsNaN(x);
                        if (!double.IsNaN(x) && span[c] > 0)
                        {
                            row[n++] = Spec.NormaliseFirst ? ((direction[c] * x) - min[c]) / span[c] : x;
                        }
                    }
                    if (!missing)
                    {
                        continue;
                    }
                    var fill = Average(row.AsSpan(0, n));
                    foreach (var c in columns)
                    {
                        if (double.IsNaN(data[c][u]))
                        {
                            data[c][u] = Spec.NormaliseFirst ? ((fill * span[c]) + min[c]) / direction[c] : fill;
                        }
                    }
                }
            }
        }
    }

    /// <summary>COINr's <c>impute_by = "df"</c>: each period's table (of each indicator group) filled at once, by EM.</summary>
    private void FillTables(CompositeModel model, CompositeDataSet input, double[][] data, PipelineRun run)
    {
        foreach (var columns in IndicatorGroups(model, input))
        {
            foreach (var rows in input.RowsByPeriod())
            {
                var table = new double[rows.Length][];
                for (var i = 0; i < rows.Length; i++)
                {
                    table[i] = [.. columns.Select(c => input.Data[c][rows[i]])];
                }
                if (EmImputation.Fill(table) is { } problem)
                {
                    var group = Spec.GroupLevel is { } level ? Ancestor(model, input.Columns[columns[0]], level) : null;
                    run.Problems.Add(Problem(group, model.At(input.Times[rows[0]]) + problem + (group is null ? string.Empty : " (indicators of " + group + ")")));
                    continue;
                }
                for (var i = 0; i < rows.Length; i++)
                {
                    for (var k = 0; k < columns.Length; k++)
                    {
                        data[columns[k]][rows[i]] = table[i][k]; // present values come back unchanged
                    }
                }
            }
        }
    }

    /// <summary>The indicator columns, split by their ancestor at the group level (one group when none is given).</summary>
    private int[][] IndicatorGroups(CompositeModel model, CompositeDataSet input) =>
        [.. Enumerable.Range(0, input.Columns.Length)
            .Where(c => model.Find(input.Columns[c])?.Type == ElementType.Indicator)
            .GroupBy(c => Spec.GroupLevel is { } level ? Ancestor(model, input.Columns[c], level) : null)
            .Select(g => g.ToArray())];

    private void FillPanel(CompositeDataSet input, double[][] data, PipelineRun run)
    {
        var periods = input.Times.Select(t => t!.Value).Distinct().Order().ToArray();
        var series = Enumerable.Range(0, input.UnitCodes.Length)
            .GroupBy(r => input.UnitCodes[r], StringComparer.Ordinal)
            .Select(g => g.OrderBy(r => input.Times[r]).ToArray())
            .ToArray();
        for (var c = 0; c < data.Length; c++)
        {
            var original = input.Data[c];
            if (ReferenceEquals(original, data[c]))
            {
                continue; // nothing missing
            }
            foreach (var rows in series)
            {
                var observed = rows.Where(r => !double.IsNaN(original[r])).ToArray();
                if (observed.Length == 0 || observed.Length == rows.Length)
                {
                    continue;
                }
                if (Spec.Method == ImputeMethod.Linear && observed.Length == 1)
                {
                    run.Problems.Add(Problem(input.Columns[c], Invariant.Format($"linear interpolation needs two values of a unit's series, and {input.Columns[c]} of unit {input.UnitCodes[rows[0]]} has one (at {input.Times[observed[0]]})"), input.UnitCodes[rows[0]]));
                    continue;
                }
                foreach (var r in rows.Where(r => double.IsNaN(original[r])))
                {
                    data[c][r] = Spec.Method == ImputeMethod.Latest ? Latest(input, original, rows, periods, r) : Between(input, original, observed, input.Times[r]!.Value);
                }
            }
        }
    }

    /// <summary>The value at the latest earlier period of the data (at most <see cref="ImputeSpec.MaxTime"/> back) where the unit has one.</summary>
    private double Latest(CompositeDataSet input, double[] original, int[] rows, int[] periods, int row)
    {
        var at = Array.IndexOf(periods, input.Times[row]!.Value);
        var oldest = Spec.MaxTime is { } max ? Math.Max(0, at - max) : 0;
        for (var p = at - 1; p >= oldest; p--)
        {
            foreach (var r in rows)
            {
                if (input.Times[r] == periods[p] && !double.IsNaN(original[r]))
                {
                    return original[r];
                }
            }
        }
        return double.NaN;
    }

    /// <summary>Linear or constant interpolation at period <paramref name="t"/> between the observed rows (in time order).</summary>
    private double Between(CompositeDataSet input, double[] original, int[] observed, int t)
    {
        var after = Array.FindIndex(observed, r => input.Times[r] > t);
        if (after == 0 || after < 0)
        {
            return original[observed[after == 0 ? 0 : observed.Length - 1]];
        }
        var (r1, r2) = (observed[after - 1], observed[after]);
        if (Spec.Method == ImputeMethod.Constant)
        {
            return original[r1];
        }
        double t1 = input.Times[r1]!.Value, t2 = input.Times[r2]!.Value;
        return original[r1] + ((original[r2] - original[r1]) * (t - t1) / (t2 - t1));
    }

    private double Average(ReadOnlySpan<double> values) =>
        Spec.Method is ImputeMethod.Mean or ImputeMethod.GroupMean ? ColumnMath.Mean(values) : ColumnMath.Median(values);

    /// <summary>The minimum and the range of a column's rows with its direction applied.</summary>
    private static (double Min, double Span) Range(double[] column, int[] rows, double direction)
    {
        double min = double.NaN, max = double.NaN;
        foreach (var r in rows)
        {
            var v = column[r] * direction;
            min = double.IsNaN(v) || v >= min ? min : v;
            max = double.IsNaN(v) || v <= max ? max : v;
        }
        return (min, max - min);
    }

    private static string? Ancestor(CompositeModel model, string code, int level)
    {
        var element = model.Find(code);
        while (element is not null && element.Level < level && element.Parent is { } parent)
        {
            element = model.Find(parent);
        }
        return element?.Level == level ? element.Code : null;
    }
}
