namespace ParIndex.Targets;

/// <summary>A reform plan could not be built or read: its targets or its document break the model's rules. Carries
/// every problem found; <see cref="Diagnostic.ItemCode"/> names the target concerned (its item is a
/// <see cref="DiagnosticItem.Target"/>), and a plan read from JSON names the path, line and column.</summary>
internal sealed class InvalidPlanException : DiagnosticException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public InvalidPlanException(IEnumerable<Diagnostic> diagnostics)
        : base("The reform plan is invalid", diagnostics)
    {
    }
}
