namespace ParIndex.Composites;

/// <summary>A composite indicator's input (unit data, metadata) or pipeline is invalid, or a step cannot be computed;
/// every problem found is in <see cref="DiagnosticException.Diagnostics"/>, each naming its place: the CSV line and
/// column or the JSON path, the unit code (<see cref="Diagnostic.UnitCode"/>) and the indicator or aggregate code
/// (<see cref="Diagnostic.ItemCode"/>, an <see cref="DiagnosticItem.Element"/>).</summary>
internal sealed class InvalidCompositeException : DiagnosticException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="headline">What could not be done.</param>
    /// <param name="diagnostics">Every problem; at least one.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public InvalidCompositeException(string headline, IEnumerable<Diagnostic> diagnostics)
        : base(headline, diagnostics?.Select(d => d.ItemCode is null ? d : d with { Item = DiagnosticItem.Element })!)
    {
    }
}
