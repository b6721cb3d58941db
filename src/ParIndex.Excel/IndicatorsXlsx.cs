using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using ParIndex.Methodologies;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Excel;

/// <summary>
/// Reads units' reported indicators (số liệu báo cáo) from a sheet of an Excel workbook (.xlsx), one row per value:
/// columns <c>unit, year, code, value</c> and optionally <c>name</c>, in any order, under a header row (the first row
/// that is not empty); other columns (the criterion's name, the rule, evidence) are left alone — a filled
/// <see cref="SelfAssessmentForm"/> reads as it is.
/// </summary>
/// <remarks>
/// <para>Cells are read as they show: numbers ("86.19"), percent-formatted numbers ("95%"), dates as ISO dates,
/// booleans as yes/no, text as written ("có", "12/15", "không áp dụng"); then each value is read by the kind its leaf's
/// rule reads (<see cref="IndicatorValue.TryParse"/>, decimals with a point: a number typed in a decimal-comma Excel is
/// stored as a number, so only text such as "86,19" typed as text is refused, quoted).</para>
/// <para>Every problem names the cell as <c>Sheet!C4</c> (<see cref="Diagnostic.JsonPath"/>, which holds a cell for a
/// workbook) and quotes it; see <see cref="ReportedIndicatorsBuilder"/> for how rows become units. Rows are streamed:
/// memory grows with the units read and the workbook's shared strings, not with the rows. Thread-safe.</para>
/// </remarks>
public static class IndicatorsXlsx
{
    private static readonly string[] Required = ["unit", "year", "code", "value"];
    private static readonly string[] Optional = ["name"];

    /// <summary>Reads a workbook file of indicators.</summary>
    /// <param name="path">The .xlsx file; its name is the source of diagnostics.</param>
    /// <param name="methodology">The methodology whose leaves the codes name.</param>
    /// <param name="sheet">The sheet's name (case-insensitive), or <see langword="null"/> for the first sheet.</param>
    /// <returns>The units' indicators and every problem; <see cref="ReadResult{T}.GetValueOrThrow"/> throws when
    /// there are any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="methodology"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<ReportedIndicators>> Read(string path, Methodology methodology, string? sheet)
    {
        var builder = new ReportedIndicatorsBuilder(methodology);
        ReadInto(builder, path, sheet);
        return builder.Build();
    }

    /// <summary>Reads a workbook stream of indicators.</summary>
    /// <param name="xlsx">The workbook's bytes; seekable (a file or memory stream); not closed.</param>
    /// <param name="methodology">The methodology whose leaves the codes name.</param>
    /// <param name="sheet">The sheet's name (case-insensitive), or <see langword="null"/> for the first sheet.</param>
    /// <param name="source">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The units' indicators and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/> or <paramref name="methodology"/> is null.</exception>
    public static ReadResult<ImmutableArray<ReportedIndicators>> Read(Stream xlsx, Methodology methodology, string? sheet, string? source)
    {
        var builder = new ReportedIndicatorsBuilder(methodology);
        ReadInto(builder, xlsx, sheet, source);
        return builder.Build();
    }

    /// <summary>Reads a workbook file of indicators into a builder that may hold other files' units.</summary>
    /// <param name="builder">The builder to add the rows to.</param>
    /// <param name="path">The .xlsx file; its name is the source of diagnostics.</param>
    /// <param name="sheet">The sheet's name, or <see langword="null"/> for the first sheet.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static void ReadInto(ReportedIndicatorsBuilder builder, string path, string? sheet)
    {
        ArgumentNullException.ThrowIfNull(builder);
        using var table = XlsxSheet.Open(path, sheet, builder.Report);
        Rows(table, builder);
    }

    /// <summary>Reads a workbook stream of indicators into a builder.</summary>
    /// <param name="builder">The builder to add the rows to.</param>
    /// <param name="xlsx">The workbook's bytes; seekable; not closed.</param>
    /// <param name="sheet">The sheet's name, or <see langword="null"/> for the first sheet.</param>
    /// <param name="source">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="xlsx"/> is null.</exception>
    public static void ReadInto(ReportedIndicatorsBuilder builder, Stream xlsx, string? sheet, string? source)
    {
        ArgumentNullException.ThrowIfNull(builder);
        using var table = XlsxSheet.Open(xlsx, sheet, source, builder.Report);
        Rows(table, builder);
    }

    private static void Rows(XlsxSheet? table, ReportedIndicatorsBuilder builder)
    {
        if (table is null || !table.Require(Required, Optional))
        {
            return;
        }
        int unit = table.Column("unit"), name = table.Column("name"), year = table.Column("year"), code = table.Column("code"), value = table.Column("value");
        while (table.Read())
        {
            var yearText = table.Field(year);
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                builder.Report(table.Place(year).Problem(DiagnosticKind.WrongYear, NullIfEmpty(table.Field(code)), $"'{yearText}' is not a year", NullIfEmpty(table.Field(unit))));
                continue;
            }
            builder.Add(table.Field(unit), table.Field(name), y, table.Field(code), table.Field(value), DecimalMark.Point, table.Place(value));
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
