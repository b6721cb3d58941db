using ParIndex.Scoring;

namespace ParIndex.Cli.Output;

/// <summary>How the tool shows published-style figures.</summary>
internal static class Figures
{
    /// <summary>An index or percentage as published (<see cref="PublishedRounding.Index"/>), always written with two
    /// places (50.00, not 50).</summary>
    public static decimal Index(decimal value) => PublishedRounding.Index(value) + 0.00m;

    /// <summary><see cref="Index(decimal)"/> of a value that may be missing.</summary>
    public static decimal? Index(decimal? value) => value is { } v ? Index(v) : null;
}
