using System.Threading;
using System.Threading.Tasks;
using ParIndex.Geography;
using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.Surveys;

/// <summary>
/// The satisfaction figures of a survey (kết quả SIPAS): one profile per province, two national profiles, and what
/// happened to the input rows (read, used, rejected, and the problems found).
/// </summary>
/// <remarks>
/// The national figure is published as "giá trị SIPAS trung bình cả nước"; whether that is the mean of the provinces'
/// figures or the figure of all respondents together is not confirmed, so both are given, named for what they are:
/// <see cref="NationalPooled"/> and <see cref="NationalMeanOfProvinces"/>. Immutable and thread-safe.
/// </remarks>
public sealed partial class SipasResult
{
    /// <summary>Computes SIPAS figures (tính chỉ số hài lòng) from a sequence of responses in one streaming pass, with memory
    /// independent of their number (see <see cref="SurveyTally"/>): per question the share satisfied, per element, service,
    /// policy and overall index, per province and nationally, with intervals. Thread-safe (each call has its own tally).</summary>
    /// <param name="instrument">The instrument the responses answer.</param>
    /// <param name="responses">The responses, enumerated once.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SipasOptions.Default"/>.</param>
    /// <returns>The figures and the input report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="responses"/> is null, or a response is null.</exception>
    /// <exception cref="ArgumentException">The options' satisfied codes are not all valid codes.</exception>
    public static SipasResult Compute(SurveyInstrument instrument, IEnumerable<SurveyResponse> responses, SipasOptions? options = null)
    {
        Preconditions.CheckNotNull(responses, nameof(responses));
        var tally = new SurveyTally(instrument, options);
        foreach (var response in responses)
        {
            tally.Add(response);
        }
        return tally.ToResult();
    }

    /// <summary>Computes the figures from an asynchronous stream of responses.</summary>
    /// <param name="instrument">The instrument the responses answer.</param>
    /// <param name="responses">The responses, enumerated once.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SipasOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The figures and the input report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="responses"/> is null, or a response is null.</exception>
    /// <exception cref="ArgumentException">The options' satisfied codes are not all valid codes.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<SipasResult> ComputeAsync(SurveyInstrument instrument, IAsyncEnumerable<SurveyResponse> responses, SipasOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(responses, nameof(responses));
        var tally = new SurveyTally(instrument, options);
        await foreach (var response in responses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            tally.Add(response);
        }
        return tally.ToResult();
    }

    internal SipasResult()
    {
    }

    /// <summary>Gets the instrument.</summary>
    public SurveyInstrument Instrument { get; internal init; } = null!;

    /// <summary>Gets the options the figures were computed with.</summary>
    public SipasOptions Options { get; internal init; } = null!;

    /// <summary>Gets one profile per province with at least one row used, ordered by list and code.</summary>
    public ImmutableArray<SatisfactionProfile> Provinces { get; internal init; }

    /// <summary>Gets national profiles by topic (<see cref="SurveyResponse.Topic"/>, the procedure or policy asked about), over the
    /// respondents that name one, ordered by topic (ordinal); empty when none does.</summary>
    public ImmutableArray<SatisfactionProfile> Topics { get; internal init; }

    /// <summary>Gets the national figures over all respondents together (weighted as the options say); question shares
    /// have Wilson intervals.</summary>
    public SatisfactionProfile NationalPooled { get; internal init; } = null!;

    /// <summary>Gets the national figures as the unweighted mean of the provinces' figures (each over the provinces that
    /// have it); intervals from the same bootstrap. Counts are sums over the provinces.</summary>
    public SatisfactionProfile NationalMeanOfProvinces { get; internal init; } = null!;

    internal SurveyInputReport Input { get; init; } = null!;

    /// <summary>Gets the number of input rows read (used plus rejected).</summary>
    public long RowsRead => Input.RowsRead;

    /// <summary>Gets the number of rows used in the figures.</summary>
    public long RowsUsed => Input.RowsUsed;

    /// <summary>Gets the number of rows left out.</summary>
    public long RowsRejected => Input.RowsRejected;

    /// <summary>Gets the number of used rows with answers out of scale counted as invalid
    /// (<see cref="BadRowPolicy.CountAsInvalid"/>).</summary>
    public long RowsWithInvalidAnswers => Input.RowsWithInvalidAnswers;

    /// <summary>Gets the number of answers out of scale counted as invalid.</summary>
    public long InvalidAnswers => Input.InvalidAnswers;

    /// <summary>Gets the problems found in the input rows (phiếu khảo sát), each with its row or line, in input order, up to
    /// <see cref="SipasOptions.MaxListedProblems"/> so that memory does not grow with the input.</summary>
    public ImmutableArray<Diagnostic> Problems => Input.Problems;

    /// <summary>Gets the number of problems found beyond <see cref="SipasOptions.MaxListedProblems"/>.</summary>
    public long ProblemsNotListed => Input.ProblemsNotListed;

    /// <summary>Gets the profile of a province.</summary>
    /// <param name="province">The province.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No row of the province was used.</exception>
    public SatisfactionProfile this[Province province]
    {
        get
        {
            Preconditions.CheckNotNull(province, nameof(province));
            return Provinces.FirstOrDefault(p => province.Equals(p.Province))
                ?? throw new KeyNotFoundException(Invariant.Format($"no response of {province} was used"));
        }
    }

    /// <summary>Ranks the provinces by a figure with the PAR Index's ranking rules (<see cref="Ranking.Create"/>):
    /// exact values (shown to two decimals), standard competition ties, ties ordered by name. Provinces without the figure
    /// (no valid answers to it) are left out and listed in <see cref="Ranking.Unranked"/> with the reason.</summary>
    /// <param name="measure">The figure, e.g. <see cref="SipasMeasure.Overall"/>.</param>
    /// <param name="options">Ranking options, or <see langword="null"/> for the defaults without groups (the A/B/C
    /// groups are the PAR Index's; SIPAS publishes none).</param>
    /// <returns>The ranking, highest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public Ranking Rank(SipasMeasure measure, RankingOptions? options = null)
    {
        Preconditions.CheckNotNull(measure, nameof(measure));
        var figures = Provinces.Select(p => (Province: p.Province!, Figure: p.Find(measure))).ToList();
        var values = figures.Where(p => p.Figure is not null).Select(p => new UnitValue(AssessedUnit.Of(p.Province), p.Figure!.Value));
        var unranked = figures.Where(p => p.Figure is null)
            .Select(p => new UnrankedUnit(AssessedUnit.Of(p.Province), Invariant.Format($"no valid answers for the {measure} figure")))
            .ToList();
        return Ranking.Create(values, options ?? new RankingOptions { Groups = null }).WithUnranked(unranked);
    }

    /// <summary>Formats as "SIPAS-2640-2017: 63 provinces, national 85.48% …".</summary>
    /// <returns>Instrument, provinces and the pooled national figure.</returns>
    public override string ToString() => Invariant.Format($"{Instrument.Id}: {Provinces.Length} provinces, {NationalPooled}");
}
