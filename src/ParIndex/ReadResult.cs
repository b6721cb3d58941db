namespace ParIndex;

/// <summary>What a reader of a file made of it: the model read, and every problem found, each with its place
/// (<see cref="Diagnostic.File"/>, line and column, or JSON path).</summary>
/// <typeparam name="T">The model read, e.g. <c>ImmutableArray&lt;ReportedIndicators&gt;</c>.</typeparam>
/// <remarks>
/// Reading is a value, not an exception hunt: a reader returns this whatever the file holds, and
/// <see cref="GetValueOrThrow"/> throws at the edge of the caller's code. When there are problems,
/// <see cref="Value"/> holds what could be read without them (rows with problems are left out), for a caller who wants
/// to go on. Immutable and thread-safe when <typeparamref name="T"/> is.
/// </remarks>
public sealed class ReadResult<T>
{
    /// <summary>Creates a result.</summary>
    /// <param name="value">What was read.</param>
    /// <param name="diagnostics">The problems found; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public ReadResult(T value, IEnumerable<Diagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = [.. Preconditions.CheckNotNull(diagnostics, nameof(diagnostics))];
    }

    /// <summary>Gets what was read; without the rows that had problems, when there were any.</summary>
    public T Value { get; }

    /// <summary>Gets every problem found, in the order of the input.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether the input was read without any problem.</summary>
    public bool IsValid => Diagnostics.IsEmpty;

    /// <summary>Gets the value, or throws when there were problems.</summary>
    /// <returns><see cref="Value"/>.</returns>
    /// <exception cref="DiagnosticException">There were problems; the exception lists them all.</exception>
    public T GetValueOrThrow() => IsValid ? Value : throw new InvalidInputException(Sources(), Diagnostics);

    /// <summary>Formats the result as the number of problems, then one problem a line.</summary>
    /// <returns>"read without problems", or the problems.</returns>
    public override string ToString() => IsValid ? "read without problems" : DiagnosticText.Summarise("The input cannot be read", Diagnostics);

    private string? Sources()
    {
        var sources = Diagnostics.Select(d => d.File).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return sources.Length == 0 ? null : string.Join(", ", sources);
    }
}
