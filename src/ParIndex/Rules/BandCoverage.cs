namespace ParIndex.Rules;

/// <summary>Finds empty bands, overlaps and gaps of a band rule over its domain.</summary>
internal static class BandCoverage
{
    /// <summary>Checks bands over the real interval [min, max].</summary>
    internal static void CheckReal(Band[] bands, decimal min, decimal max, string unit, string code, List<Diagnostic> problems)
    {
        var ordered = new List<Band>();
        foreach (var band in bands)
        {
            if (band is { Lower: { } l, Upper: { } u } && (l > u || (l == u && !(band.LowerInclusive && band.UpperInclusive))))
            {
                problems.Add(new Diagnostic(DiagnosticKind.InvalidRule, code, "band " + band.Format(unit) + " contains no value"));
            }
            else
            {
                ordered.Add(band);
            }
        }
        if (ordered.Count == 0)
        {
            return;
        }
        ordered.Sort(static (a, b) => CompareLower(a, b));

        string F(decimal v) => Invariant.Format(v) + unit;
        var first = ordered[0];
        if (first.Lower is { } start && (start > min || (start == min && !first.LowerInclusive)))
        {
            problems.Add(Gap(code, start == min ? "no band covers " + F(min) : "no band covers values from " + F(min) + " to " + F(start)));
        }

        // The reach is the highest upper bound seen so far: a later band must start exactly where it ends.
        decimal? reach = first.Upper;
        var reachInclusive = first.UpperInclusive;
        for (var i = 1; i < ordered.Count; i++)
        {
            var next = ordered[i];
            if (next.Lower is not { } lower)
            {
                // After sorting, a second band unbounded below necessarily overlaps the first.
                problems.Add(new Diagnostic(DiagnosticKind.BandsOverlap, code, "two bands are unbounded below"));
            }
            else if (reach is not { } r || r > lower || (r == lower && reachInclusive && next.LowerInclusive))
            {
                problems.Add(new Diagnostic(DiagnosticKind.BandsOverlap, code, "bands overlap at " + F(lower)));
            }
            else if (r < lower)
            {
                problems.Add(Gap(code, "no band covers values between " + F(r) + " and " + F(lower)));
            }
            else if (!reachInclusive && !next.LowerInclusive)
            {
                problems.Add(Gap(code, "no band covers " + F(lower)));
            }
            if (reach is { } current && (next.Upper is not { } upper || upper > current || (upper == current && next.UpperInclusive)))
            {
                reach = next.Upper;
                reachInclusive = next.UpperInclusive;
            }
        }
        if (reach is { } end && (end < max || (end == max && !reachInclusive)))
        {
            problems.Add(Gap(code, end == max ? "no band covers " + F(max) : "no band covers values from " + F(end) + " to " + F(max)));
        }
    }

    /// <summary>Checks bands over the whole numbers 0, 1, 2, ….</summary>
    internal static void CheckWhole(Band[] bands, string code, List<Diagnostic> problems)
    {
        var ranges = new List<(decimal Lo, decimal Hi)>();
        foreach (var band in bands)
        {
            var lo = band.Lower is { } l ? (band.LowerInclusive ? decimal.Ceiling(l) : decimal.Floor(l) + 1m) : decimal.MinValue;
            var hi = band.Upper is { } u ? (band.UpperInclusive ? decimal.Floor(u) : decimal.Ceiling(u) - 1m) : decimal.MaxValue;
            if (lo > hi)
            {
                problems.Add(new Diagnostic(DiagnosticKind.InvalidRule, code, "band " + band + " contains no whole number"));
            }
            else
            {
                ranges.Add((Math.Max(lo, -1m), hi));
            }
        }
        if (ranges.Count == 0)
        {
            return;
        }
        ranges.Sort(static (a, b) => a.Lo.CompareTo(b.Lo));
        if (ranges[0].Lo > 0m)
        {
            problems.Add(Gap(code, ranges[0].Lo == 1m ? "no band covers 0" : Invariant.Format($"no band covers the counts 0 to {Invariant.Format(ranges[0].Lo - 1m)}")));
        }
        var reach = ranges[0].Hi;
        foreach (var (lo, hi) in ranges.Skip(1))
        {
            if (lo <= reach)
            {
                problems.Add(new Diagnostic(DiagnosticKind.BandsOverlap, code, Invariant.Format($"bands overlap at {Invariant.Format(Math.Max(lo, 0m))}")));
            }
            else if (lo > reach + 1m)
            {
                problems.Add(Gap(code, lo == reach + 2m
                    ? Invariant.Format($"no band covers {Invariant.Format(reach + 1m)}")
                    : Invariant.Format($"no band covers the counts {Invariant.Format(reach + 1m)} to {Invariant.Format(lo - 1m)}")));
            }
            reach = Math.Max(reach, hi);
        }
        if (reach != decimal.MaxValue)
        {
            problems.Add(Gap(code, Invariant.Format($"no band covers counts above {Invariant.Format(reach)}")));
        }
    }

    private static Diagnostic Gap(string code, string message) => new(DiagnosticKind.BandsGap, code, message);

    private static int CompareLower(Band a, Band b)
    {
        if (a.Lower is not { } x)
        {
            return b.Lower is null ? 0 : -1;
        }
        if (b.Lower is not { } y)
        {
            return 1;
        }
        var byValue = x.CompareTo(y);
        return byValue != 0 ? byValue : b.LowerInclusive.CompareTo(a.LowerInclusive);
    }
}
