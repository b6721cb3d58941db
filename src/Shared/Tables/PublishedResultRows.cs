using NodaTime;
using ParIndex.Geography;
using ParIndex.History;
using ParIndex.Rules;

namespace ParIndex.Tables;

/// <summary>Rows of published results, <c>year, province, value_percent, rank[, source_url]</c>, each kept with its
/// place.</summary>
internal static class PublishedResultRows
{
    /// <summary>Opens a table, reads its results and closes it: the body of every reader's entry point.</summary>
    /// <param name="open">Opens the table with the given reporter, or gives <see langword="null"/> (reported).</param>
    /// <param name="index">The index the results are of.</param>
    public static ReadResult<ImmutableArray<Placed<PublishedResult>>> Read<TTable>(Func<Action<Diagnostic>, TTable?> open, PublishedIndex index)
        where TTable : class, ITextTable, IDisposable =>
        Rows.Read(open, (table, problems) => Read(table, index, problems));

    private static ReadResult<ImmutableArray<Placed<PublishedResult>>> Read(ITextTable? table, PublishedIndex index, List<Diagnostic> problems)
    {
        if (table is null || !table.Require(["year", "province", "value_percent", "rank"], ["source_url"]))
        {
            return new([], problems);
        }
        var rows = ImmutableArray.CreateBuilder<Placed<PublishedResult>>();
        var rowOf = new Dictionary<(int Year, string Code), string>();
        while (table.Read())
        {
            void Problem(DiagnosticKind kind, string message, string column, string? unit = null) =>
                problems.Add(table.Place(column).Problem(kind, null, message, unit));

            if (!Rows.TryWhole(table.Field("year"), out var year) || year is < 2012 or > 2100)
            {
                // The PAR Index is assessed from 2012 (1294/QĐ-BNV); the province lists begin in 2008 anyway.
                Problem(DiagnosticKind.WrongYear, $"{CellText.Quote(table.Field("year"))} is not an assessment year (2012 to 2100)", "year");
                continue;
            }
            var list = ProvinceList.ForDate(new LocalDate(year, 12, 31));
            if (!list.TryMatch(table.Field("province"), out var province))
            {
                Problem(DiagnosticKind.UnknownName, FormattableString.Invariant($"{CellText.Quote(table.Field("province"))} is not a province of the {list.Provinces.Length}-unit list of {year}"), "province");
                continue;
            }
            decimal? value = null;
            if (table.Field("value_percent") is { Length: > 0 } valueText)
            {
                var mark = table.Mark(table.Column("value_percent"));
                // Read as a percentage, so that a percent-formatted cell (0.8619 shown as 86.19%) or "86,19 %" is 86.19.
                if (!IndicatorValue.TryParse(valueText, IndicatorKind.Percent, mark, out var v, out _) || v.Kind != IndicatorKind.Percent || v.Number is < 0m or > 100m)
                {
                    Problem(DiagnosticKind.ValueOutOfRange, CellText.Quote(valueText) + " is not a percentage in [0, 100]" + NumberText.Hint(valueText, mark), "value_percent", province.Code);
                    continue;
                }
                value = v.Number;
            }
            int? rank = null;
            if (table.Field("rank") is { Length: > 0 } rankText)
            {
                if (!Rows.TryWhole(rankText, out var r) || r < 1 || r > list.Provinces.Length)
                {
                    Problem(DiagnosticKind.ValueOutOfRange, FormattableString.Invariant($"{CellText.Quote(rankText)} is not a rank from 1 to {list.Provinces.Length}"), "rank", province.Code);
                    continue;
                }
                rank = r;
            }
            if (value is null && rank is null)
            {
                Problem(DiagnosticKind.MalformedRow, "the row has neither a value nor a rank", "value_percent", province.Code);
                continue;
            }
            if (!rowOf.TryAdd((year, province.Code), table.RowLabel))
            {
                Problem(DiagnosticKind.DuplicateCode, FormattableString.Invariant($"{province.Name} {year} is already on {rowOf[(year, province.Code)]}"), "province", province.Code);
                continue;
            }
            // The source is quoted in every note and problem of the row, and no workbook can hold a control character.
            if (Rows.ControlCharacter(table, "source_url") is { } control)
            {
                Problem(DiagnosticKind.InvalidCode, control.Message, control.Column, province.Code);
                continue;
            }
            var source = table.Field("source_url") is { Length: > 0 } url ? url : table.Source ?? "CSV";
            rows.Add(new(new PublishedResult(index, year, province, value, rank, source), table.Place(-1)));
        }
        table.ReportIfNoRows("results");
        return new(rows.ToImmutable(), problems);
    }
}
