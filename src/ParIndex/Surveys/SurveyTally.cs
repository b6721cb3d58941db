using ParIndex.Geography;

namespace ParIndex.Surveys;

/// <summary>
/// Counts survey responses as they stream past (kiểm phiếu), one at a time, and makes the figures at the end: the
/// single pass behind <see cref="SipasResult.Compute"/> and the readers, for callers who feed responses themselves (several
/// files into one tally, say).
/// </summary>
/// <remarks>
/// <para>Memory depends on the instrument, the provinces and service or policy groups seen and <see cref="SipasOptions.BootstrapBlocks"/>, never on
/// the number of responses: a response is checked, counted and forgotten. Each response is checked against the
/// instrument (number of answers, survey year — within the instrument's years and that of the rows before it, as each year is its own survey —, every code on its question's scale) and a bad one is rejected or counted
/// as <see cref="SipasOptions.BadRows"/> says, with a diagnostic naming its row (and its line, when it has one).</para>
/// <para>Mutable and not thread-safe: one tally per thread; <see cref="ToResult"/> may be called more than once.</para>
/// </remarks>
public sealed partial class SurveyTally
{
    private const int Slots = SipasFigures.Slots; // codes 0 to 9, then one slot for codes out of scale
    private const int OutOfScale = Slots - 1;

    private readonly SurveyInstrument _instrument;
    private readonly SipasOptions _options;
    private readonly int _items;
    private readonly byte[] _slot;      // [question × 256 + code] → 0..9, or OutOfScale
    private readonly byte[] _groupSlot; // [question × 256 + code] → 0 not valid, 1 valid not satisfied, 2 satisfied
    private readonly Dictionary<Province, ProvinceCounts> _provinces = [];
    private readonly Dictionary<string, ProvinceCounts> _groups = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _problems = [];
    private ProvinceCounts? _last;
    private int? _year; // the survey year, fixed by the first row in the instrument's years
    private long _rowsRead, _rowsRejected, _rowsWithInvalidAnswers, _invalidAnswers, _problemsNotListed;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="instrument">The instrument the responses answer.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SipasOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    /// <exception cref="ArgumentException">The options' satisfied codes are not all valid codes.</exception>
    public SurveyTally(SurveyInstrument instrument, SipasOptions? options = null)
    {
        _instrument = Preconditions.CheckNotNull(instrument, nameof(instrument));
        _options = options ?? SipasOptions.Default;
        Preconditions.CheckArgument(_options.SatisfiedCodes.All(_options.ValidCodes.Contains), nameof(options), "Every satisfied code must be a valid code.");
        _items = instrument.Questions.Length;
        _slot = new byte[_items * 256];
        _groupSlot = new byte[_items * 256];
        for (var i = 0; i < _items; i++)
        {
            var scale = instrument.Questions[i].Scale;
            for (var code = 0; code < 256; code++)
            {
                var inScale = code is AnswerScale.NoAnswerCode or AnswerScale.DontKnowCode || scale.IsAnswer(code);
                _slot[(i * 256) + code] = (byte)(inScale ? code : OutOfScale);
                if (scale.IsSatisfaction && _options.ValidCodes.Contains(code))
                {
                    _groupSlot[(i * 256) + code] = (byte)(_options.SatisfiedCodes.Contains(code) ? 2 : 1);
                }
            }
        }
    }

    /// <summary>Gets the instrument.</summary>
    public SurveyInstrument Instrument => _instrument;

    /// <summary>Gets the options.</summary>
    public SipasOptions Options => _options;

    /// <summary>Gets the number of rows counted so far, used or rejected.</summary>
    public long RowsRead => _rowsRead;

    /// <summary>Checks a response and counts it, or rejects it with a diagnostic.</summary>
    /// <param name="response">The response.</param>
    /// <returns><see langword="true"/> when the response was used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public bool Add(SurveyResponse response)
    {
        Preconditions.CheckNotNull(response, nameof(response));
        _rowsRead++;
        var answers = response.Answers.AsSpan();
        if (answers.Length != _items)
        {
            return Reject(response, DiagnosticKind.AnswerCountMismatch, null, Invariant.Format($"{answers.Length} answers, the instrument has {_items} questions"));
        }
        if (!_instrument.Years.Contains(response.Year))
        {
            return Reject(response, DiagnosticKind.WrongYear, null, Invariant.Format($"survey year {response.Year} is outside {_instrument.Id} ({_instrument.Years})"));
        }
        // Each year is its own survey: answers of two years pooled into one figure would be neither year's.
        if (_year is { } year && response.Year != year)
        {
            return Reject(response, DiagnosticKind.WrongYear, null, Invariant.Format($"survey year {response.Year} is not {year}, the year of the rows before it: one result is one survey year"));
        }
        _year = response.Year;
        var outOfScale = 0;
        for (var i = 0; i < answers.Length; i++)
        {
            if (_slot[(i * 256) + answers[i]] == OutOfScale)
            {
                outOfScale++;
                if (answers[i] == AnswerScale.UnreadableCode)
                {
                    continue; // the reader has listed the text as written (Report)
                }
                Problem(response, DiagnosticKind.AnswerOutOfScale, _instrument.Questions[i].Code,
                    Invariant.Format($"answer {answers[i]} is outside the scale {_instrument.Questions[i].Scale} (0 blank, 9 don't know)"));
            }
        }
        if (outOfScale > 0)
        {
            if (_options.BadRows == BadRowPolicy.Reject)
            {
                _rowsRejected++;
                return false;
            }
            _rowsWithInvalidAnswers++;
            _invalidAnswers += outOfScale;
        }
        Count(response, answers);
        return true;
    }

    /// <summary>Records a row that a reader could not turn into a response (an unknown province, a missing weight): it
    /// is counted as read and rejected, and its diagnostic is listed.</summary>
    /// <param name="problem">What is wrong, with the row's line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public void AddUnreadable(Diagnostic problem)
    {
        Preconditions.CheckNotNull(problem, nameof(problem));
        _rowsRead++;
        _rowsRejected++;
        List(problem);
    }

    /// <summary>Lists a problem a reader found in a row it still adds: an answer it could not read, passed on as
    /// <see cref="AnswerScale.UnreadableCode"/>, so that the message quotes the text as written.</summary>
    /// <param name="problem">What is wrong, with the row's line and the question's code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public void Report(Diagnostic problem) => List(Preconditions.CheckNotNull(problem, nameof(problem)));

    /// <summary>Makes the figures from what has been counted so far.</summary>
    /// <returns>The figures per province and nationally, and the input report.</returns>
    public SipasResult ToResult()
    {
        var report = new SurveyInputReport
        {
            RowsRead = _rowsRead,
            RowsUsed = _rowsRead - _rowsRejected,
            RowsRejected = _rowsRejected,
            RowsWithInvalidAnswers = _rowsWithInvalidAnswers,
            InvalidAnswers = _invalidAnswers,
            Problems = [.. _problems],
            ProblemsNotListed = _problemsNotListed,
        };
        var provinces = _provinces.Values.OrderBy(p => p.Province!.List).ThenBy(p => p.Province!.Code, StringComparer.Ordinal).Select(Input).ToList();
        var groups = _groups.Values.OrderBy(g => g.Group, StringComparer.Ordinal).Select(Input).ToList();
        return new SipasFigures(_instrument, _options).Compute(provinces, groups, report);
    }

    private SipasFigures.ProvinceInput Input(ProvinceCounts p) => new(p.Province, p.Group, p.Respondents, p.Counts, p.Weights, p.BootstrapCells);

    private void Count(SurveyResponse response, ReadOnlySpan<byte> answers)
    {
        Count(Of(response.Province), response.Weight, answers);
        if (response.Topic is { } name)
        {
            if (!_groups.TryGetValue(name, out var group))
            {
                _groups.Add(name, group = NewCounts(null, name));
            }
            Count(group, response.Weight, answers);
        }
    }

    private void Count(ProvinceCounts counts, double weight, ReadOnlySpan<byte> answers)
    {
        // Each respondent goes to a random bootstrap group (seeded): random groups, whatever order the input is sorted in.
        // The dealer is the province's own, so its groups depend on its own rows only, not on other provinces' rows before it.
        counts.Respondents++;
        var group = counts.BootstrapCells.AsSpan(counts.Dealer.Next(_options.BootstrapBlocks) * _items * 3, _items * 3);
        var n = counts.Counts.AsSpan(0, _items * Slots);
        var slot = _slot.AsSpan(0, _items * 256);
        var groupSlot = _groupSlot.AsSpan(0, _items * 256);
        if (!_options.IsWeighted)
        {
            // Unweighted, the weights are the counts: ToResult derives them, and this loop writes two cells an answer.
            for (var i = 0; i < answers.Length; i++)
            {
                var code = (i * 256) + answers[i];
                n[(i * Slots) + slot[code]]++;
                group[(i * 3) + groupSlot[code]] += 1.0; // slot 0 is a sink for answers outside the share
            }
            return;
        }
        // Terms worked out once per respondent; the sums are exact, so no figure depends on the order of the respondents.
        var (term, squared) = (new WeightSums.Term(weight), new WeightSums.Term(weight * weight));
        var sums = counts.Weights!;
        sums.BeginAddition();
        for (var i = 0; i < answers.Length; i++)
        {
            var code = (i * 256) + answers[i];
            n[(i * Slots) + slot[code]]++;
            var kind = groupSlot[code];
            group[(i * 3) + kind] += weight;
            if (kind != 0)
            {
                sums.Add(i, kind == 2, term, squared);
            }
        }
    }

    private ProvinceCounts Of(Province province)
    {
        if (_last is { } last && ReferenceEquals(last.Province, province))
        {
            return last;
        }
        if (!_provinces.TryGetValue(province, out var counts))
        {
            counts = NewCounts(province, null);
            _provinces.Add(province, counts);
        }
        return _last = counts;
    }

    private ProvinceCounts NewCounts(Province? province, string? group) =>
        new(province, group, _items * Slots, _options.BootstrapBlocks * _items * 3, _options.Seed,
            _options.IsWeighted ? new WeightSums(_items) : null);

    private bool Reject(SurveyResponse response, DiagnosticKind kind, string? code, string message)
    {
        _rowsRejected++;
        Problem(response, kind, code, message);
        return false;
    }

    private void Problem(SurveyResponse response, DiagnosticKind kind, string? code, string message) =>
        List(new Diagnostic(kind, code, Invariant.Format($"row {_rowsRead}: {message}"), response.Province.Code) { Item = DiagnosticItem.Question, Line = response.SourceLine });

    private void List(Diagnostic problem)
    {
        if (_problems.Count < _options.MaxListedProblems)
        {
            _problems.Add(problem);
        }
        else
        {
            _problemsNotListed++;
        }
    }

    /// <summary>The counts of one province, or of one service or policy group nationally.</summary>
    private sealed class ProvinceCounts(Province? province, string? group, int cells, int groupCells, int seed, WeightSums? weights)
    {
        /// <summary>Deals this unit's respondents into bootstrap blocks: a stream of its own, from the seed and the unit.</summary>
        public Random Dealer { get; } = new(Statistics.StableSeed(seed, "deal " + SipasFigures.StreamName(province, group)));

        public Province? Province { get; } = province;

        public string? Group { get; } = group;

        public long Respondents { get; set; }

        public long[] Counts { get; } = new long[cells];

        public WeightSums? Weights { get; } = weights; // weighted tallies only

        public double[] BootstrapCells { get; } = new double[groupCells];
    }
}
