using ParIndex.Geography;
using ParIndex.Surveys;

namespace ParIndex.Excel;

/// <summary>
/// Reads survey answers (phiếu khảo sát SIPAS) from a sheet of an Excel workbook, one row per respondent, streaming, into
/// a <see cref="SurveyTally"/>: the columns of <c>ParIndex.Csv.SurveyCsv</c> — <c>year</c> (unless a year is given),
/// <c>province</c>, optionally <c>district, commune, group, weight</c>, and a column per question of the instrument
/// holding answer codes.
/// </summary>
/// <remarks>The same responses and checks as the CSV reader (one mapping serves both): an unknown column, a column twice
/// or no province column refuses the sheet; a row that cannot be a response is counted as rejected with its cell
/// (<c>'Phiếu'!C7</c>). Rows are streamed: memory does not grow with the sheet beyond its shared strings.</remarks>
public static class SurveyXlsx
{
    /// <summary>Reads every row of a sheet into a tally.</summary>
    /// <param name="xlsx">The workbook's bytes (a stream that cannot seek is copied into memory first); not closed.</param>
    /// <param name="tally">The tally to count into; its instrument names the question columns.</param>
    /// <param name="sheet">The sheet's name (case-insensitive), or <see langword="null"/> for the first sheet.</param>
    /// <param name="year">The survey year of every row when the sheet has no <c>year</c> column, or
    /// <see langword="null"/> to require the column.</param>
    /// <param name="provinces">The list province codes and names belong to, or <see langword="null"/> for
    /// <see cref="ProvinceList.Units63"/>.</param>
    /// <param name="file">The name of the stream for diagnostics, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/> or <paramref name="tally"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="xlsx"/> cannot be read (it is closed).</exception>
    /// <exception cref="DiagnosticException">The stream is not a workbook, the sheet is not there, or its header lacks
    /// a required column or has one that is neither a known field nor a question of the instrument.</exception>
    public static void ReadInto(Stream xlsx, SurveyTally tally, string? sheet, int? year = null, ProvinceList? provinces = null, string? file = null)
    {
        Arguments.CheckNotNull(xlsx);
        using var rows = new SurveyRows<XlsxSheet>(report => XlsxSheet.Open(xlsx, sheet, file, report), tally, year, provinces ?? ProvinceList.Units63);
        rows.ReadAll();
    }
}
