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

    /// <summary>Points or a gap shown as they are, without trailing zeros (88, 8.5), as a scorecard's points are: the
    /// scale of the text they were read from ("88.0" from "8,5" + "79,50") does not reach the output.</summary>
    public static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary><see cref="Plain(decimal)"/> of a value that may be missing.</summary>
    public static decimal? Plain(decimal? value) => value is { } v ? Plain(v) : null;
}
