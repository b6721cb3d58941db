using ParIndex.Geography;

namespace ParIndex.Surveys;

/// <summary>
/// One respondent's questionnaire (phiếu khảo sát): the survey year, where the respondent lives, the service or policy
/// asked about (its topic), the sampling weight, and one answer code per question of the instrument.
/// </summary>
/// <remarks>
/// Answers are codes in the order of <see cref="SurveyInstrument.Questions"/>: 0 for a blank
/// (<see cref="AnswerScale.NoAnswerCode"/>), 9 for "don't know / not applicable" (<see cref="AnswerScale.DontKnowCode"/>),
/// 1 to the scale's largest code otherwise. Codes are checked against the instrument when the response is tallied, not
/// here, so that a bad answer can be reported with its row. Immutable.
/// </remarks>
public sealed class SurveyResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="year">The survey year.</param>
    /// <param name="province">The province (tỉnh, thành phố) the respondent lives in.</param>
    /// <param name="answers">The answer codes, one per question of the instrument; copied.</param>
    /// <param name="weight">The sampling weight (trọng số), from 10⁻²⁸ (the smallest positive <see cref="decimal"/>) to
    /// less than 2⁹⁶ (past <see cref="decimal.MaxValue"/>): the range the CSV reader reads weights in; 1 by default.
    /// Outside it, sums of weights or of their squares leave the range of a <see cref="double"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not a number from 10⁻²⁸ to less than 2⁹⁶.</exception>
    public SurveyResponse(int year, Province province, IEnumerable<byte> answers, double weight = 1.0)
        : this(year, province, [.. Preconditions.CheckNotNull(answers, nameof(answers))], weight)
    {
    }

    /// <summary>Takes the answers without copying them: for readers that build the array themselves.</summary>
    internal SurveyResponse(int year, Province province, ImmutableArray<byte> answers, double weight)
    {
        Year = year;
        Province = Preconditions.CheckNotNull(province, nameof(province));
        Answers = answers;
        if (!IsWeight(weight))
        {
            throw new ArgumentProblem(nameof(weight), "The weight must be at least 1e-28 and less than 2^96.", weight).ToException();
        }
        Weight = weight;
    }

    /// <summary>Whether a weight is in the range of <see cref="decimal"/>, as the CSV reader reads weights: a smaller one
    /// squares to 0 (Kish's effective size 0 ÷ 0), a larger one sums past <see cref="double.MaxValue"/> (a share ∞ ÷ ∞).
    /// NaN is neither.</summary>
    internal static bool IsWeight(double weight) => weight is >= MinWeight and < MaxWeight;

    private const double MinWeight = 1e-28;

    // 2^96, one more than decimal.MaxValue (which a double cannot hold exactly).
    private const double MaxWeight = 79228162514264337593543950336d;

    /// <summary>Gets the survey year.</summary>
    public int Year { get; }

    /// <summary>Gets the province.</summary>
    public Province Province { get; }

    /// <summary>Gets the district (huyện), when known.</summary>
    public string? District { get; init; }

    /// <summary>Gets the commune (xã), when known.</summary>
    public string? Commune { get; init; }

    /// <summary>Gets the topic asked about, the procedure or policy (e.g. "Cấp giấy khai sinh", "an sinh xã hội"; the
    /// <c>group</c> column of survey files), when known.</summary>
    public string? Topic { get; init; }

    /// <summary>Gets the sampling weight.</summary>
    public double Weight { get; }

    /// <summary>Gets the answer codes, in the order of the instrument's questions.</summary>
    public ImmutableArray<byte> Answers { get; }

    /// <summary>Gets the 1-based line of the input the response was read from, when read from a file; used in reports.</summary>
    public int? SourceLine { get; init; }

    /// <summary>Formats as "2023 96 Cà Mau (63), 22 answers".</summary>
    /// <returns>Year, province and the number of answers.</returns>
    public override string ToString() => Invariant.Format($"{Year} {Province}, {Answers.Length} answers");
}
