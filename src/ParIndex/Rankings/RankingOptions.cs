using ParIndex.Scoring;

namespace ParIndex.Rankings;

/// <summary>How a <see cref="Ranking"/> treats ties, rounding and groups.</summary>
/// <remarks>
/// By default values are ranked on their exact values, as the Ministry of Home Affairs ranks: it publishes two decimals
/// but ranks on more — equal published values hold consecutive ranks (PAR Index 2024: Cần Thơ and Bình Dương, both
/// 89.13, ranks 22 and 23; PAR Index 2023: two provinces at 87.33, ranks 27 and 28), and provinces' own reports print
/// their indices with three decimals ("87,602/100 điểm"). Rows still show the published two decimals
/// (<see cref="RankedUnit.PublishedValue"/>). Set <see cref="Decimals"/> to 2 to rank on the published values instead,
/// so that equal published values share a rank. Immutable; set with an object initialiser.
/// </remarks>
public sealed class RankingOptions
{
    /// <summary>Gets the defaults: standard competition ties, exact values, the A/B/C groups of <see cref="GroupScheme.Ministry"/>.</summary>
    public static RankingOptions Default { get; } = new();

    /// <summary>Gets how ties share ranks; <see cref="TiePolicy.Standard"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a <see cref="TiePolicy"/>.</exception>
    public TiePolicy Ties
    {
        get;
        // Checked here, once: an undefined policy was silently ranked as Standard.
        init => field = Enum.IsDefined(value) ? value
            : throw new ArgumentProblem(nameof(Ties), Invariant.Format($"{(int)value} is not a tie policy (Standard, Dense, Ordinal)"), value).ToException();
    }

    /// <summary>Gets the decimals values are rounded to (half away from zero) before ranking and grouping, or
    /// <see langword="null"/> (the default) to rank and group exact values, as the Ministry does.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 28, the decimals a <see cref="decimal"/> holds.</exception>
    public int? Decimals
    {
        get;
        // Checked here rather than by decimal.Round deep inside a ranking, which named its own parameter.
        init => field = value is null or (>= 0 and <= 28) ? value
            : throw new ArgumentProblem(nameof(Decimals), Invariant.Format($"{value} decimals: rounding takes 0 to 28"), value).ToException();
    }

    /// <summary>Gets the group thresholds, or <see langword="null"/> for no groups;
    /// <see cref="GroupScheme.Ministry"/> by default.</summary>
    public GroupScheme? Groups { get; init; } = GroupScheme.Ministry;

    /// <summary>Rounds a value as <see cref="Decimals"/> says (half away from zero), or leaves it exact.</summary>
    internal decimal Round(decimal value) => Decimals is { } decimals ? PublishedRounding.Round(value, decimals) : value;
}
