using ParIndex.Scoring;

namespace ParIndex.Csv;

/// <summary>
/// Reads units' published points per area from CSV, one row per unit and area: <c>unit,name,area,points</c> (a header
/// row, any column order, names case-insensitive).
/// </summary>
/// <remarks>
/// <para>Points are read in the file's decimal mark (<see cref="CsvOptions"/>); an area given twice for a unit is a
/// problem. Units come out in the order first seen, each placed at its first row. Whether the areas and points fit a
/// methodology is checked by <see cref="Methodologies.MethodologyVersion.IndexFromAreaPoints"/>.</para>
/// <para>Every problem comes back with the file, line and column, quoting the cell as written. Thread-safe.</para>
/// </remarks>
public static class AreaPointsCsv
{

    /// <summary>Reads a CSV file of area points.</summary>
    /// <param name="path">The file; its name is the source of diagnostics.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <returns>The units' area points, each with the place of its first row, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<Placed<AreaPoints>>> Read(string path, CsvOptions? options) =>
        Rows.Read(report => CsvTable.Open(path, options, report), AreaPointRows.Read);

    /// <summary>Reads a CSV stream of area points.</summary>
    /// <param name="csv">The bytes; read to their end, not closed.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <param name="file">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The units' area points and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="csv"/> cannot be read (it is closed).</exception>
    public static ReadResult<ImmutableArray<Placed<AreaPoints>>> Read(Stream csv, CsvOptions? options, string? file) =>
        Rows.Read(report => CsvTable.Open(csv, options, file, report), AreaPointRows.Read);
}
