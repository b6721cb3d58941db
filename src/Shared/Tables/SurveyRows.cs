using System.Globalization;
using System.Runtime.InteropServices;
using ParIndex.Geography;
using ParIndex.Rules;
using ParIndex.Surveys;

namespace ParIndex.Tables;

/// <summary>Rows of survey answers, one a respondent, into a <see cref="SurveyTally"/>: the header's layout and the
/// conversion of one row. The header names <c>year</c> (unless a year is given) and <c>province</c>, optionally
/// <c>district, commune, group, weight</c>, and question codes of the instrument.</summary>
/// <typeparam name="TTable">The table read, kept typed so that a caller can read it asynchronously.</typeparam>
internal sealed class SurveyRows<TTable> : IDisposable
    where TTable : class, ITextTable, IDisposable
{
    // The headline the core gives its own survey input errors, so that a file's problems read the same.
    private const string SurveyHeadline = "The survey input is invalid";

    private static readonly string[] Fields = ["year", "province", "district", "commune", "group", "weight"];
    private readonly SurveyTally _tally;
    private readonly int? _year;
    private readonly ProvinceList _provinces;
    private readonly Dictionary<string, int> _fields = new(StringComparer.Ordinal);
    private readonly (int Column, int Question)[] _questions;
    private readonly int _answers;
    private bool _inRow;
    private bool _rowRejected;

    /// <summary>Opens the table and reads its header.</summary>
    /// <param name="open">Opens the table with the given reporter; <see langword="null"/> when the input is not a table
    /// at all (a file that is not a workbook), which is reported.</param>
    /// <param name="tally">The tally to count into.</param>
    /// <param name="year">The survey year: the year of every row when the table has no year column, and a row of another
    /// year is rejected; or <see langword="null"/>.</param>
    /// <param name="provinces">The list provinces are matched in.</param>
    /// <exception cref="DiagnosticException">The input cannot be read, or its header is wrong.</exception>
    internal SurveyRows(Func<Action<Diagnostic>, TTable?> open, SurveyTally tally, int? year, ProvinceList provinces)
    {
        _tally = Arguments.CheckNotNull(tally);
        _year = year;
        _provinces = provinces;
        // Rows that cannot be read are counted as rejected with their problem; an input in the wrong encoding, or not a
        // table, is refused.
        Diagnostic? refused = null;
        var table = open(problem =>
        {
            if (problem.Kind is DiagnosticKind.InvalidEncoding or DiagnosticKind.Utf8ReadAsLegacy or DiagnosticKind.LimitExceeded or DiagnosticKind.NotAWorkbook)
            {
                refused = problem;
                throw new DiagnosticException(SurveyHeadline, [problem]);
            }
            Unreadable(problem);
        });
        Table = table ?? throw new DiagnosticException(SurveyHeadline, [refused ?? new Diagnostic(DiagnosticKind.NotAWorkbook, null, "the input is not a table")]);
        var header = Table.Headers;
        var instrument = tally.Instrument;
        var questions = new List<(int, int)>();
        var problems = new List<(string Message, int Column)>();
        var unknown = new List<(string Name, int Column)>();
        for (var c = 0; c < header.Count; c++)
        {
            var name = header[c].Trim();
            if (Fields.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                // A column twice would leave it to the reader which one counts.
                if (!_fields.TryAdd(name.ToLowerInvariant(), c))
                {
                    problems.Add((string.Create(CultureInfo.InvariantCulture, $"column {CellText.Quote(name)} appears twice (columns {_fields[name.ToLowerInvariant()] + 1} and {c + 1})"), c));
                }
            }
            else if (instrument.PositionOf(name) is >= 0 and var q)
            {
                if (questions.FindIndex(x => x.Item2 == q) is >= 0 and var first)
                {
                    problems.Add((string.Create(CultureInfo.InvariantCulture, $"column {CellText.Quote(name)} appears twice (columns {questions[first].Item1 + 1} and {c + 1})"), c));
                }
                questions.Add((c, q));
            }
            else
            {
                unknown.Add((name, c));
            }
        }
        // Columns that are neither are each said, but a flood of them (another instrument's questions, a sheet of
        // thousands of columns) is one cause: said once, naming the first few, where it was a line a column.
        if (unknown.Count > ListText.Named)
        {
            problems.Add((string.Create(CultureInfo.InvariantCulture, $"columns {ListText.FirstFew([.. unknown.Select(u => CellText.Quote(u.Name))])} are neither fields ({string.Join(", ", Fields)}) nor questions of {instrument.Id}"), unknown[0].Column));
        }
        else
        {
            problems.AddRange(unknown.Select(u => ($"column {CellText.Quote(u.Name)} is neither a field ({string.Join(", ", Fields)}) nor a question of {instrument.Id}", u.Column)));
        }
        if (header.Count == 0)
        {
            problems.Add(("the file has no header line", -1));
        }
        else if (!_fields.ContainsKey("province"))
        {
            problems.Add(("the header has no 'province' column", -1));
        }
        if (header.Count > 0 && !_fields.ContainsKey("year") && _year is null)
        {
            problems.Add(("the header has no 'year' column and the options give no year", -1));
        }
        if (problems.Count > 0)
        {
            Table.Dispose();
            throw new DiagnosticException(SurveyHeadline, problems.Select(p => Table.HeaderPlace(p.Column).Problem(DiagnosticKind.MalformedRow, null, "header: " + p.Message)));
        }
        _questions = [.. questions];
        _answers = instrument.Questions.Length;
    }

    /// <summary>Gets the table, to move through its rows.</summary>
    internal TTable Table { get; }

    /// <summary>Counts every row of the table, then says so when there was none (<see cref="End"/>).</summary>
    internal void ReadAll()
    {
        while (Table.Read())
        {
            Row();
        }
        End();
    }

    /// <summary>Says so when the input held a header and no row at all: an empty survey is never a silent nothing.</summary>
    internal void End()
    {
        if (!Table.AnyRow && !Table.Refused)
        {
            _tally.Report(Table.AfterHeader.Problem(DiagnosticKind.Empty, null, "the file has a header but no rows of answers"));
        }
    }

    /// <summary>Turns the current row into a response and counts it, or reports why it cannot be one.</summary>
    /// <remarks>A cell the table cannot give (a workbook's <c>#N/A</c>, reported by the table as
    /// <see cref="DiagnosticKind.CellError"/> at its cell) rejects the row, as the other readers drop the value it
    /// belongs to: an answer that is an error is not a blank answer. The row is counted once as rejected, however many
    /// of its cells are errors.</remarks>
    internal void Row()
    {
        _inRow = true;
        _rowRejected = false;
        try
        {
            Respond();
        }
        finally
        {
            _inRow = false;
        }
    }

    private void Respond()
    {
        var line = Table.Line;
        var year = _year;
        var yearText = Field("year");
        if (yearText is not null)
        {
            year = Rows.TryWhole(yearText, out var y) ? y : null;
        }
        if (_rowRejected)
        {
            return; // a cell error, reported by the table
        }
        if (year is null)
        {
            Unreadable(Table.Place(_fields.GetValueOrDefault("year", -1)).Problem(DiagnosticKind.MalformedRow, null, $"the year {CellText.Quote(yearText ?? string.Empty)} is missing or not a whole number"));
            return;
        }
        if (_year is { } surveyYear && year != surveyYear)
        {
            // The year given is the survey's: a row of another year is not pooled into it unseen.
            Unreadable(Table.Place(_fields["year"]).Problem(DiagnosticKind.WrongYear, null, $"the year {CellText.Quote(yearText ?? string.Empty)} is not the survey year {surveyYear}"));
            return;
        }
        var provinceText = Field("province") ?? string.Empty;
        if (_rowRejected)
        {
            return;
        }
        if (!_provinces.TryGet(provinceText, out var province) && !_provinces.TryMatch(provinceText, out province))
        {
            Unreadable(Table.Place(_fields["province"]).Problem(DiagnosticKind.UnknownName, null, UnknownProvince(provinceText)));
            return;
        }
        var weight = 1.0;
        if (_fields.TryGetValue("weight", out var weightColumn))
        {
            var text = Field("weight");
            if (_rowRejected)
            {
                return;
            }
            IndicatorValue number = default;
            var read = text is not null && IndicatorValue.TryParse(text, IndicatorKind.Number, Table.Mark(weightColumn), out number, out _) && number.Kind == IndicatorKind.Number;
            if (!read || number.Number <= 0m)
            {
                // Three reasons, said apart: "'1e300' is not a number more than 0" would be false of 1e300, and "not a
                // number written as a decimal" misses the fault of 1e30, which no decimal can hold.
                Unreadable(Table.Place(weightColumn).Problem(DiagnosticKind.InvalidWeight, null, text is null ? "the weight is missing"
                    : read ? $"the weight {CellText.Quote(text)} is not more than 0"
                    : BeyondDecimal(text, Table.Mark(weightColumn)) ? $"the weight {CellText.Quote(text)} is out of range: a weight is more than 0 and at most {decimal.MaxValue.ToString(CultureInfo.InvariantCulture)}"
                    : $"the weight {CellText.Quote(text)} is not a number written as a decimal such as 1.25" + NumberText.Hint(text, Table.Mark(weightColumn))));
                return;
            }
            weight = (double)number.Number;
        }
        var answers = new byte[_answers];
        foreach (var (column, question) in _questions)
        {
            if (Table.Digit(column) is >= 0 and var digit)
            {
                answers[question] = (byte)digit; // the common case, without a string
            }
            else if (!AnswerScale.TryParseCode(Table.Field(column), out answers[question], out var error))
            {
                // Listed here, quoting the text as written; the tally counts the answer as invalid (or rejects the row).
                _tally.Report(Table.Place(column).Problem(DiagnosticKind.AnswerOutOfScale, _tally.Instrument.Questions[question].Code, error) with { Item = DiagnosticItem.Question });
                answers[question] = AnswerScale.UnreadableCode;
            }
        }
        var district = Field("district");
        var commune = Field("commune");
        var group = Field("group");
        if (_rowRejected)
        {
            return;
        }
        _tally.Add(new SurveyResponse(year.Value, province, ImmutableCollectionsMarshal.AsImmutableArray(answers), weight)
        {
            District = district,
            Commune = commune,
            Topic = group,
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
            _provinces.Match(text);
            return $"province {CellText.Quote(text)} matches more than one unit";
        }
        catch (DiagnosticException error)
        {
            return error.Diagnostics[0].Message;
        }
    }

    /// <summary>Whether text is a number, in any notation ("1e30"), too large for a decimal.</summary>
    private static bool BeyondDecimal(string text, DecimalMark mark) =>
        double.TryParse(mark == DecimalMark.Comma ? text.Replace(',', '.') : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && !double.IsNaN(number) && Math.Abs(number) > (double)decimal.MaxValue;

    /// <summary>Counts a row as rejected with its problem; a second problem of a row already rejected is only listed.</summary>
    private void Unreadable(Diagnostic problem)
    {
        if (_inRow && _rowRejected)
        {
            _tally.Report(problem);
            return;
        }
        _rowRejected |= _inRow;
        _tally.AddUnreadable(problem);
    }
}
