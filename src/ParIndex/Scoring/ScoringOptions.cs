namespace ParIndex.Scoring;

/// <summary>Options of a <see cref="Scorer"/>.</summary>
/// <remarks>Immutable; set with an object initialiser.</remarks>
public sealed class ScoringOptions
{
    /// <summary>Gets the default options: a missing indicator is an error.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>Gets what to do with a leaf for which nothing was reported; <see cref="MissingIndicatorPolicy.Error"/> by default.</summary>
    public MissingIndicatorPolicy MissingIndicators { get; init; }
}
