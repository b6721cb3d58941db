namespace ParIndex.Tests.Composites;

/// <summary>Small models for hand calculations: indicators under one aggregate "Index", units U1…Un.</summary>
internal static class Small
{
    internal static CompositeModel Model(IReadOnlyList<(string Code, int Direction, double[] Values)> indicators, string[]? groups = null, double[]? weights = null)
    {
        var n = indicators[0].Values.Length;
        var units = Enumerable.Range(0, n).Select(u => new CompositeUnit(
            "U" + (u + 1),
            "Unit " + (u + 1),
            indicators.Select(i => new KeyValuePair<string, double?>(i.Code, double.IsNaN(i.Values[u]) ? null : i.Values[u])),
            groups is null ? null : [new KeyValuePair<string, string?>("Region", groups[u])]));
        var elements = indicators.Select((i, k) => new CompositeElement
        {
            Code = i.Code, Type = ElementType.Indicator, Level = 1, Parent = "Index", Direction = i.Direction, Weight = weights?[k] ?? 1,
        }).Append(new CompositeElement { Code = "Index", Type = ElementType.Aggregate, Level = 2, Weight = 1 });
        if (groups is not null)
        {
            elements = elements.Append(new CompositeElement { Code = "Region", Type = ElementType.Group });
        }
        return new CompositeModel(units, elements);
    }
}
