using ParIndex.Geography;
using ParIndex.Methodologies;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Surveys;

/// <summary>
/// The satisfaction figures of one province, or of the nation: every question's share, every element's index, the
/// service and policy indices and the overall SIPAS, each with its interval and sample size (mức độ hài lòng).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class SatisfactionProfile
{
    internal SatisfactionProfile()
    {
    }

    /// <summary>Gets the province, or <see langword="null"/> for a national profile (all respondents, or those of one topic).</summary>
    public Province? Province { get; internal init; }

    /// <summary>Gets the topic (<see cref="SurveyResponse.Topic"/>: the procedure or policy asked about) of a national
    /// profile by topic, or <see langword="null"/>.</summary>
    public string? Topic { get; internal init; }

    /// <summary>Gets what the profile covers: the province's name, "national, pooled respondents", "national, mean of
    /// provinces" or "group …".</summary>
    public string Scope { get; internal init; } = null!;

    /// <summary>Gets the number of respondents (rows used) behind the profile.</summary>
    public long Respondents { get; internal init; }

    // Per-question counts and per-element figures are reached through Find and CountOf, not as public step types.
    internal ImmutableArray<ItemSatisfaction> Items { get; init; }

    internal ImmutableArray<ElementSatisfaction> Elements { get; init; }

    /// <summary>Gets the index of satisfaction with public administrative services (the service-delivery elements
    /// combined; since 2022 published as a domain index, chỉ số lĩnh vực dịch vụ hành chính công: 84.09% nationally in
    /// 2024), or <see langword="null"/> when there is none. The five service elements measure this part only.</summary>
    public SurveyFigure? Service { get; internal init; }

    /// <summary>Gets the index of satisfaction with policy-making and implementation (the policy elements combined;
    /// since 2022 published as a domain index, chỉ số lĩnh vực chính sách: 83.84% nationally in 2024), or
    /// <see langword="null"/> when the instrument has no policy part or it has no answers.</summary>
    public SurveyFigure? Policy { get; internal init; }

    /// <summary>Gets the overall SIPAS (the service and policy indices combined by <see cref="SipasOptions.PartFormula"/>,
    /// an unconfirmed combination), or <see langword="null"/> when there are no valid satisfaction answers.</summary>
    public SurveyFigure? Overall { get; internal init; }

    /// <summary>Finds a figure.</summary>
    /// <param name="measure">The figure's name.</param>
    /// <returns>The figure, or <see langword="null"/> when the profile has none for it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public SurveyFigure? Find(SipasMeasure measure) => Preconditions.CheckNotNull(measure, nameof(measure)).In(this);

    /// <summary>Counts the answers with one code to one question (unweighted, whatever the weighting of the figures).</summary>
    /// <param name="question">The question's code, e.g. "TT5".</param>
    /// <param name="code">An answer code, 0 (blank) to 9 (don't know / not applicable).</param>
    /// <returns>The number of answers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The instrument has no question with that code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside [0, 9].</exception>
    public long CountOf(string question, int code)
    {
        Preconditions.CheckNotNull(question, nameof(question));
        var item = Items.FirstOrDefault(i => string.Equals(i.Question.Code, question, StringComparison.Ordinal))
            ?? throw new KeyNotFoundException(Invariant.Format($"the instrument has no question {question}"));
        return item.CountOf(code);
    }

    /// <summary>Makes percentage indicators for a methodology's survey-sourced leaves from this profile's figures, to put
    /// into <see cref="ReportedIndicators"/> (điểm điều tra xã hội học).</summary>
    /// <remarks>Which PAR Index criterion takes which SIPAS figure, and by what rule, was not found in the sources (see
    /// docs/background.md §4), so nothing is assumed: the caller links each leaf code to a <see cref="SipasMeasure"/>.
    /// Every link is checked — the leaf exists, is a leaf, is assessed by <see cref="AssessmentMethod.SociologicalSurvey"/>,
    /// and the profile has the figure — and all problems are reported at once.</remarks>
    /// <param name="methodology">The methodology.</param>
    /// <param name="links">For each survey-sourced leaf code, the figure it takes.</param>
    /// <returns>The leaf codes with <see cref="IndicatorValue.Percent"/> values, in the order of <paramref name="links"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DiagnosticException">A link names no leaf, a leaf not assessed by survey, or a figure the profile lacks.</exception>
    public ImmutableArray<KeyValuePair<string, IndicatorValue>> ToIndicators(Methodology methodology, IEnumerable<KeyValuePair<string, SipasMeasure>> links) =>
        SurveyPoints.ToIndicators(methodology, this, links);

    /// <summary>Makes points for a methodology's survey-sourced leaves from this profile's figures (given points, which the
    /// scorer takes as they are); links are checked as by <see cref="ToIndicators"/>.</summary>
    /// <param name="methodology">The methodology.</param>
    /// <param name="links">For each survey-sourced leaf code, the figure it takes.</param>
    /// <param name="conversion">From (percentage, leaf maximum) to points, or <see langword="null"/> for percentage ÷ 100 × maximum.</param>
    /// <returns>The leaf codes with <see cref="IndicatorValue.GivenPoints"/> values, in the order of <paramref name="links"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="conversion"/> is null.</exception>
    /// <exception cref="DiagnosticException">A link names no leaf, a leaf not assessed by survey, or a figure the
    /// profile lacks, or the conversion gives points outside [0, the leaf's maximum].</exception>
    public ImmutableArray<KeyValuePair<string, IndicatorValue>> ToPoints(Methodology methodology, IEnumerable<KeyValuePair<string, SipasMeasure>> links, Func<decimal, decimal, decimal>? conversion = null) =>
        SurveyPoints.ToPoints(methodology, this, links, conversion);

    /// <summary>Formats as "Cà Mau: 83.02% [...] (412 respondents)".</summary>
    /// <returns>Scope, overall figure and respondents.</returns>
    public override string ToString() => Invariant.Format($"{Scope}: {Overall?.ToString() ?? "no figure"} ({Respondents:N0} respondents)");
}
