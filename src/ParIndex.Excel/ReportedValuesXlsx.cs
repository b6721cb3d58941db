using ParIndex.Targets;

namespace ParIndex.Excel;

/// <summary>
/// Reads values reported for a reform plan's indicators (số liệu báo cáo chỉ tiêu) from a sheet of an Excel workbook:
/// the columns of <c>ParIndex.Csv.ReportedValuesCsv</c>, <c>indicator, year, value, source[, reported_on]</c>, under a
/// header row.
/// </summary>
/// <remarks>The same values and checks as the CSV reader (one mapping serves both); a percent-formatted 0.844 is 84.4%,
/// a date-formatted <c>reported_on</c> its ISO date; a row without a source is sourced to its row
/// (<c>plan.xlsx 'Sheet1'!4:4</c>); every problem names its cell. Thread-safe.</remarks>
public static class ReportedValuesXlsx
{
    /// <summary>Reads a workbook file of reported values.</summary>
    /// <param name="path">The .xlsx file; its name is the source of diagnostics.</param>
    /// <param name="plan">The plan whose targets' indicators the rows name, and give each value's unit.</param>
    /// <param name="sheet">The sheet's name (case-insensitive), or <see langword="null"/> for the first sheet.</param>
    /// <returns>The values and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="plan"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<ReportedValue>> Read(string path, ReformPlan plan, string? sheet) =>
        ReportedValueRows.Read(report => XlsxSheet.Open(path, sheet, report), plan);

    /// <summary>Reads a workbook stream of reported values.</summary>
    /// <param name="xlsx">The workbook's bytes (a stream that cannot seek is copied into memory first); not closed.</param>
    /// <param name="plan">The plan whose targets' indicators the rows name.</param>
    /// <param name="sheet">The sheet's name, or <see langword="null"/> for the first sheet.</param>
    /// <param name="file">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The values and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/> or <paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="xlsx"/> cannot be read (it is closed).</exception>
    public static ReadResult<ImmutableArray<ReportedValue>> Read(Stream xlsx, ReformPlan plan, string? sheet, string? file) =>
        ReportedValueRows.Read(report => XlsxSheet.Open(xlsx, sheet, file, report), plan);
}
