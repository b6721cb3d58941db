using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ParIndex.Utility;

/// <summary>The argument checks of the packages beside the core (ParIndex.Csv, ParIndex.Excel), which cannot reach its
/// internal helper: each exception keeps its words for <see cref="ArgumentText"/>, as the core's do, so that a caller
/// (the tool) can say them without the " (Parameter 'x')" line .NET adds.</summary>
internal static class Arguments
{
    /// <summary>Returns the argument, or throws <see cref="ArgumentNullException"/> naming it.</summary>
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string paramName = "")
        where T : class
        => argument ?? throw ArgumentText.Keep(new ArgumentNullException(paramName), ArgumentText.NullWords);

    /// <summary>Returns a stream that can be read, or throws <see cref="ArgumentException"/> naming it: a closed stream
    /// failed later with the runtime's ObjectDisposedException, or was taken for a damaged file.</summary>
    internal static Stream CheckReadable([NotNull] Stream? stream, [CallerArgumentExpression(nameof(stream))] string paramName = "") =>
        CheckNotNull(stream, paramName).CanRead ? stream
            : throw Invalid(paramName, "the stream cannot be read: it is closed, or open for writing only");

    /// <summary>A bad argument, in <paramref name="words"/>.</summary>
    internal static ArgumentException Invalid(string paramName, string words, Exception? inner = null) =>
        ArgumentText.Keep(new ArgumentException(words, paramName, inner), words);
}
