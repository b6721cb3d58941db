using System;

namespace ParIndex.Cli.Output;

/// <summary>How the tool shows published-style figures.</summary>
internal static class Figures
{
    /// <summary>An index or percentage as published: two decimals, half away from zero, always written with two
    /// places (50.00, not 50.0).</summary>
    public static decimal Index(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.00m;

    /// <summary><see cref="Index(decimal)"/> of a value that may be missing.</summary>
    public static decimal? Index(decimal? value) => value is { } v ? Index(v) : null;
}
