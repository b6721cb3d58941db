using ParIndex.Scoring;

namespace ParIndex.Excel;

/// <summary>
/// Reads units' published points per area (điểm theo lĩnh vực) from a sheet of an Excel workbook, one row per unit and
/// area: the columns of <c>ParIndex.Csv.AreaPointsCsv</c>, <c>unit, name, area, points</c>, under a header row.
/// </summary>
/// <remarks>The same values and checks as the CSV reader (one mapping serves both); cells are read as they show, and
/// every problem names its cell. Thread-safe.</remarks>
public static class AreaPointsXlsx
{
    /// <summary>Reads a workbook file of area points.</summary>
    /// <param name="path">The .xlsx file; its name is the source of diagnostics.</param>
    /// <param name="sheet">The sheet's name (case-insensitive), or <see langword="null"/> for the first sheet.</param>
    /// <returns>The units' area points, each with the place of its first row, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<Placed<AreaPoints>>> Read(string path, string? sheet) =>
        Rows.Read(report => XlsxSheet.Open(path, sheet, report), AreaPointRows.Read);

    /// <summary>Reads a workbook stream of area points.</summary>
    /// <param name="xlsx">The workbook's bytes (a stream that cannot seek is copied into memory first); not closed.</param>
    /// <param name="sheet">The sheet's name, or <see langword="null"/> for the first sheet.</param>
    /// <param name="file">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The units' area points and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="xlsx"/> cannot be read (it is closed).</exception>
    public static ReadResult<ImmutableArray<Placed<AreaPoints>>> Read(Stream xlsx, string? sheet, string? file) =>
        Rows.Read(report => XlsxSheet.Open(xlsx, sheet, file, report), AreaPointRows.Read);
}
