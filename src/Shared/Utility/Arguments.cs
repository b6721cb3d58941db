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
        => argument ?? throw Kept(new ArgumentNullException(paramName), "Value cannot be null.");

    /// <summary>A bad argument, in <paramref name="words"/>.</summary>
    internal static ArgumentException Invalid(string paramName, string words, Exception? inner = null) =>
        Kept(new ArgumentException(words, paramName, inner), words);

    private static TException Kept<TException>(TException exception, string words)
        where TException : Exception
    {
        exception.Data[ArgumentText.DataKey] = words;
        return exception;
    }
}
