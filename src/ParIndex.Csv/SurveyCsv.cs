using System.Threading;
using System.Threading.Tasks;
using ParIndex.Geography;
using ParIndex.Surveys;

namespace ParIndex.Csv;

/// <summary>
/// Reads survey answers from CSV, one row per respondent, streaming, into a <see cref="SurveyTally"/>.
/// </summary>
/// <remarks>
/// <para>The header names the columns: <c>year</c> (unless <see cref="SurveyCsvOptions.Year"/> is set) and
/// <c>province</c> are required; <c>district</c>, <c>commune</c>, <c>group</c> and <c>weight</c> are optional; every
/// other column is a question code of the instrument, holding answer codes (empty = blank, 9 = don't know). Questions
/// without a column count as blank. A column that is neither is an error, so that no data is ignored unseen.</para>
/// <para>A province is a code of the list or a name as <see cref="ProvinceList.Match"/> matches it ("TP.HCM", "Thanh Hoá").
/// Rows that cannot become a response — wrong number of fields, no year, unknown province, a missing or invalid weight
/// (when the file has a weight column) — are reported with their line and rejected; an answer that is not a code of its
/// question's scale is reported and the row rejected or counted as <see cref="SipasOptions.BadRows"/> says. The report
/// (<see cref="SipasResult.RowsRead"/>, <see cref="SipasResult.RowsUsed"/>, <see cref="SipasResult.Problems"/>) say how many rows were read and used. Memory does not grow with the file.</para>
/// </remarks>
public static class SurveyCsv
{
    /// <summary>Reads every row of CSV text into a tally.</summary>
    /// <param name="csv">The text; read to its end, not closed.</param>
    /// <param name="tally">The tally to count into; its instrument names the question columns.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for <see cref="SurveyCsvOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="tally"/> is null.</exception>
    /// <exception cref="DiagnosticException">The file has no header, or the header lacks a required column or has one
    /// that is neither a known field nor a question of the instrument, or the text holds characters a wrong decoding
    /// left (U+FFFD).</exception>
    public static void ReadInto(TextReader csv, SurveyTally tally, SurveyCsvOptions? options)
    {
        using var reader = Rows(report => CsvTable.Open(csv, options?.Csv, null, report), tally, options);
        reader.ReadAll();
    }

    /// <summary>Reads every row of a CSV file's bytes into a tally: the encoding is checked (UTF-8 unless a byte order
    /// mark or <see cref="CsvOptions.Encoding"/> says otherwise).</summary>
    /// <param name="csv">The bytes; read to their end, not closed.</param>
    /// <param name="tally">The tally to count into; its instrument names the question columns.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for <see cref="SurveyCsvOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="tally"/> is null.</exception>
    /// <exception cref="DiagnosticException">As for the text overload, or a row is not UTF-8 text: the file is
    /// refused, naming the line.</exception>
    /// <exception cref="ArgumentException"><paramref name="csv"/> cannot be read (it is closed).</exception>
    public static void ReadInto(Stream csv, SurveyTally tally, SurveyCsvOptions? options)
    {
        using var reader = Rows(report => CsvTable.Open(csv, options?.Csv, null, report), tally, options);
        reader.ReadAll();
    }

    /// <summary>Reads every row of a CSV file into a tally, asynchronously.</summary>
    /// <param name="csv">The text; read to its end, not closed.</param>
    /// <param name="tally">The tally to count into; its instrument names the question columns.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for <see cref="SurveyCsvOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading between rows.</param>
    /// <returns>A task that completes when the file has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="tally"/> is null.</exception>
    /// <exception cref="DiagnosticException">As for <see cref="ReadInto(TextReader, SurveyTally, SurveyCsvOptions?)"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task ReadIntoAsync(TextReader csv, SurveyTally tally, SurveyCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var reader = Rows(report => CsvTable.Open(csv, options?.Csv, null, report), tally, options);
        while (await reader.Table.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            reader.Row();
        }
        reader.End();
    }

    /// <summary>Computes SIPAS figures from a CSV file of answers.</summary>
    /// <param name="instrument">The instrument the answers belong to.</param>
    /// <param name="csv">The text; read to its end, not closed.</param>
    /// <param name="sipasOptions">The computation's options, or <see langword="null"/> for <see cref="SipasOptions.Default"/>.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for <see cref="SurveyCsvOptions.Default"/>.</param>
    /// <returns>The figures and the report of the rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="csv"/> is null.</exception>
    /// <exception cref="DiagnosticException">As for <see cref="ReadInto(TextReader, SurveyTally, SurveyCsvOptions?)"/>.</exception>
    public static SipasResult Compute(SurveyInstrument instrument, TextReader csv, SipasOptions? sipasOptions = null, SurveyCsvOptions? options = null)
    {
        var tally = new SurveyTally(instrument, sipasOptions);
        ReadInto(csv, tally, options);
        return tally.ToResult();
    }

    private static SurveyRows<CsvTable> Rows(Func<Action<Diagnostic>, CsvTable> open, SurveyTally tally, SurveyCsvOptions? options) =>
        new(open, tally, options?.Year, (options ?? SurveyCsvOptions.Default).Provinces);
}
