using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ParIndex.Utility;

namespace ParIndex;

/// <summary>The base of the exceptions that report bad input as a list of <see cref="Diagnostic"/>s, all problems at
/// once: catch it to handle any of them alike.</summary>
public abstract class DiagnosticException : Exception
{
    /// <summary>Initialises the exception; the message is the headline followed by every diagnostic on its own line.</summary>
    /// <param name="headline">What could not be done, e.g. "The methodology is invalid".</param>
    /// <param name="diagnostics">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    private protected DiagnosticException(string headline, IEnumerable<Diagnostic> diagnostics)
        : this(headline, [.. Preconditions.CheckNotNull(diagnostics, nameof(diagnostics))])
    {
    }

    private DiagnosticException(string headline, ImmutableArray<Diagnostic> diagnostics)
        : base(DiagnosticText.Summarise(headline, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
