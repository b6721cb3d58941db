using System;
using System.Collections.Immutable;
using ParIndex.Geography;
using ParIndex.Utility;

namespace ParIndex.Surveys;

/// <summary>
/// The satisfaction figures of one province, or of the nation: every question's share, every element's index, the
/// service and policy indices and the overall SIPAS, each with its interval and sample size (mức độ hài lòng).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class SatisfactionProfile
{
    internal SatisfactionProfile(Province? province, string? group, string scope, long respondents, ImmutableArray<ItemSatisfaction> items, ImmutableArray<ElementSatisfaction> elements, SurveyFigure? service, SurveyFigure? policy, SurveyFigure? overall)
    {
        Province = province;
        Topic = group;
        Scope = scope;
        Respondents = respondents;
        Items = items;
        Elements = elements;
        Service = service;
        Policy = policy;
        Overall = overall;
    }

    /// <summary>Gets the province, or <see langword="null"/> for a national profile (all respondents, or those of one group).</summary>
    public Province? Province { get; }

    /// <summary>Gets the topic (<see cref="SurveyResponse.Topic"/>: the procedure or policy asked about) of a national
    /// profile by topic, or <see langword="null"/>.</summary>
    public string? Topic { get; }

    /// <summary>Gets what the profile covers: the province's name, "national, pooled respondents", "national, mean of
    /// provinces" or "group …".</summary>
    public string Scope { get; }

    /// <summary>Gets the number of respondents (rows used) behind the profile.</summary>
    public long Respondents { get; }

    /// <summary>Gets the figures of the questions, in the instrument's order.</summary>
    public ImmutableArray<ItemSatisfaction> Items { get; }

    /// <summary>Gets the element indices, in the instrument's order.</summary>
    public ImmutableArray<ElementSatisfaction> Elements { get; }

    /// <summary>Gets the index of satisfaction with public administrative services (the service-delivery elements
    /// combined; since 2022 published as a domain index, chỉ số lĩnh vực dịch vụ hành chính công: 84.09% nationally in
    /// 2024), or <see langword="null"/> when there is none. The five service elements measure this part only.</summary>
    public SurveyFigure? Service { get; }

    /// <summary>Gets the index of satisfaction with policy-making and implementation (the policy elements combined;
    /// since 2022 published as a domain index, chỉ số lĩnh vực chính sách: 83.84% nationally in 2024), or
    /// <see langword="null"/> when the instrument has no policy part or it has no answers.</summary>
    public SurveyFigure? Policy { get; }

    /// <summary>Gets the overall SIPAS (the service and policy indices combined by <see cref="SipasOptions.PartFormula"/>,
    /// an unconfirmed combination), or <see langword="null"/> when there are no valid satisfaction answers.</summary>
    public SurveyFigure? Overall { get; }

    /// <summary>Finds a figure.</summary>
    /// <param name="measure">The figure's name.</param>
    /// <returns>The figure, or <see langword="null"/> when the profile has none for it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public SurveyFigure? Find(SipasMeasure measure) => Preconditions.CheckNotNull(measure, nameof(measure)).In(this);

    /// <summary>Formats as "Cà Mau: 83.02% [...] (412 respondents)".</summary>
    /// <returns>Scope, overall figure and respondents.</returns>
    public override string ToString() => Invariant.Format($"{Scope}: {Overall?.ToString() ?? "no figure"} ({Respondents:N0} respondents)");
}
