namespace ParIndex;

/// <summary>The words of an argument error a ParIndex package throws, as the package wrote them: without the
/// " (Parameter 'x')" and "Actual value was …" lines that .NET adds to <see cref="Exception.Message"/>. For a caller that
/// names the argument in its own terms, as the command-line tool names the option typed, instead of cutting the
/// message.</summary>
/// <remarks>The packages' argument checks keep an error's words in <see cref="Exception.Data"/> under
/// <see cref="DataKey"/> (a null argument's are "Value cannot be null."); which argument it is stays in
/// <see cref="ArgumentException.ParamName"/>. An exception without them (another library's, or a ranking's refusal of
/// repeated unit codes or of mixed assessment years) gives <see langword="null"/>: show its message whole.
/// Thread-safe.</remarks>
public static class ArgumentText
{
    /// <summary>The key under which an argument error keeps its words in <see cref="Exception.Data"/>.</summary>
    public const string DataKey = "ParIndex.ArgumentText";

    /// <summary>Gets the words of an argument error a ParIndex package threw.</summary>
    /// <param name="exception">The argument error.</param>
    /// <returns>The words as written, or <see langword="null"/> when the exception does not carry them (another library
    /// threw it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string? Of(ArgumentException exception) => Preconditions.CheckNotNull(exception, nameof(exception)).Data[DataKey] as string;
}
