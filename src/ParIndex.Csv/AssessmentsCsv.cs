using ParIndex.Assessments;

namespace ParIndex.Csv;

/// <summary>
/// Reads assessment records (hồ sơ tự đánh giá và thẩm định: self-assessment and appraisal) from CSV, one row per leaf:
/// <c>unit,name,year,code,self[,appraised,reason,evidence,survey]</c> (a header row, any column order, names
/// case-insensitive).
/// </summary>
/// <remarks>
/// <para><c>self</c> is the self-assessed score in points, or a not-applicable word ("n/a", "không áp dụng");
/// <c>appraised</c> and <c>reason</c> are the appraiser's score and why it changed; <c>evidence</c> lists document
/// numbers separated by <c>;</c>; <c>survey</c> is the survey result in percent for a survey leaf (then <c>self</c> is
/// empty). Numbers are read in the file's decimal mark (<see cref="CsvOptions"/>).</para>
/// <para>Every problem comes back with the file, line and column, quoting the cell as written; a unit's rows must
/// share one year. Units come out in the order they were first seen. Thread-safe.</para>
/// </remarks>
public static class AssessmentsCsv
{

    /// <summary>Reads a CSV file of assessment records.</summary>
    /// <param name="path">The file; its name is the source of diagnostics.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <returns>The units' records and every problem; <see cref="ReadResult{T}.GetValueOrThrow"/> throws when there
    /// are any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<AssessmentRecord>> Read(string path, CsvOptions? options) =>
        Rows.Read(report => CsvTable.Open(path, options, report), AssessmentRows.Read);

    /// <summary>Reads a CSV stream of assessment records.</summary>
    /// <param name="csv">The bytes; read to their end, not closed.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <param name="file">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The units' records and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="csv"/> cannot be read (it is closed).</exception>
    public static ReadResult<ImmutableArray<AssessmentRecord>> Read(Stream csv, CsvOptions? options, string? file) =>
        Rows.Read(report => CsvTable.Open(csv, options, file, report), AssessmentRows.Read);
}
