using ParIndex.History;

namespace ParIndex.Excel;

/// <summary>
/// Reads published results (kết quả công bố: a province's index value and rank in a year) from a sheet of an Excel
/// workbook: the columns of <c>ParIndex.Csv.PublishedResultsCsv</c>, <c>year, province, value_percent, rank[,
/// source_url]</c>, under a header row (a table pasted from a published report may sit under its title).
/// </summary>
/// <remarks>The same rows and checks as the CSV reader (one mapping serves both); a value is a number or text as it
/// shows ("86,19" typed as text in a decimal-comma Excel is 86.19); every problem names its cell. Thread-safe.</remarks>
public static class PublishedResultsXlsx
{
    /// <summary>Reads a workbook file of published results.</summary>
    /// <param name="path">The .xlsx file; its name is the source of diagnostics and the default source of each row.</param>
    /// <param name="index">The index the values are of.</param>
    /// <param name="sheet">The sheet's name (case-insensitive), or <see langword="null"/> for the first sheet.</param>
    /// <returns>The rows with their places, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<Placed<PublishedResult>>> Read(string path, PublishedIndex index, string? sheet) =>
        PublishedResultRows.Read(report => XlsxSheet.Open(path, sheet, report), index);

    /// <summary>Reads a workbook stream of published results.</summary>
    /// <param name="xlsx">The workbook's bytes (a stream that cannot seek is copied into memory first); not closed.</param>
    /// <param name="index">The index the values are of.</param>
    /// <param name="sheet">The sheet's name, or <see langword="null"/> for the first sheet.</param>
    /// <param name="file">The name of the stream for diagnostics and the default source of each row, or
    /// <see langword="null"/>.</param>
    /// <returns>The rows with their places, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="xlsx"/> cannot be read (it is closed).</exception>
    public static ReadResult<ImmutableArray<Placed<PublishedResult>>> Read(Stream xlsx, PublishedIndex index, string? sheet, string? file) =>
        PublishedResultRows.Read(report => XlsxSheet.Open(xlsx, sheet, file, report), index);
}
