namespace ParIndex.Methodologies;

/// <summary>A methodology could not be built: the tree or its rules break the model's rules. Carries every problem
/// found, each naming the criterion code concerned.</summary>
internal sealed class InvalidMethodologyException : DiagnosticException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public InvalidMethodologyException(IEnumerable<Diagnostic> diagnostics)
        : base("The methodology is invalid", diagnostics)
    {
    }
}
