using ParIndex.Scoring;

namespace ParIndex.Tables;

/// <summary>Rows of reported indicators, <c>unit, year, code, value[, name]</c>, into a
/// <see cref="ReportedIndicatorsBuilder"/>.</summary>
internal static class IndicatorRows
{
    private static readonly string[] Required = ["unit", "year", "code", "value"];
    private static readonly string[] Optional = ["name"];

    public static void Read(ITextTable? table, ReportedIndicatorsBuilder builder)
    {
        if (table is null || !table.Require(Required, Optional))
        {
            return;
        }
        int unit = table.Column("unit"), name = table.Column("name"), year = table.Column("year"), code = table.Column("code"), value = table.Column("value");
        while (table.Read())
        {
            var yearText = table.Field(year);
            if (!Rows.TryWhole(yearText, out var y))
            {
                builder.Report(table.Place(year).Problem(DiagnosticKind.WrongYear, Rows.NullIfEmpty(table.Field(code)), $"'{yearText}' is not a year", Rows.NullIfEmpty(table.Field(unit))));
                continue;
            }
            builder.Add(table.Field(unit), table.Field(name), y, table.Field(code), table.Field(value), table.Mark(value), table.Place(value));
        }
        table.ReportIfNoRows("indicators"); // a header alone scores nobody
    }
}
