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
/// rule reads (<see cref="IndicatorValue.TryParse"/>): a number the workbook stores is exact whatever the locale
/// showed; text typed into a cell is read as a decimal-comma locale writes it ("86,19 %" is 86.19%; "87.5" still
/// reads; "1.234" reads two ways and is refused, quoted).</para>
/// <para>Every problem names the cell as <c>Sheet!C4</c> (<see cref="Diagnostic.JsonPath"/>, which holds a cell for a
/// workbook) and quotes it; see <see cref="ReportedIndicatorsBuilder"/> for how rows become units. Rows are streamed:
/// memory grows with the units read and the workbook's shared strings, not with the rows. Thread-safe.</para>
/// </remarks>
public static class IndicatorsXlsx
{
    /// <summary>Reads a workbook file of indicators.</summary>
    /// <param name="path">The .xlsx file; its name is the source of diagnostics.</param>
    /// <param name="methodology">The methodology whose leaves the codes name.</param>
    /// <param name="sheet">The sheet's name (case-insensitive), or <see langword="null"/> for the first sheet.</param>
    /// <returns>The units' indicators and every problem; <see cref="ReadResult{T}.GetValueOrThrow"/> throws when
    /// there are any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="methodology"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<ReportedIndicators>> Read(string path, Methodology methodology, string? sheet) =>
        IndicatorRows.Read(methodology, report => XlsxSheet.Open(path, sheet, report));

    /// <summary>Reads a workbook stream of indicators.</summary>
    /// <param name="xlsx">The workbook's bytes (a stream that cannot seek is copied into memory first); not closed.</param>
    /// <param name="methodology">The methodology whose leaves the codes name.</param>
    /// <param name="sheet">The sheet's name (case-insensitive), or <see langword="null"/> for the first sheet.</param>
    /// <param name="file">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The units' indicators and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/> or <paramref name="methodology"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="xlsx"/> cannot be read (it is closed).</exception>
    public static ReadResult<ImmutableArray<ReportedIndicators>> Read(Stream xlsx, Methodology methodology, string? sheet, string? file) =>
        IndicatorRows.Read(methodology, report => XlsxSheet.Open(xlsx, sheet, file, report));

    /// <summary>Reads a workbook file of indicators into a builder that may hold other files' units.</summary>
    /// <param name="builder">The builder to add the rows to.</param>
    /// <param name="path">The .xlsx file; its name is the source of diagnostics.</param>
    /// <param name="sheet">The sheet's name, or <see langword="null"/> for the first sheet.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static void ReadInto(ReportedIndicatorsBuilder builder, string path, string? sheet) =>
        IndicatorRows.ReadInto(builder, report => XlsxSheet.Open(path, sheet, report));

    /// <summary>Reads a workbook stream of indicators into a builder.</summary>
    /// <param name="builder">The builder to add the rows to.</param>
    /// <param name="xlsx">The workbook's bytes (a stream that cannot seek is copied into memory first); not closed.</param>
    /// <param name="sheet">The sheet's name, or <see langword="null"/> for the first sheet.</param>
    /// <param name="file">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="xlsx"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="xlsx"/> cannot be read (it is closed).</exception>
    public static void ReadInto(ReportedIndicatorsBuilder builder, Stream xlsx, string? sheet, string? file) =>
        IndicatorRows.ReadInto(builder, report => XlsxSheet.Open(xlsx, sheet, file, report));
}
