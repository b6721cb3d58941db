using ParIndex.Methodologies;
using ParIndex.Scoring;

namespace ParIndex.Csv;

/// <summary>
/// Reads units' reported indicators (số liệu báo cáo) from CSV, one row per value: <c>unit,name,year,code,value</c>
/// (a header row, any column order, names case-insensitive; <c>name</c> may be left out).
/// </summary>
/// <remarks>
/// <para>Values are written as a spreadsheet holds them and read by the kind the leaf's rule reads
/// (<see cref="Rules.IndicatorValue.TryParse"/>): "95%", "3", "12/15", "có", "2023-02-15", "không áp dụng". The file is
/// read as <see cref="CsvOptions"/> say — by default separator, encoding and decimal mark found from the file.</para>
/// <para>Every problem comes back with the file, line and column, quoting the cell as written; see
/// <see cref="ReportedIndicatorsBuilder"/> for how rows become units. Memory grows with the units read, not with the
/// rows. Thread-safe.</para>
/// </remarks>
public static class IndicatorsCsv
{

    /// <summary>Reads a CSV file of indicators.</summary>
    /// <param name="path">The file; its name is the source of diagnostics.</param>
    /// <param name="methodology">The methodology whose leaves the codes name.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <returns>The units' indicators and every problem; <see cref="ReadResult{T}.GetValueOrThrow"/> throws when
    /// there are any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="methodology"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<ReportedIndicators>> Read(string path, Methodology methodology, CsvOptions? options) =>
        IndicatorRows.Read(methodology, report => CsvTable.Open(path, options, report));

    /// <summary>Reads CSV text of indicators.</summary>
    /// <param name="csv">The text; read to its end, not closed.</param>
    /// <param name="methodology">The methodology whose leaves the codes name.</param>
    /// <param name="options">How the text is written (its encoding does not apply), or <see langword="null"/>.</param>
    /// <param name="file">The name of the text for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The units' indicators and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="methodology"/> is null.</exception>
    public static ReadResult<ImmutableArray<ReportedIndicators>> Read(TextReader csv, Methodology methodology, CsvOptions? options, string? file) =>
        IndicatorRows.Read(methodology, report => CsvTable.Open(csv, options, file, report));

    /// <summary>Reads a CSV file of indicators into a builder that may hold other files' units.</summary>
    /// <param name="builder">The builder to add the rows to.</param>
    /// <param name="path">The file; its name is the source of diagnostics.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static void ReadInto(ReportedIndicatorsBuilder builder, string path, CsvOptions? options) =>
        IndicatorRows.ReadInto(builder, report => CsvTable.Open(path, options, report));

    /// <summary>Reads a CSV stream of indicators into a builder.</summary>
    /// <param name="builder">The builder to add the rows to.</param>
    /// <param name="csv">The bytes; read to their end, not closed.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <param name="file">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="csv"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="csv"/> cannot be read (it is closed).</exception>
    public static void ReadInto(ReportedIndicatorsBuilder builder, Stream csv, CsvOptions? options, string? file) =>
        IndicatorRows.ReadInto(builder, report => CsvTable.Open(csv, options, file, report));
}
