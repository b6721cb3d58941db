namespace ParIndex.Utility;

/// <summary>The words of an argument error the ParIndex packages throw, as the package wrote them: without the
/// " (Parameter 'x')" and "Actual value was …" lines that .NET adds to <see cref="Exception.Message"/>. The packages'
/// argument checks keep them (<see cref="Keep"/>); a caller that names the argument in its own terms, as the command-line
/// tool names the option typed, reads them back (<see cref="Of"/>) instead of cutting the message.</summary>
/// <remarks>Compiled into the core, ParIndex.Csv, ParIndex.Excel and the tool (linked source): the packages write the
/// words under one key and the tool reads them, and none can reach another's internals. Which argument it is stays in
/// <see cref="ArgumentException.ParamName"/>. An exception without the words (another library's) gives
/// <see langword="null"/>: show its message whole. Thread-safe.</remarks>
internal static class ArgumentText
{
    /// <summary>The key under which an argument error keeps its words in <see cref="Exception.Data"/>.</summary>
    internal const string DataKey = "ParIndex.ArgumentText";

    /// <summary>The words of .NET's own <see cref="ArgumentNullException"/> message, which is kept as it is.</summary>
    internal const string NullWords = "Value cannot be null.";

    /// <summary>Keeps <paramref name="words"/> with the exception, for <see cref="Of"/>.</summary>
    internal static TException Keep<TException>(TException exception, string words)
        where TException : Exception
    {
        exception.Data[DataKey] = words;
        return exception;
    }

    /// <summary>Gets the words of an argument error a ParIndex package threw.</summary>
    /// <param name="exception">The argument error.</param>
    /// <returns>The words as written, or <see langword="null"/> when the exception does not carry them (another library
    /// threw it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    internal static string? Of(ArgumentException exception) =>
        (exception ?? throw Keep(new ArgumentNullException(nameof(exception)), NullWords)).Data[DataKey] as string;
}
