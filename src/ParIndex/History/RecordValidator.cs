using ParIndex.Geography;
using ParIndex.Methodologies;
using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.History;

/// <summary>
/// The checks behind <see cref="ValidationReport.Validate"/> and <see cref="ValidationReport.CheckAreas(PublishedResult, IEnumerable{PublishedComponent})"/>:
/// published rows — the embedded <see cref="PublishedRecord"/> or a caller's own table — against the library's
/// ranking rules: ranks recomputed with <see cref="Ranking.Create"/>, group membership against thresholds and published
/// group counts, area values against the total, and coverage (kiểm tra số liệu).
/// </summary>
/// <remarks>
/// <para>A complete table (every unit of the list with value and rank) must reproduce its ranks exactly. A partial
/// table cannot (ranks are among all 63, values known for a few), so its rows are checked for order instead: the
/// rank order must agree with the value order (higher value ⇔ better rank, equal values ⇔ equal ranks), which is
/// what recomputing the ranks of the rows present and ranking their published ranks must both give.</para>
/// <para>Every mismatch is reported, each as a <see cref="Diagnostic"/> whose unit code is the province's code and
/// whose message names the year, the index, the rows in conflict and the source. Pure and thread-safe.</para>
/// </remarks>
internal static class RecordValidator
{
    /// <summary>Checks rows of one or more tables (grouped by index, year and list).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="aggregates">Published group counts to check group membership against, e.g.
    /// <see cref="PublishedRecord.Aggregates"/>; other aggregates are ignored. <see langword="null"/> for none.</param>
    /// <param name="options">Precision and group thresholds, or <see langword="null"/> for <see cref="RankingOptions.Default"/>
    /// with each table's groups those published for its year (<see cref="YearResults.Groups"/>; none where unknown):
    /// with <see cref="RankingOptions.Decimals"/> <see langword="null"/> each table is judged at the precision its values
    /// are given in (the most decimals of any value: three decimals are checked with three), otherwise values are rounded
    /// to that many decimals first; ties are always standard competition ranks, as published.</param>
    /// <returns>The problems, the notes (equal values at the published precision with consecutive ranks: consistent,
    /// since the Ministry ranks on more decimals than it publishes) and each table checked, with its coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null or contains null.</exception>
    public static ValidationReport Validate(IEnumerable<PublishedResult> rows, IEnumerable<PublishedAggregate>? aggregates = null, RankingOptions? options = null)
    {
        var input = Preconditions.CheckNotNull(rows, nameof(rows)).ToList();
        Preconditions.CheckNoNulls(input, nameof(rows));
        var counts = (aggregates ?? []).Where(a => a.Measure == AggregateMeasure.GroupCount).ToList();
        // Without options each table is judged with the groups published for its year (none where unknown).
        var yearGroups = options is null;
        options ??= RankingOptions.Default;
        var findings = new Findings();
        var tables = ImmutableArray.CreateBuilder<YearResults>();
        foreach (var table in input.GroupBy(r => (r.PublishedIndex, r.Year, r.Province.List)).OrderByDescending(g => g.Key.Year).ThenBy(g => g.Key.PublishedIndex))
        {
            var distinct = Distinct(table, findings.Problems);
            var tableCounts = counts.Where(c => c.PublishedIndex == table.Key.PublishedIndex && c.Year == table.Key.Year).ToList();
            var tableOptions = yearGroups
                ? new RankingOptions { Ties = options.Ties, Decimals = options.Decimals, Groups = PublishedGroupScheme.For(table.Key.PublishedIndex, table.Key.Year).Scheme }
                : options;
            CheckTable(distinct, tableCounts, tableOptions, findings);
            tables.Add(new YearResults(table.Key.PublishedIndex, table.Key.Year, [.. distinct], ProvinceList.Get(table.Key.List)));
        }
        return new ValidationReport(findings.Problems.ToImmutable(), tables.ToImmutable(), findings.Notes.ToImmutable());
    }

    /// <summary>Checks that a province's published area values add up to its published total within what rounding
    /// allows: each value and the total within half a unit of its last decimal (n × 0.005 + 0.005 for n areas at two
    /// decimals; a percentage's half unit scaled by its maximum).</summary>
    /// <param name="total">The published total (must have a value).</param>
    /// <param name="areas">The area values of the same province and year; each in points, or in % of a maximum given
    /// in its text or by <paramref name="areaMaxima"/>.</param>
    /// <param name="areaMaxima">The areas' maxima in the order of <paramref name="areas"/> (e.g. from a methodology's
    /// areas); a maximum given in an area's text takes precedence.</param>
    /// <returns>The problems: the sum against the total, values above their maximum, percentages without a maximum.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="total"/> has no value, an area is of another province or year,
    /// or <paramref name="areaMaxima"/> has another count than <paramref name="areas"/>.</exception>
    public static ValidationReport CheckAreas(PublishedResult total, IEnumerable<PublishedComponent> areas, IReadOnlyList<decimal> areaMaxima) =>
        Areas(total, areas, Preconditions.CheckNotNull(areaMaxima, nameof(areaMaxima)));

    /// <summary>Checks that a province's published area values, in points (or in % of a maximum given in their text),
    /// add up to its published total within what rounding allows (n × 0.005 + 0.005 for n areas at two decimals).</summary>
    /// <param name="total">The published total (must have a value).</param>
    /// <param name="areas">The area values of the same province and year.</param>
    /// <returns>The problems found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="total"/> has no value, or an area is of another province or year.</exception>
    public static ValidationReport CheckAreas(PublishedResult total, IEnumerable<PublishedComponent> areas) => Areas(total, areas, null);

    private static ValidationReport Areas(PublishedResult total, IEnumerable<PublishedComponent> areas, IReadOnlyList<decimal>? areaMaxima)
    {
        Preconditions.CheckNotNull(total, nameof(total));
        var list = Preconditions.CheckNotNull(areas, nameof(areas)).ToList();
        Preconditions.CheckNoNulls(list, nameof(areas));
        Preconditions.CheckArgument(total.Value is not null, nameof(total), "The total has no value.");
        Preconditions.CheckArgument(list.All(a => a.Year == total.Year && a.Province.Equals(total.Province)), nameof(areas), "Every area must be of the total's province and year.");
        Preconditions.CheckArgument(areaMaxima is null || areaMaxima.Count == list.Count, nameof(areaMaxima), "Give one maximum per area.");
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        // Each published value lies within half a unit of its last decimal of the exact one (a percentage's half unit
        // scaled to points by its maximum), and so does the total: the sum may miss the total by all of them together.
        var decimals = Math.Max((int)total.Value!.Value.Scale, list.Select(a => (int)a.Value.Scale).DefaultIfEmpty(0).Max());
        var half = PublishedRounding.HalfUnit(decimals);
        var sum = 0m;
        var tolerance = half;
        for (var i = 0; i < list.Count; i++)
        {
            var area = list[i];
            var maximum = area.Maximum ?? areaMaxima?[i];
            if (area.Points(maximum) is not { } points)
            {
                problems.Add(Problem(DiagnosticKind.MissingAttribute, total, $"'{area.Area}' is in % of its maximum and no maximum is known"));
                continue;
            }
            if (maximum is { } max && points > max)
            {
                problems.Add(Problem(DiagnosticKind.ValueOutOfRange, total, $"'{area.Area}' has {Invariant.Format(points)} points, above its maximum {Invariant.Format(max)} ({area.Source})"));
            }
            sum += points;
            tolerance += area.IsPercentOfMaximum ? half * maximum!.Value / 100m : half;
        }
        var gap = Math.Abs(sum - total.Value.Value);
        var notes = ImmutableArray.CreateBuilder<Diagnostic>();
        if (problems.Count == 0 && gap > tolerance)
        {
            problems.Add(Problem(DiagnosticKind.AreaSumMismatch, total,
                $"the {list.Count} area values add up to {Invariant.Format(sum)}, the published total is {Invariant.Format(total.Value.Value)}: a gap of {Invariant.Format(gap)}, more than the {Invariant.Format(tolerance)} rounding to {DecimalsText(decimals)} allows ({total.Source})"));
        }
        else if (problems.Count == 0 && gap > 0m)
        {
            notes.Add(Problem(DiagnosticKind.UnpublishedDecimals, total,
                $"the {list.Count} area values add up to {Invariant.Format(sum)}, the published total is {Invariant.Format(total.Value.Value)}: a gap of {Invariant.Format(gap)}, within the {Invariant.Format(tolerance)} rounding to {DecimalsText(decimals)} allows ({total.Source})"));
        }
        return new ValidationReport(problems.ToImmutable(), [], notes.ToImmutable());
    }

    /// <summary>Checks area values against the total with the area maxima of a methodology (areas in its order).</summary>
    /// <param name="total">The published total (must have a value).</param>
    /// <param name="areas">One value per area of <paramref name="methodology"/>, in its order.</param>
    /// <param name="methodology">The methodology in force for the year, whose areas give the maxima.</param>
    /// <returns>The problems found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="CheckAreas(PublishedResult, IEnumerable{PublishedComponent}, IReadOnlyList{decimal})"/>.</exception>
    public static ValidationReport CheckAreas(PublishedResult total, IEnumerable<PublishedComponent> areas, Methodology methodology) =>
        Areas(total, areas, [.. Preconditions.CheckNotNull(methodology, nameof(methodology)).Areas.Select(a => a.MaxPoints)]);

    /// <summary>Keeps the first row of each province; reports the others.</summary>
    private static List<PublishedResult> Distinct(IEnumerable<PublishedResult> table, ImmutableArray<Diagnostic>.Builder problems)
    {
        var seen = new HashSet<Province>();
        var distinct = new List<PublishedResult>();
        foreach (var row in table)
        {
            if (seen.Add(row.Province))
            {
                distinct.Add(row);
            }
            else
            {
                problems.Add(Problem(DiagnosticKind.DuplicateCode, row, $"{row.Province.Name} appears more than once ({row.Source})"));
            }
        }
        return distinct;
    }

    /// <summary>The decimals a table's values are given to: the most of any value ("89.13" two, "87.602" three).</summary>
    private static int TablePrecision(List<PublishedResult> rows) =>
        rows.Select(r => r.Value is { } v ? (int)v.Scale : 0).DefaultIfEmpty(0).Max();

    private static void CheckTable(List<PublishedResult> rows, List<PublishedAggregate> groupCounts, RankingOptions options, Findings findings)
    {
        // Values are judged at the precision the table gives (or the options' decimals): a published value v stands for
        // an exact value in [v − h, v + h), h = half a unit of the last decimal. The Ministry ranks exact values, so a
        // better rank needs a value at least as high at the published precision, and a shared rank the same value.
        var decimals = options.Decimals ?? TablePrecision(rows);
        decimal At(PublishedResult row) => PublishedRounding.Round(row.Value!.Value, decimals);

        var ranked = rows.Where(r => r.Rank is not null).ToList();
        foreach (var shared in ranked.GroupBy(r => r.Rank!.Value).Where(g => g.Count() > 1))
        {
            var values = shared.Select(r => r.Value is not null ? At(r) : (decimal?)null).Distinct().ToList();
            if (values.Count > 1 || values[0] is null)
            {
                var first = shared.First();
                findings.Problems.Add(Problem(DiagnosticKind.DuplicateRank, first,
                    $"rank {shared.Key} is shared by {string.Join(", ", shared.Select(Describe))} without one common value"));
            }
        }

        var both = rows.Where(r => r.Value is not null && r.Rank is not null).ToList();
        var units = both.Count == 0 ? 0 : (int)both[0].Province.List;
        var complete = both.Count == units;
        foreach (var row in both)
        {
            var value = At(row);
            // Among the rows present a value allows the ranks from 1 + (rows above it) to (rows above it or equal to it).
            var above = both.Count(other => At(other) > value);
            var equal = both.Count(other => !ReferenceEquals(other, row) && At(other) == value);
            var conflict = both.FirstOrDefault(other => Conflicts(row, other, At));
            if (complete && (row.Rank < 1 + above || row.Rank > 1 + above + equal))
            {
                var allowed = equal == 0 ? Invariant.Format($"{1 + above}") : Invariant.Format($"{1 + above}–{1 + above + equal}");
                findings.Problems.Add(Problem(DiagnosticKind.RankMismatch, row, $"{Describe(row)}: its value ranks it {allowed} of {units} provinces (the complete table) ({row.Source})"));
            }
            else if (conflict is not null)
            {
                findings.Problems.Add(Problem(DiagnosticKind.RankMismatch, row, $"{Describe(row)}: this conflicts with {Describe(conflict)} ({row.Source})"));
            }
        }

        // Equal values at the published precision with different ranks: consistent, the order comes from decimals the
        // table does not give (PAR 2024: Cần Thơ and Bình Dương, both 89.13, ranks 22 and 23). Said once per value.
        foreach (var tie in both.GroupBy(At).Where(g => g.Select(r => r.Rank).Distinct().Count() > 1))
        {
            var members = tie.OrderBy(r => r.Rank).ToList();
            findings.Notes.Add(Problem(DiagnosticKind.UnpublishedDecimals, members[0],
                $"{string.Join(" and ", members.Select(r => Invariant.Format($"{r.Province.Name} rank {r.Rank}")))} are equal at {DecimalsText(decimals)} ({tie.Key.ToString("F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture)}); the order comes from unpublished decimals ({string.Join("; ", members.Select(r => r.Source).Distinct(StringComparer.Ordinal))})"));
        }

        if (options.Groups is { } scheme && groupCounts.Count > 0)
        {
            CheckGroups(rows, groupCounts, scheme, decimals, findings);
        }
    }

    /// <summary>With the published size of the top groups, a rank fixes the group: ranks 1 to |A| are in A, the next
    /// |B| in B, and so on, as long as the counts are known from the top group down. A value on a group's bound at the
    /// published precision (90.00) may stand for an exact value just below it, so either side agrees with it.</summary>
    private static void CheckGroups(List<PublishedResult> rows, List<PublishedAggregate> groupCounts, GroupScheme scheme, int decimals, Findings findings)
    {
        var cumulative = new List<(Group Group, int LastRank)>();
        var total = 0;
        foreach (var group in scheme.Groups)
        {
            if (groupCounts.FirstOrDefault(c => c.Group == group.Name) is not { } count)
            {
                break;
            }
            total += (int)count.Value;
            cumulative.Add((group, total));
        }
        var half = PublishedRounding.HalfUnit(decimals);
        foreach (var row in rows.Where(r => r.Value is not null && r.Rank is not null))
        {
            var value = PublishedRounding.Round(row.Value!.Value, decimals);
            var possible = PossibleGroups(scheme, value, half);
            var byValue = scheme.Classify(value);
            var byRank = cumulative.FirstOrDefault(c => row.Rank <= c.LastRank).Group;
            if (cumulative.Count == 0)
            {
                continue;
            }
            var agrees = byRank is not null ? possible.Contains(byRank) : possible.Any(g => g is null || !cumulative.Any(c => Equals(c.Group, g)));
            var counts = string.Join(", ", cumulative.Select(c => c.Group.Name + " to rank " + c.LastRank.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (!agrees)
            {
                findings.Problems.Add(Problem(DiagnosticKind.GroupMismatch, row,
                    $"{Describe(row)}: its value is in group {byValue?.Name ?? "none"}, its rank with the published group counts ({counts}) puts it in {byRank?.Name ?? "a lower group"} ({row.Source})"));
            }
            else if (possible.Count > 1 && !Equals(byRank, byValue))
            {
                findings.Notes.Add(Problem(DiagnosticKind.UnpublishedDecimals, row,
                    $"{Describe(row)}: at {DecimalsText(decimals)} its value lies on the bound of group {byValue?.Name ?? "none"}; its rank with the published group counts ({counts}) puts it in {byRank?.Name ?? "a lower group"}, so the unpublished decimals put it below the bound ({row.Source})"));
            }
        }
        foreach (var count in groupCounts)
        {
            // Only rows certainly in the group count: a value on the bound may belong below it.
            var members = rows.Count(r => r.Value is { } v && PossibleGroups(scheme, PublishedRounding.Round(v, decimals), half) is [{ } only] && only.Name == count.Group);
            if (members > count.Value)
            {
                findings.Problems.Add(new Diagnostic(DiagnosticKind.GroupMismatch, null,
                    Invariant.Format($"{count.Year} {count.PublishedIndex}: {members} rows have values in group {count.Group}, the published count is {count.Value} ({count.Source})")));
            }
        }
    }

    /// <summary>The groups (null for none) an exact value in [value − half, value + half) can fall in.</summary>
    private static List<Group?> PossibleGroups(GroupScheme scheme, decimal value, decimal half)
    {
        var possible = new List<Group?>();
        var upper = decimal.MaxValue;
        foreach (var group in scheme.Groups)
        {
            if (group.LowerBound < value + half && upper > value - half)
            {
                possible.Add(group);
            }
            upper = group.LowerBound;
        }
        if (upper > value - half)
        {
            possible.Add(null);
        }
        return possible;
    }

    private static string DecimalsText(int decimals) => decimals switch
    {
        0 => "whole numbers",
        1 => "one decimal",
        2 => "two decimals",
        3 => "three decimals",
        _ => Invariant.Format($"{decimals} decimals"),
    };

    /// <summary>A better rank with a lower value, at the table's precision.</summary>
    private static bool Conflicts(PublishedResult a, PublishedResult b, Func<PublishedResult, decimal> at)
    {
        var byValue = at(b).CompareTo(at(a));
        var byRank = a.Rank!.Value.CompareTo(b.Rank!.Value);
        return byValue != 0 && byRank != 0 && Math.Sign(byValue) != Math.Sign(byRank);
    }

    /// <summary>The problems and notes of one validation, built up table by table.</summary>
    private sealed class Findings
    {
        public ImmutableArray<Diagnostic>.Builder Problems { get; } = ImmutableArray.CreateBuilder<Diagnostic>();

        public ImmutableArray<Diagnostic>.Builder Notes { get; } = ImmutableArray.CreateBuilder<Diagnostic>();
    }

    private static string Describe(PublishedResult row) =>
        Invariant.Format($"{row.Province.Name} rank {(row.Rank is { } r ? r.ToString(System.Globalization.CultureInfo.InvariantCulture) : "–")} with {(row.Value is { } v ? Invariant.Format(v) : "no value")}");

    private static Diagnostic Problem(DiagnosticKind kind, PublishedResult row, FormattableString message) =>
        new(kind, null, Invariant.Format($"{row.Year} {row.PublishedIndex}: ") + Invariant.Format(message), row.Province.Code);
}
