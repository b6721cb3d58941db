using System.Diagnostics.CodeAnalysis;

namespace ParIndex.Utility;

/// <summary>Argument checks that throw the standard exceptions with invariant-culture messages, each keeping its words
/// for <see cref="ArgumentText"/> (through <see cref="ArgumentProblem"/>).</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class
        => argument ?? throw ArgumentProblem.NullException(paramName);

    internal static string CheckNotBlank(string? argument, string paramName)
    {
        var text = CheckNotNull(argument, paramName);
        ArgumentProblem.ThrowIf(ArgumentProblem.Blank(paramName, text));
        return text;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentProblem(paramName, message).ToException();
        }
    }

    internal static void CheckArgumentRange<T>(string paramName, T value, T minInclusive, T maxInclusive)
        where T : IComparable<T>
        => ArgumentProblem.ThrowIf(ArgumentProblem.Range(paramName, value, minInclusive, maxInclusive));

    // An array or a span is checked in place: through IEnumerable its enumerator is allocated (32 B per call).
    internal static void CheckNoNulls<T>(ReadOnlySpan<T> items, string paramName)
        where T : class
    {
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentProblem(paramName, ArgumentProblem.NullElementMessage).ToException();
            }
        }
    }

    internal static void CheckNoNulls<T>(IEnumerable<T> items, string paramName)
        where T : class
    {
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentProblem(paramName, ArgumentProblem.NullElementMessage).ToException();
            }
        }
    }
}
