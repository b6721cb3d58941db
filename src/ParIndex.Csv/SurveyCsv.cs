using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using ParIndex.Rules;
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
/// <para>A province is a code of the list or a name as <see cref="ProvinceNames"/> matches it ("TP.HCM", "Thanh Hoá").
/// Rows that cannot become a response — wrong number of fields, no year, unknown province, a missing or invalid weight
/// (when the file has a weight column) — are reported with their line and rejected; an answer that is not a code of its
/// question's scale is reported and the row rejected or counted as <see cref="SipasOptions.BadRows"/> says. The report
/// (<see cref="SipasResult.Input"/>) says how many rows were read and used. Memory does not grow with the file.</para>
/// </remarks>
public static class SurveyCsv
{
    private static readonly string[] Fields = ["year", "province", "district", "commune", "group", "weight"];

    /// <summary>Reads every row of CSV text into a tally.</summary>
    /// <param name="csv">The text; read to its end, not closed.</param>
    /// <param name="tally">The tally to count into; its instrument names the question columns.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for <see cref="SurveyCsvOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="tally"/> is null.</exception>
    /// <exception cref="InvalidSurveyException">The file has no header, or the header lacks a required column or has one
    /// that is neither a known field nor a question of the instrument, or the text holds characters a wrong decoding
    /// left (U+FFFD).</exception>
    public static void ReadInto(TextReader csv, SurveyTally tally, SurveyCsvOptions? options)
    {
        using var reader = new RowReader(report => CsvTable.Open(csv, options?.Csv, null, report), tally, options);
        while (reader.Table.Read())
        {
            reader.Row();
        }
        reader.End();
    }

    /// <summary>Reads every row of a CSV file's bytes into a tally: the encoding is checked (UTF-8 unless a byte order
    /// mark or <see cref="CsvOptions.Encoding"/> says otherwise).</summary>
    /// <param name="csv">The bytes; read to their end, not closed.</param>
    /// <param name="tally">The tally to count into; its instrument names the question columns.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for <see cref="SurveyCsvOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="tally"/> is null.</exception>
    /// <exception cref="InvalidSurveyException">As for the text overload, or a row is not UTF-8 text: the file is
    /// refused, naming the line.</exception>
    public static void ReadInto(Stream csv, SurveyTally tally, SurveyCsvOptions? options)
    {
        using var reader = new RowReader(report => CsvTable.Open(csv, options?.Csv, null, report), tally, options);
        while (reader.Table.Read())
        {
            reader.Row();
        }
        reader.End();
    }

    /// <summary>Reads every row of a CSV file into a tally, asynchronously.</summary>
    /// <param name="csv">The text; read to its end, not closed.</param>
    /// <param name="tally">The tally to count into; its instrument names the question columns.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for <see cref="SurveyCsvOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading between rows.</param>
    /// <returns>A task that completes when the file has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="tally"/> is null.</exception>
    /// <exception cref="InvalidSurveyException">As for <see cref="ReadInto(TextReader, SurveyTally, SurveyCsvOptions?)"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task ReadIntoAsync(TextReader csv, SurveyTally tally, SurveyCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var reader = new RowReader(report => CsvTable.Open(csv, options?.Csv, null, report), tally, options);
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
    /// <exception cref="InvalidSurveyException">As for <see cref="ReadInto(TextReader, SurveyTally, SurveyCsvOptions?)"/>.</exception>
    public static SipasResult Compute(SurveyInstrument instrument, TextReader csv, SipasOptions? sipasOptions = null, SurveyCsvOptions? options = null)
    {
        var tally = new SurveyTally(instrument, sipasOptions);
        ReadInto(csv, tally, options);
        return tally.ToResult();
    }

    /// <summary>The CSV reader, the header's layout and the conversion of one record; shared by the two loops.</summary>
    private sealed class RowReader : IDisposable
    {
        private readonly SurveyTally _tally;
        private readonly SurveyCsvOptions _options;
        private readonly Dictionary<string, int> _fields = new(StringComparer.Ordinal);
        private readonly (int Column, int Question)[] _questions;
        private readonly int _answers;

        internal RowReader(Func<Action<Diagnostic>, CsvTable> open, SurveyTally tally, SurveyCsvOptions? options)
        {
            _tally = tally ?? throw new ArgumentNullException(nameof(tally));
            _options = options ?? SurveyCsvOptions.Default;
            // Rows that cannot be read are counted as rejected with their problem; a file in the wrong encoding is refused.
            Table = open(problem =>
            {
                if (problem.Kind is DiagnosticKind.InvalidEncoding or DiagnosticKind.LimitExceeded)
                {
                    throw new InvalidSurveyException([problem]);
                }
                Unreadable(problem);
            });
            var header = Table.Headers;
            var instrument = tally.Instrument;
            var questions = new List<(int, int)>();
            var problems = new List<string>();
            for (var c = 0; c < header.Count; c++)
            {
                var name = header[c].Trim();
                if (Fields.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    // A column twice would leave it to the reader which one counts.
                    if (!_fields.TryAdd(name.ToLowerInvariant(), c))
                    {
                        problems.Add(string.Create(CultureInfo.InvariantCulture, $"column '{name}' appears twice (columns {_fields[name.ToLowerInvariant()] + 1} and {c + 1})"));
                    }
                }
                else if (instrument.IndexOf(name) is >= 0 and var q)
                {
                    if (questions.FindIndex(x => x.Item2 == q) is >= 0 and var first)
                    {
                        problems.Add(string.Create(CultureInfo.InvariantCulture, $"column '{name}' appears twice (columns {questions[first].Item1 + 1} and {c + 1})"));
                    }
                    questions.Add((c, q));
                }
                else
                {
                    problems.Add($"column '{name}' is neither a field ({string.Join(", ", Fields)}) nor a question of {instrument.Id}");
                }
            }
            if (header.Count == 0)
            {
                problems.Add("the file has no header line");
            }
            else if (!_fields.ContainsKey("province"))
            {
                problems.Add("the header has no 'province' column");
            }
            if (header.Count > 0 && !_fields.ContainsKey("year") && _options.Year is null)
            {
                problems.Add("the header has no 'year' column and the options give no year");
            }
            if (problems.Count > 0)
            {
                throw new InvalidSurveyException(problems.Select(m => new Diagnostic(DiagnosticKind.MalformedRow, null, "header: " + m) { Line = 1 }));
            }
            _questions = [.. questions];
            _answers = instrument.Questions.Length;
        }

        internal CsvTable Table { get; }

        /// <summary>Says so when the file held a header and no row at all: an empty survey is never a silent nothing.</summary>
        internal void End()
        {
            if (!Table.AnyRow && !Table.Refused)
            {
                _tally.Report(new Diagnostic(DiagnosticKind.Empty, null, "the file has a header but no rows of answers") { Line = 2 });
            }
        }

        /// <summary>Turns the current record into a response and counts it, or reports why it cannot be one.</summary>
        internal void Row()
        {
            var line = Table.Line;
            var year = _options.Year;
            if (Field("year") is { } yearText)
            {
                year = int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
            }
            if (year is null)
            {
                Unreadable(Table.Place(_fields.GetValueOrDefault("year", -1)).Problem(DiagnosticKind.MalformedRow, null, $"the year '{Field("year")}' is missing or not a whole number"));
                return;
            }
            var provinceText = Field("province") ?? string.Empty;
            if (!_options.Provinces.TryGet(provinceText, out var province) && !ProvinceNames.TryMatch(provinceText, _options.Provinces, out province))
            {
                Unreadable(Table.Place(_fields["province"]).Problem(DiagnosticKind.UnknownName, null, UnknownProvince(provinceText)));
                return;
            }
            var weight = 1.0;
            if (_fields.ContainsKey("weight"))
            {
                var text = Field("weight");
                if (text is null || !IndicatorValue.TryParse(text, IndicatorKind.Number, Table.DecimalMark, out var number, out _) || number.Kind != IndicatorKind.Number || number.Number <= 0m)
                {
                    Unreadable(Table.Place(_fields["weight"]).Problem(DiagnosticKind.InvalidWeight, null, text is null ? "the weight is missing" : $"the weight '{text}' is not a number more than 0"));
                    return;
                }
                weight = (double)number.Number;
            }
            var answers = new byte[_answers];
            foreach (var (column, question) in _questions)
            {
                var span = Table.Span(column);
                if (span.Length == 1 && span[0] is >= (byte)'0' and <= (byte)'9')
                {
                    answers[question] = (byte)(span[0] - '0'); // the common case, without a string
                }
                else if (!AnswerScale.TryParseCode(Table.Field(column), out answers[question], out var error))
                {
                    // Listed here, quoting the text as written; the tally counts the answer as invalid (or rejects the row).
                    _tally.Report(Lined(Table.Place(column).Problem(DiagnosticKind.AnswerOutOfScale, _tally.Instrument.Questions[question].Code, error)));
                    answers[question] = AnswerScale.UnreadableCode;
                }
            }
            _tally.Add(new SurveyResponse(year.Value, province, ImmutableCollectionsMarshal.AsImmutableArray(answers), weight)
            {
                District = Field("district"),
                Commune = Field("commune"),
                Group = Field("group"),
                SourceLine = line,
            });
        }

        public void Dispose() => Table.Dispose();

        /// <summary>A field's text, or <see langword="null"/> when the column is absent or the field empty.</summary>
        private string? Field(string name) =>
            _fields.TryGetValue(name, out var c) && Table.Field(c) is { Length: > 0 } text ? text : null;

        private string UnknownProvince(string text)
        {
            try
            {
                ProvinceNames.Match(text, _options.Provinces);
                return $"province '{text}' matches more than one unit";
            }
            catch (ProvinceNameException error)
            {
                return error.Diagnostics[0].Message;
            }
        }

        private void Unreadable(Diagnostic problem) => _tally.AddUnreadable(Lined(problem));

        /// <summary>Puts the line into the message too, as the tally's own messages name the row.</summary>
        private static Diagnostic Lined(Diagnostic problem) => problem.Line is { } line
            ? new Diagnostic(problem.Kind, problem.CriterionCode, FormattableString.Invariant($"line {line}: {problem.Message}"), problem.UnitCode) { Source = problem.Source, Line = line, Column = problem.Column }
            : problem;
    }
}
