namespace ParIndex;

/// <summary>Bad input (dữ liệu đầu vào không hợp lệ) reported as a list of <see cref="Diagnostic"/>s, all problems at
/// once: the one exception type the library throws for a methodology, indicators, a plan, survey answers, a composite
/// indicator's data or pipeline, a provincial name or a file that cannot be used.</summary>
/// <remarks>What went wrong is in each diagnostic's <see cref="Diagnostic.Kind"/> and place (file line and column or
/// JSON path, unit code, criterion or target code); the message is a headline saying what could not be done followed
/// by every diagnostic on its own line. Like NodaTime's few exception types, one type with kinds replaces one type per
/// stage.</remarks>
public class DiagnosticException : Exception
{
    /// <summary>Initialises the exception; the message is the headline followed by every diagnostic on its own line.</summary>
    /// <param name="headline">What could not be done, e.g. "The methodology is invalid".</param>
    /// <param name="diagnostics">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public DiagnosticException(string headline, IEnumerable<Diagnostic> diagnostics)
        : this(headline, [.. Preconditions.CheckNotNull(diagnostics, nameof(diagnostics))])
    {
    }

    private DiagnosticException(string headline, ImmutableArray<Diagnostic> diagnostics)
        : base(DiagnosticText.Summarise(headline, diagnostics))
    {
        Headline = headline;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets what could not be done, e.g. "The methodology is invalid": the message's first line without the
    /// count of problems, for a caller that lists the diagnostics its own way.</summary>
    public string Headline { get; }

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
