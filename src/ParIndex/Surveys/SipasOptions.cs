namespace ParIndex.Surveys;

/// <summary>
/// Every step of the SIPAS computation that the sources leave open, with its default. The defaults follow the reference
/// notes' reading of the published figures ([I], inferred, pending the text of 1001/QĐ-BNV): a question's share is the
/// answers 4–5 over the valid answers 1–5; an element is the unweighted mean of its questions' shares; the service and
/// policy indices are the unweighted means of their elements; the overall SIPAS is the unweighted mean of the service and
/// policy indices (the service index alone when there is no policy part); answers are unweighted.
/// </summary>
/// <remarks>
/// <para>Both national figures are always computed: the pooled respondents and the mean of provinces
/// (<see cref="SipasResult"/>). Intervals: Wilson for a question's share; for combined figures, a bootstrap over random
/// blocks of respondents: each respondent of a province is put in one of <see cref="BootstrapBlocks"/> blocks drawn from
/// <see cref="Seed"/>, and the blocks are resampled with replacement <see cref="BootstrapReplicates"/> times. This keeps
/// the computation to one pass with memory independent of the number of respondents. Point estimates, counts and Wilson
/// intervals do not depend on the order of the input; bootstrap intervals depend on the seed and the input order, and are
/// the same for the same seed and input.</para>
/// <para>Immutable; set with an object initialiser. Invalid values throw when set.</para>
/// </remarks>
public sealed class SipasOptions
{
    /// <summary>Gets the defaults.</summary>
    public static SipasOptions Default { get; } = new();

    /// <summary>Gets the codes of the 5-level scale that count as satisfied; 4 and 5 by default.</summary>
    /// <exception cref="ArgumentException">The value set is empty or has a code outside 1–5.</exception>
    public ImmutableArray<int> SatisfiedCodes
    {
        get;
        init => field = CheckCodes(value, nameof(SatisfiedCodes));
    } = [4, 5];

    /// <summary>Gets the codes of the 5-level scale that make a share's denominator; 1 to 5 by default. "Don't know" (9)
    /// and blanks (0) never count; leave out 3 to exclude the neutral answer, say.</summary>
    /// <exception cref="ArgumentException">The value set is empty or has a code outside 1–5.</exception>
    public ImmutableArray<int> ValidCodes
    {
        get;
        init => field = CheckCodes(value, nameof(ValidCodes));
    } = [1, 2, 3, 4, 5];

    /// <summary>Gets whether answers count alike or by sampling weight; <see cref="SurveyWeighting.Unweighted"/> by default.</summary>
    public SurveyWeighting Weighting { get; init; }

    /// <summary>Gets whether answers are weighted (<see cref="Weighting"/> is <see cref="SurveyWeighting.SamplingWeights"/>):
    /// then a figure states its effective number of answers (<see cref="SurveyFigure.EffectiveAnswers"/>), which
    /// unweighted is the count.</summary>
    public bool IsWeighted => Weighting == SurveyWeighting.SamplingWeights;

    /// <summary>Gets what happens to rows with answers out of scale; <see cref="BadRowPolicy.Reject"/> by default.</summary>
    public BadRowPolicy BadRows { get; init; }

    /// <summary>Gets how a question's shares combine into an element's index; <see langword="null"/> (the default) for the unweighted mean.</summary>
    public SipasFormula? ItemFormula { get; init; }

    /// <summary>Gets how element indices combine into the service and the policy index; <see langword="null"/> (the default) for the unweighted mean.</summary>
    public SipasFormula? ElementFormula { get; init; }

    /// <summary>Gets how the service and policy indices (in that order) combine into the overall SIPAS;
    /// <see langword="null"/> (the default) for the unweighted mean. Unconfirmed: no public text states the weights, the
    /// mean of the published 2024 parts (83.84, 84.09) is 83.965 against a published 83.94 — more than the 0.01 rounding
    /// allows — and a policy weight of 0.6 that fits 2024 misses 2023 (82.682 against 82.66).</summary>
    public SipasFormula? PartFormula { get; init; }

    /// <summary>Gets the confidence level of the intervals; 0.95 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not in [0.5, 0.9999].</exception>
    public double ConfidenceLevel
    {
        get;
        init => field = InRange(value, 0.5, 0.9999, nameof(ConfidenceLevel));
    } = 0.95;

    /// <summary>Gets the number of bootstrap replicates; 200 by default; 0 switches the bootstrap off.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is 1, negative or above 100,000.</exception>
    public int BootstrapReplicates
    {
        get;
        init => field = value == 1 ? throw new ArgumentProblem(nameof(BootstrapReplicates), "One replicate has no spread: use 0 or at least 2.", value).ToException()
            : value is < 0 or > 100_000 ? throw new ArgumentProblem(nameof(BootstrapReplicates), "give 0 replicates (no bootstrap) or from 2 to 100,000", value).ToException()
            : value;
    } = 200;

    /// <summary>Gets the number of blocks each province's respondents are dealt into for the bootstrap; 50 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not in [2, 1,000].</exception>
    public int BootstrapBlocks
    {
        get;
        init => field = InRange(value, 2, 1000, nameof(BootstrapBlocks));
    } = 50;

    /// <summary>Gets the seed of the bootstrap; the same seed and input give the same intervals. 2017 by default.</summary>
    public int Seed { get; init; } = 2017;

    /// <summary>Gets the fewest valid answers a figure should rest on; figures below are flagged
    /// (<see cref="SurveyFigure.IsBelowMinimum"/>). 30 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public int MinimumAnswers
    {
        get;
        init => field = value < 0 ? throw new ArgumentProblem(nameof(MinimumAnswers), "a number of answers is 0 or more", value).ToException() : value;
    } = 30;

    /// <summary>Gets how many problems the input report lists; the rest are counted. 100 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public int MaxListedProblems
    {
        get;
        init => field = InRange(value, 0, int.MaxValue, nameof(MaxListedProblems));
    } = 100;

    private static T InRange<T>(T value, T min, T max, string name)
        where T : IComparable<T>
    {
        Preconditions.CheckArgumentRange(name, value, min, max);
        return value;
    }

    private static ImmutableArray<int> CheckCodes(ImmutableArray<int> codes, string name)
    {
        Preconditions.CheckArgument(!codes.IsDefaultOrEmpty && codes.All(c => c is >= 1 and <= 5), name, "The codes must be some of 1 to 5.");
        return [.. codes.Distinct().Order()];
    }
}
