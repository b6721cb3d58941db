namespace ParIndex.Methodologies;

/// <summary>
/// One official version of the PAR Index methodology (phiên bản bộ chỉ số) for one kind of unit: the decisions it comes
/// from, the assessment years it applies to, and what is known of its content, with the sources of every figure.
/// </summary>
/// <remarks>
/// Only what a source states is held: counts, points and areas not found are <see langword="null"/> or absent, and
/// <see cref="Completeness"/> says which level is complete. A version with areas and their maxima can turn published
/// area points into the index (<see cref="IndexFromAreaPoints"/>); only a <see cref="Completeness.Full"/> version has a
/// <see cref="Tree"/> that scores indicators. Immutable.
/// </remarks>
public sealed class MethodologyVersion
{
    private static readonly Lazy<ImmutableArray<MethodologyVersion>> Loaded = new(CatalogReader.Load);

    /// <summary>Gets every official version of the PAR Index methodology embedded in the package (danh mục bộ chỉ số),
    /// from 1294/QĐ-BNV (2012) to 892/QĐ-BNV (2024–), with the source of every figure; by kind of unit and then by
    /// first year.</summary>
    /// <remarks>Loaded once, on first use; thread-safe.</remarks>
    public static ImmutableArray<MethodologyVersion> All => Loaded.Value;

    /// <summary>Finds the version in force for a kind of unit and an assessment year.</summary>
    /// <param name="subjectKind">Provinces or ministries.</param>
    /// <param name="assessmentYear">The year assessed (PAR Index 2023 is published in 2024).</param>
    /// <returns>The version of <see cref="All"/> whose years contain <paramref name="assessmentYear"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No version of the catalogue covers that kind and year; the message
    /// says which years are covered.</exception>
    public static MethodologyVersion For(SubjectKind subjectKind, int assessmentYear)
    {
        var candidates = All.Where(v => v.SubjectKind == subjectKind).ToList();
        return candidates.FirstOrDefault(v => v.Years.Contains(assessmentYear))
            ?? throw new ArgumentProblem(
                nameof(assessmentYear),
                candidates.Count == 0
                    ? Invariant.Format($"The catalogue has no {subjectKind} methodology.")
                    : Invariant.Format($"No {subjectKind} methodology of the catalogue covers assessment year {assessmentYear}; it covers {string.Join(", ", candidates.Select(v => v.Years.ToString()))}."),
                assessmentYear).ToException();
    }

    internal MethodologyVersion()
    {
    }

    /// <summary>Gets the identifier, e.g. "PAR-PROVINCE-2022".</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>Gets the kind of unit assessed.</summary>
    public SubjectKind SubjectKind { get; internal init; }

    /// <summary>Gets the assessment years the version applies to.</summary>
    public AssessmentYears Years { get; internal init; }

    /// <summary>Gets the decisions it comes from (one, or an Đề án with its Bộ chỉ số).</summary>
    public ImmutableArray<LegalBasis> Decisions { get; internal init; }

    /// <summary>Gets how much of the version is held.</summary>
    public Completeness Completeness { get; internal init; }

    /// <summary>Gets the total maximum points.</summary>
    public decimal MaxPoints { get; internal init; }

    /// <summary>Gets the points assessed by sociological survey (điều tra xã hội học), when sourced.</summary>
    public decimal? SurveyPoints { get; internal init; }

    /// <summary>Gets the number of areas, when sourced.</summary>
    public int? AreaCount { get; internal init; }

    /// <summary>Gets the number of criteria, when sourced.</summary>
    public int? CriterionCount { get; internal init; }

    /// <summary>Gets the number of sub-criteria, when sourced.</summary>
    public int? SubCriterionCount { get; internal init; }

    /// <summary>Gets the areas known, in order; empty when none is.</summary>
    public ImmutableArray<AreaOutline> Areas { get; internal init; }

    /// <summary>Gets notes on conflicts between sources and on what was inferred.</summary>
    public ImmutableArray<string> Notes { get; internal init; }

    /// <summary>Gets the sources of the figures (web addresses or documents).</summary>
    public ImmutableArray<string> Sources { get; internal init; }

    /// <summary>Gets the whole methodology when <see cref="Completeness"/> is <see cref="Completeness.Full"/>; otherwise <see langword="null"/>.</summary>
    public Methodology? Tree { get; internal init; }

    /// <summary>Gets whether every area of the version is known with its maximum points (as many areas as
    /// <see cref="AreaCount"/>, each with <see cref="AreaOutline.MaxPoints"/>), so that <see cref="IndexFromAreaPoints"/>
    /// can weigh area points.</summary>
    public bool HasAreaMaxima => !Areas.IsEmpty && Areas.Length == AreaCount && Areas.All(a => a.MaxPoints is not null);

    /// <summary>Turns area points (as published per province) into the index: their sum ÷ the total maximum × 100.</summary>
    /// <param name="areaPoints">Points by area code, one for every area of the version.</param>
    /// <returns>The index in %, exact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="areaPoints"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The version's areas or their maxima are not all known (<see cref="HasAreaMaxima"/> is false).</exception>
    /// <exception cref="ArgumentException">An area is missing or unknown, or its points are outside [0, its maximum].</exception>
    public decimal IndexFromAreaPoints(IReadOnlyDictionary<string, decimal> areaPoints)
    {
        Preconditions.CheckNotNull(areaPoints, nameof(areaPoints));
        if (!HasAreaMaxima)
        {
            throw new InvalidOperationException(Invariant.Format($"{Id} does not have every area with its maximum points ({Completeness}); its index cannot be computed from area points"));
        }
        var problems = new List<string>();
        foreach (var area in Areas)
        {
            if (!areaPoints.TryGetValue(area.Code, out var points))
            {
                problems.Add(Invariant.Format($"area {area.Code} is missing"));
            }
            else if (points < 0m || points > area.MaxPoints!.Value)
            {
                problems.Add(Invariant.Format($"area {area.Code}: {Invariant.Format(points)} points is outside [0, {Invariant.Format(area.MaxPoints!.Value)}]"));
            }
        }
        problems.AddRange(areaPoints.Keys.Where(code => Areas.All(a => a.Code != code)).Select(code => Invariant.Format($"{Id} has no area {code}")));
        Preconditions.CheckArgument(problems.Count == 0, nameof(areaPoints), string.Join("; ", problems));
        return areaPoints.Values.Sum() / MaxPoints * 100m;
    }

    /// <summary>Formats the version as "PAR-PROVINCE-2022 (876/QĐ-BNV, 2022–2023, Headline)".</summary>
    /// <returns>Id, decisions, years and completeness.</returns>
    public override string ToString() =>
        Id + " (" + string.Join(" + ", Decisions.Select(d => d.DocumentNumber)) + ", " + Years + ", " + Completeness + ")";
}
