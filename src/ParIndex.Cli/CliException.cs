using ParIndex.Utility;

namespace ParIndex.Cli;

/// <summary>A user's mistake the tool reports without a stack trace: a bad option value, a file it cannot read, a
/// name it does not know. <see cref="Where"/> names the file and line, or the option, when known.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, string? where = null, Exception? inner = null, IEnumerable<Diagnostic>? diagnostics = null)
        : base(message, inner)
    {
        Where = where;
        Diagnostics = diagnostics is null ? [] : [.. diagnostics];
    }

    public CliException()
    {
    }

    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Gets where the problem is, e.g. "scores.csv:12:3" or "--year".</summary>
    public string? Where { get; }

    /// <summary>Gets the library's diagnostics behind the problem (criterion code, JSON path, line), if any.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; } = [];

    /// <summary>A library argument error's own words (<see cref="ArgumentText"/>), without the runtime's " (Parameter 'x')"
    /// and "Actual value" lines: the tool names the option itself. Another library's error is said whole.</summary>
    public static string Said(ArgumentException e) => ArgumentText.Of(e) ?? e.Message;

    /// <summary>"The pipeline is invalid (2 problems)": a library error's headline and count, the diagnostics being listed
    /// one a line after it.</summary>
    public static string Headline(DiagnosticException e) => e.Headline + " (" + Problems(e.Diagnostics.Length) + ")";

    /// <summary>"1 problem", "3 problems": the count of a headline, as the library's summaries write it.</summary>
    public static string Problems(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture) + (count == 1 ? " problem" : " problems");
}
