using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ParIndex.Composites;

/// <summary>Fills missing values of each indicator column (COINr's <c>Impute</c>, by column) with the column's mean or
/// median, over all units or over the units of the same group (<c>EurAsia_group</c>). A value that was present is never
/// changed; a unit without a group label, or a group with no value, stays missing.</summary>
internal sealed class ImputeStep(string input, string output, string path, ImputeMethod method, string? group) : PipelineStep(input, output, path)
{
    internal override string Kind => "impute";

    internal ImputeMethod Method { get; } = method;

    internal string? Group { get; } = group;

    internal override void Check(CompositeModel model, IReadOnlyDictionary<string, ImmutableDictionary<string, double>> weightSets, List<Diagnostic> problems)
    {
        if (Group is { } g && model.Find(g)?.Type != ElementType.Group)
        {
            problems.Add(Problem(g, "the group " + g + " is not a group column of the metadata"));
        }
    }

    internal override CompositeDataSet Run(CompositeModel model, CompositeDataSet input, PipelineRun run)
    {
        var data = (double[][])input.Data.Clone();
        var units = input.UnitCodes.Length;
        var labels = new string?[units];
        if (Group is { } group)
        {
            for (var u = 0; u < units; u++)
            {
                labels[u] = model.Unit(input.UnitCodes[u]).Groups.GetValueOrDefault(group);
            }
        }
        var distinct = new List<string?>();
        foreach (var label in labels)
        {
            if (!distinct.Contains(label) && (Group is null || label is not null))
            {
                distinct.Add(label);
            }
        }
        var members = new double[units];
        for (var c = 0; c < data.Length; c++)
        {
            if (Array.IndexOf(data[c], double.NaN) < 0)
            {
                continue; // shared with the input: data sets are never changed once written
            }
            var column = data[c] = (double[])data[c].Clone();
            foreach (var label in distinct)
            {
                var n = 0;
                for (var u = 0; u < units; u++)
                {
                    if (string.Equals(labels[u], label, StringComparison.Ordinal))
                    {
                        members[n++] = column[u];
                    }
                }
                var fill = Method is ImputeMethod.Mean or ImputeMethod.GroupMean ? ColumnMath.Mean(members.AsSpan(0, n)) : ColumnMath.Median(members.AsSpan(0, n));
                for (var u = 0; u < units; u++)
                {
                    if (double.IsNaN(column[u]) && string.Equals(labels[u], label, StringComparison.Ordinal))
                    {
                        column[u] = fill;
                    }
                }
            }
        }
        return new CompositeDataSet(Output, input.UnitCodes, input.Columns, data, input.DirectionApplied);
    }
}
