namespace ParIndex.Scoring;

/// <summary>A unit's reported indicators cannot be scored: values out of range, missing or unknown codes, values of
/// the wrong kind, a year the methodology does not cover. Carries every problem, each naming the unit and the code.</summary>
internal sealed class InvalidIndicatorsException : DiagnosticException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public InvalidIndicatorsException(IEnumerable<Diagnostic> diagnostics)
        : base("The reported indicators cannot be scored", diagnostics)
    {
    }
}
