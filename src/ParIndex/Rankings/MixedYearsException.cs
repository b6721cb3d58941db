using ParIndex.Scoring;

namespace ParIndex.Rankings;

/// <summary>Scorecards of more than one assessment year (năm đánh giá) were given to one ranking: a rank means something
/// only among results of the same year, so such a ranking is refused rather than pooled. Rank each year on its own
/// (group the scorecards by <see cref="Scorecard.Year"/>).</summary>
internal sealed class MixedYearsException : ArgumentException
{
    private MixedYearsException(ImmutableArray<int> years, string paramName)
        : base(Words(years), paramName)
    {
        Years = years;
        ArgumentText.Keep(this, Words(years)); // the words without the parameter line .NET adds, as every argument error keeps them
    }

    /// <summary>Gets the assessment years found, in increasing order (at least two).</summary>
    public ImmutableArray<int> Years { get; }

    private static string Words(ImmutableArray<int> years) =>
        "Scorecards of the assessment years " + string.Join(", ", years) + " cannot be ranked together; rank one year at a time.";

    /// <summary>Throws when the scorecards hold more than one assessment year.</summary>
    internal static void ThrowIfMixed(IReadOnlyList<Scorecard> scorecards, string paramName)
    {
        for (var i = 1; i < scorecards.Count; i++)
        {
            if (scorecards[i].Year != scorecards[0].Year)
            {
                throw new MixedYearsException([.. scorecards.Select(s => s.Year).Distinct().Order()], paramName);
            }
        }
    }
}
