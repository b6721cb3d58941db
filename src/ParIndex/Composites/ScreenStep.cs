namespace ParIndex.Composites;

/// <summary>Removes units with too little data (COINr's <c>Screen</c>): availability = 1 − missing ÷ columns, kept
/// when ≥ <see cref="Threshold"/>; non-zero share = 1 − zeros ÷ values present, kept when ≥ <see cref="ZeroThreshold"/>.
/// Units can be forced in or out.</summary>
internal sealed class ScreenStep(string input, string output, string path, ScreenRule rule, double threshold, double zeroThreshold, ImmutableArray<string> include, ImmutableArray<string> exclude)
    : PipelineStep(input, output, path)
{
    internal override string Kind => "screen";

    internal ScreenRule Rule { get; } = rule;

    internal double Threshold { get; } = threshold;

    internal double ZeroThreshold { get; } = zeroThreshold;

    internal override void Check(CompositeModel model, IReadOnlyDictionary<string, ImmutableDictionary<string, double>> weightSets, List<Diagnostic> problems)
    {
        foreach (var code in include.Concat(exclude))
        {
            if (!model.Units.Any(u => u.Code == code))
            {
                problems.Add(Problem(null, "forces unit " + code + ", which is not in the data", code));
            }
        }
    }

    internal override CompositeDataSet Run(CompositeModel model, CompositeDataSet input, PipelineRun run)
    {
        var columns = input.Data;
        var kept = new List<int>(input.UnitCodes.Length);
        for (var u = 0; u < input.UnitCodes.Length; u++)
        {
            int missing = 0, zeros = 0;
            foreach (var column in columns)
            {
                missing += double.IsNaN(column[u]) ? 1 : 0;
                zeros += column[u] == 0 ? 1 : 0;
            }
            var available = 1 - ((double)missing / columns.Length);
            var nonZero = 1 - ((double)zeros / (columns.Length - missing));
            var lowData = available < Threshold;
            var lowNonZero = nonZero < ZeroThreshold;
            var code = input.UnitCodes[u];
            var keep = Rule switch
            {
                ScreenRule.Missing => !lowData,
                ScreenRule.Zeros => !lowNonZero,
                _ => !lowData && !lowNonZero,
            };
            if (include.Contains(code))
            {
                keep = true;
            }
            else if (exclude.Contains(code))
            {
                keep = false;
            }
            if (keep)
            {
                kept.Add(u);
            }
            else
            {
                var why = exclude.Contains(code) ? "excluded by the screen step"
                    : lowData && Rule != ScreenRule.Zeros ? Invariant.Format($"data availability {available:0.###} is below {Threshold:0.###}")
                    : Invariant.Format($"share of non-zero values {nonZero:0.###} is below {ZeroThreshold:0.###}");
                run.Removed.Add((input.Times[u], model.Unit(code).Unranked(model.At(input.Times[u]) + "screened out in " + Output + ": " + why)));
            }
        }
        var data = new double[columns.Length][];
        for (var c = 0; c < columns.Length; c++)
        {
            data[c] = new double[kept.Count];
            for (var k = 0; k < kept.Count; k++)
            {
                data[c][k] = columns[c][kept[k]];
            }
        }
        return new CompositeDataSet
        {
            Name = Output,
            UnitCodes = [.. kept.Select(k => input.UnitCodes[k])],
            Times = [.. kept.Select(k => input.Times[k])],
            Columns = input.Columns,
            Data = data,
            DirectionApplied = input.DirectionApplied,
        };
    }
}
