using ParIndex.Assessments;

namespace ParIndex.Excel;

/// <summary>
/// Reads assessment records (hồ sơ tự đánh giá và thẩm định: self-assessment and appraisal) from a sheet of an Excel
/// workbook, one row per leaf: the columns of <c>ParIndex.Csv.AssessmentsCsv</c>,
/// <c>unit, name, year, code, self[, appraised, reason, evidence, survey]</c>, under a header row.
/// </summary>
/// <remarks>
/// <para>The same records and the same checks as the CSV reader (one mapping from rows to records serves both); cells
/// are read as they show (see <see cref="IndicatorsXlsx"/>), and every problem names its cell, <c>'Tự đánh giá'!E7</c>
/// (<see cref="Diagnostic.JsonPath"/>), quoting it. Thread-safe.</para>
/// </remarks>
public static class AssessmentsXlsx
{
    /// <summary>Reads a workbook file of assessment records.</summary>
    /// <param name="path">The .xlsx file; its name is the source of diagnostics.</param>
    /// <param name="sheet">The sheet's name (case-insensitive), or <see langword="null"/> for the first sheet.</param>
    /// <returns>The units' records and every problem; <see cref="ReadResult{T}.GetValueOrThrow"/> throws when there
    /// are any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<AssessmentRecord>> Read(string path, string? sheet) =>
        Rows.Read(report => XlsxSheet.Open(path, sheet, report), AssessmentRows.Read);

    /// <summary>Reads a workbook stream of assessment records.</summary>
    /// <param name="xlsx">The workbook's bytes (a stream that cannot seek is copied into memory first); not closed.</param>
    /// <param name="sheet">The sheet's name, or <see langword="null"/> for the first sheet.</param>
    /// <param name="file">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The units' records and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="xlsx"/> cannot be read (it is closed).</exception>
    public static ReadResult<ImmutableArray<AssessmentRecord>> Read(Stream xlsx, string? sheet, string? file) =>
        Rows.Read(report => XlsxSheet.Open(xlsx, sheet, file, report), AssessmentRows.Read);
}
