namespace ParIndex;

/// <summary>A file of input (indicators, assessment records, survey answers, published results, reported values)
/// cannot be read: thrown by <see cref="ReadResult{T}.GetValueOrThrow"/> with every problem and its place.</summary>
internal sealed class InvalidInputException : DiagnosticException
{
    internal InvalidInputException(string? source, IEnumerable<Diagnostic> diagnostics)
        : base(source is null ? "The input cannot be read" : "The input cannot be read: " + source, diagnostics)
    {
    }
}
