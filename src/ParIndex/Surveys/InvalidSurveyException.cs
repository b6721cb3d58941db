namespace ParIndex.Surveys;

/// <summary>
/// Thrown when a survey instrument breaks the model's rules (repeated codes), when survey input cannot be read at all
/// (malformed JSON or CSV header), or when survey results cannot be linked to a methodology; lists every problem found.
/// </summary>
/// <remarks>Bad rows of otherwise readable input do not throw: they are reported in <see cref="SipasResult.Problems"/>.</remarks>
internal sealed class InvalidSurveyException : DiagnosticException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public InvalidSurveyException(IEnumerable<Diagnostic> diagnostics)
        : base("The survey input is invalid", diagnostics)
    {
    }
}
