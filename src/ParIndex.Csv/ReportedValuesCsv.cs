using ParIndex.Rules;
using ParIndex.Targets;

namespace ParIndex.Csv;

/// <summary>
/// Reads values reported for a reform plan's indicators (số liệu báo cáo chỉ tiêu) from CSV:
/// <c>indicator,year,value,source[,reported_on]</c> (a header row, any column order, names case-insensitive).
/// </summary>
/// <remarks>
/// <para>A value is read in the unit of the plan's targets on its indicator: a percentage ("84.4" or "84.4%", in the
/// file's decimal mark), a count ("12"), a rank ("3" or "rank 3"), a group ("tốt" or "group tốt"), or yes/no in the
/// words <see cref="IndicatorValue.TryParse"/> reads ("có", "đạt", "không đạt" …). <c>reported_on</c> is an ISO date
/// (2021-12-31); <c>source</c> defaults to file:line. Two rows of one indicator and year that no <c>reported_on</c>
/// tells apart are a problem naming both rows (the latest report counts, so a later one settles which).</para>
/// <para>Every problem comes back with the file, line and column, quoting the cell as written. Thread-safe.</para>
/// </remarks>
public static class ReportedValuesCsv
{

    /// <summary>Reads a CSV file of reported values.</summary>
    /// <param name="path">The file; its name is the source of diagnostics.</param>
    /// <param name="plan">The plan whose targets' indicators the rows name, and give each value's unit.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <returns>The values and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="plan"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<ReportedValue>> Read(string path, ReformPlan plan, CsvOptions? options) =>
        ReportedValueRows.Read(report => CsvTable.Open(path, options, report), plan);

    /// <summary>Reads a CSV stream of reported values.</summary>
    /// <param name="csv">The bytes; read to their end, not closed.</param>
    /// <param name="plan">The plan whose targets' indicators the rows name.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <param name="file">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The values and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="csv"/> cannot be read (it is closed).</exception>
    public static ReadResult<ImmutableArray<ReportedValue>> Read(Stream csv, ReformPlan plan, CsvOptions? options, string? file) =>
        ReportedValueRows.Read(report => CsvTable.Open(csv, options, file, report), plan);
}
