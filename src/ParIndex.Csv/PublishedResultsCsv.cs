using ParIndex.Geography;
using ParIndex.History;

namespace ParIndex.Csv;

/// <summary>
/// Reads published results (kết quả công bố: a province's index value and rank in a year) from CSV:
/// <c>year,province,value_percent,rank[,source_url]</c> (a header row, any column order, names case-insensitive).
/// </summary>
/// <remarks>
/// <para>A year is an assessment year of the PAR Index, 2012 (the first, 1294/QĐ-BNV of 2012) to 2100; a province is a
/// code or name of the province list in force at the end of that year (<see cref="ProvinceList.TryMatch"/>);
/// <c>value_percent</c> is in [0, 100] in the file's decimal mark, with or without a percent sign ("86.19", "86.19%"); <c>rank</c> a whole number
/// from 1 to the number of provinces. A row needs a value or a rank, and a province once a year.
/// <c>source_url</c> defaults to the file's name.</para>
/// <para>Every problem comes back with the file, line and column, quoting the cell as written; rows with problems are
/// left out. The rows keep their places (<see cref="Placed{T}"/>) so that a later check of the whole record
/// (<see cref="ValidationReport"/>) can be traced to a line. Thread-safe.</para>
/// </remarks>
public static class PublishedResultsCsv
{

    /// <summary>Reads a CSV file of published results.</summary>
    /// <param name="path">The file; its name is the source of diagnostics and the default source of each row.</param>
    /// <param name="index">The index the values are of.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <returns>The rows with their places, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<Placed<PublishedResult>>> Read(string path, PublishedIndex index, CsvOptions? options) =>
        PublishedResultRows.Read(report => CsvTable.Open(path, options, report), index);

    /// <summary>Reads a CSV stream of published results.</summary>
    /// <param name="csv">The bytes; read to their end, not closed.</param>
    /// <param name="index">The index the values are of.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <param name="file">The name of the stream for diagnostics and the default source of each row, or
    /// <see langword="null"/> ("CSV").</param>
    /// <returns>The rows with their places, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="csv"/> cannot be read (it is closed).</exception>
    public static ReadResult<ImmutableArray<Placed<PublishedResult>>> Read(Stream csv, PublishedIndex index, CsvOptions? options, string? file) =>
        PublishedResultRows.Read(report => CsvTable.Open(csv, options, file, report), index);
}
