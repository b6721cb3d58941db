using NodaTime;
using NodaTime.Text;
using ParIndex.Rules;
using ParIndex.Targets;

namespace ParIndex.Tables;

/// <summary>Rows of values reported for a reform plan's indicators, <c>indicator, year, value, source[, reported_on]</c>,
/// each value read in the unit of the plan's targets on its indicator.</summary>
internal static class ReportedValueRows
{
    /// <summary>Opens a table, reads its values and closes it: the body of every reader's entry point.</summary>
    /// <param name="open">Opens the table with the given reporter, or gives <see langword="null"/> (reported).</param>
    /// <param name="plan">The plan whose targets' indicators the rows name; checked before the table is opened.</param>
    public static ReadResult<ImmutableArray<ReportedValue>> Read<TTable>(Func<Action<Diagnostic>, TTable?> open, ReformPlan plan)
        where TTable : class, ITextTable, IDisposable
    {
        Arguments.CheckNotNull(plan);
        return Rows.Read(open, (table, problems) => Read(table, plan, problems));
    }

    private static ReadResult<ImmutableArray<ReportedValue>> Read(ITextTable? table, ReformPlan plan, List<Diagnostic> problems)
    {
        if (table is null || !table.Require(["indicator", "year", "value", "source"], ["reported_on"]))
        {
            return new([], problems);
        }
        var values = ImmutableArray.CreateBuilder<ReportedValue>();
        var units = plan.Targets.SelectMany(t => t.Alternatives.Select(a => (a.Indicator.Id, a.Goal.ValueKind)).Prepend((t.Indicator.Id, t.Goal.ValueKind)))
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ValueKind, StringComparer.Ordinal);
        // Two rows of one indicator and year that no reported_on tells apart would leave the value to a tie-break.
        var firstRow = new Dictionary<(string Indicator, int Year, LocalDate? On), (string Row, string Value)>();
        while (table.Read())
        {
            var indicator = table.Field("indicator");
            // The row's code is an indicator's id, said as one ("indicator dossiers.online"), not as a criterion.
            void Problem(string message, string column, DiagnosticKind kind = DiagnosticKind.ValueOutOfRange) => problems.Add(table.Place(column).Problem(kind, indicator, message) with { Item = DiagnosticItem.Indicator });
            if (!units.TryGetValue(indicator, out var unit))
            {
                Problem($"no target of {plan.Id} is about indicator {CellText.Quote(indicator)}; indicators: {string.Join(", ", units.Keys)}", "indicator");
                continue;
            }
            if (!Rows.TryWhole(table.Field("year"), out var year))
            {
                Problem(CellText.IsNot(table.Field("year"), "year", "a year"), "year");
                continue;
            }
            if (year is < PlanYears.First or > PlanYears.Last)
            {
                // Refused at its own cell: ReportedValue would refuse it too, and its refusal would be taken for the value's.
                Problem(CellText.IsNot(table.Field("year"), "year", FormattableString.Invariant($"a year from {PlanYears.First} to {PlanYears.Last} (write it in full, e.g. 2021)")), "year");
                continue;
            }
            LocalDate? on = null;
            if (table.Field("reported_on") is { Length: > 0 } dateText)
            {
                if (LocalDatePattern.Iso.Parse(dateText) is not { Success: true } date)
                {
                    Problem(DateText.NotADate(dateText, "2021-12-31"), "reported_on");
                    continue;
                }
                on = date.Value;
            }
            // The source is shown beside the value in every output, and no workbook can hold a control character.
            if (Rows.ControlCharacter(table, "source") is { } control)
            {
                Problem(control.Message, control.Column, DiagnosticKind.InvalidCode);
                continue;
            }
            var source = table.Field("source") is { Length: > 0 } s ? s : table.RowSource;
            if (Value(indicator, year, unit, table.Field("value"), table.Mark(table.Column("value")), source, on) is { } value)
            {
                if (firstRow.TryGetValue((indicator, year, on), out var first))
                {
                    Problem(Twice(year, on, first, (table.RowSource, table.Field("value"))), "value", DiagnosticKind.DuplicateCode);
                    continue;
                }
                firstRow.Add((indicator, year, on), (table.RowSource, table.Field("value")));
                values.Add(value);
            }
            else
            {
                Problem(CellText.IsNot(table.Field("value"), "value", $"a {unit.ToString().ToLowerInvariant()} value (e.g. 84.4%, 12, rank 3, group tốt, yes)")
                    + (unit == TargetValueKind.Percent ? NumberText.Hint(table.Field("value"), table.Mark(table.Column("value"))) : null), "value");
            }
        }
        table.ReportIfNoRows("reported values");
        return new(values.ToImmutable(), problems);
    }

    private static string Twice(int year, LocalDate? on, (string Row, string Value) first, (string Row, string Value) second) =>
        FormattableString.Invariant($"two values for {year}, {CellText.Quote(first.Value)} ({first.Row}) and {CellText.Quote(second.Value)} ({second.Row}), ")
        + (on is { } day ? "both reported on " + LocalDatePattern.Iso.Format(day) : "neither with a reported_on date")
        + ": give one, or tell them apart by reported_on (the latest report counts)";

    private static ReportedValue? Value(string indicator, int year, TargetValueKind unit, string text, DecimalMark mark, string source, LocalDate? on)
    {
        try
        {
            return unit switch
            {
                TargetValueKind.Percent when IndicatorValue.TryParse(text, IndicatorKind.Percent, mark, out var percent, out _) && percent.Kind == IndicatorKind.Percent => ReportedValue.Percent(indicator, year, percent.Number, source, on),
                TargetValueKind.Count when Rows.TryWhole(text, out var count) => ReportedValue.Count(indicator, year, count, source, on),
                TargetValueKind.Rank when Rows.TryWhole(text.Replace("rank", string.Empty, StringComparison.OrdinalIgnoreCase).Trim(), out var rank) => ReportedValue.Rank(indicator, year, rank, source, on),
                TargetValueKind.Group when text.Replace("group", string.Empty, StringComparison.OrdinalIgnoreCase).Trim() is { Length: > 0 } group => ReportedValue.InGroup(indicator, year, group, source, on),
                TargetValueKind.YesNo when IndicatorValue.TryParse(text, IndicatorKind.Flag, mark, out var flag, out _) && flag.Kind == IndicatorKind.Flag => ReportedValue.Achieved(indicator, year, flag.IsYes, source, on),
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            return null; // out of the unit's range (a percentage above 100, a rank of 0)
        }
    }
}
