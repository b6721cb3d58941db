using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ParIndex.Utility;

namespace ParIndex.Methodologies;

/// <summary>A methodology could not be built: the tree or its rules break the model's rules. Carries every problem
/// found, each naming the criterion code concerned.</summary>
public sealed class InvalidMethodologyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public InvalidMethodologyException(IEnumerable<Diagnostic> diagnostics)
        : this([.. Preconditions.CheckNotNull(diagnostics, nameof(diagnostics))])
    {
    }

    private InvalidMethodologyException(ImmutableArray<Diagnostic> diagnostics)
        : base(DiagnosticText.Summarise("The methodology is invalid", diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every problem found, in tree order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
