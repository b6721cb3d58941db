using ParIndex.Methodologies;
using ParIndex.Scoring;

namespace ParIndex.Tables;

/// <summary>Rows of reported indicators, <c>unit, year, code, value[, name]</c>, into a
/// <see cref="ReportedIndicatorsBuilder"/>.</summary>
internal static class IndicatorRows
{
    /// <summary>Reads a table into a new builder and builds the units: the body of every reader's entry point that
    /// returns units.</summary>
    /// <param name="methodology">The methodology whose leaves the codes name.</param>
    /// <param name="open">Opens the table with the given reporter, or gives <see langword="null"/> (reported).</param>
    public static ReadResult<ImmutableArray<ReportedIndicators>> Read<TTable>(Methodology methodology, Func<Action<Diagnostic>, TTable?> open)
        where TTable : class, ITextTable, IDisposable
    {
        var builder = new ReportedIndicatorsBuilder(methodology);
        ReadInto(builder, open);
        return builder.Build();
    }

    /// <summary>Opens a table that lists its problems in the builder, reads its rows into it and closes it.</summary>
    /// <param name="builder">The builder to add the rows to.</param>
    /// <param name="open">Opens the table with the given reporter, or gives <see langword="null"/> (reported).</param>
    public static void ReadInto<TTable>(ReportedIndicatorsBuilder builder, Func<Action<Diagnostic>, TTable?> open)
        where TTable : class, ITextTable, IDisposable
    {
        Arguments.CheckNotNull(builder);
        using var table = open(builder.Report);
        Read(table, builder);
    }

    private static void Read(ITextTable? table, ReportedIndicatorsBuilder builder)
    {
        if (table is null || !table.Require(["unit", "year", "code", "value"], ["name"]))
        {
            return;
        }
        int unit = table.Column("unit"), name = table.Column("name"), year = table.Column("year"), code = table.Column("code"), value = table.Column("value");
        while (table.Read())
        {
            var yearText = table.Field(year);
            if (!Rows.TryWhole(yearText, out var y))
            {
                builder.Report(table.Place(year).Problem(DiagnosticKind.WrongYear, Rows.NullIfEmpty(table.Field(code)), CellText.IsNot(yearText, "year", "a year"), Rows.NullIfEmpty(table.Field(unit))));
                continue;
            }
            // A NUL (or another control character) in a name would pass into every report that shows the unit.
            if (Rows.ControlCharacter(table, "name") is { } control)
            {
                builder.Report(table.Place(control.Column).Problem(DiagnosticKind.InvalidCode, Rows.NullIfEmpty(table.Field(code)), control.Message, Rows.NullIfEmpty(table.Field(unit))));
                continue;
            }
            builder.Add(table.Field(unit), table.Field(name), y, table.Field(code), table.Field(value), table.Mark(value), table.Place(value));
        }
        table.ReportIfNoRows("indicators"); // a header alone scores nobody
    }
}
