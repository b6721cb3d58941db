using System.Globalization;

namespace ParIndex.Utility;

/// <summary>An argument a model refuses, as a value: the public factory throws it (<see cref="ToException"/>), a reader
/// reports it as a diagnostic (<see cref="ToString"/>), so a check and its words exist once and nobody reads an
/// exception's message back.</summary>
internal sealed record ArgumentProblem(string ParamName, string Message, object? ActualValue = null)
{
    internal const string BlankMessage = "Value must not be empty or white space.";

    internal const string NullElementMessage = "The sequence must not contain null elements.";

    internal static ArgumentProblem? Range<T>(string paramName, T value, T minInclusive, T maxInclusive)
        where T : IComparable<T> =>
        value.CompareTo(minInclusive) < 0 || value.CompareTo(maxInclusive) > 0
            ? new(paramName, string.Create(CultureInfo.InvariantCulture, $"Value should be in range [{minInclusive}-{maxInclusive}]"), value)
            : null;

    internal static ArgumentProblem? Blank(string paramName, string value) =>
        string.IsNullOrWhiteSpace(value) ? new(paramName, BlankMessage) : null;

    internal static ArgumentProblem? Unless(bool holds, string paramName, string message, object? actualValue = null) =>
        holds ? null : new(paramName, message, actualValue);

    /// <summary>Throws the problem, if there is one.</summary>
    internal static void ThrowIf(ArgumentProblem? problem)
    {
        if (problem is not null)
        {
            throw problem.ToException();
        }
    }

    /// <summary>The standard exception: out of range when there is an actual value, otherwise a bad argument; its words
    /// kept apart from the lines .NET adds to its message (<see cref="ArgumentText"/>).</summary>
    internal ArgumentException ToException() =>
        ArgumentText.Keep(ActualValue is null ? new ArgumentException(Message, ParamName) : new ArgumentOutOfRangeException(ParamName, ActualValue, Message), Message);

    /// <summary>The standard exception for a null argument, its words kept as <see cref="ToException"/> keeps them.</summary>
    internal static ArgumentNullException NullException(string paramName) =>
        ArgumentText.Keep(new ArgumentNullException(paramName), ArgumentText.NullWords);

    /// <summary>"threshold: Value should be in range [0-100], got 120".</summary>
    public override string ToString() =>
        ParamName + ": " + Message + (ActualValue is null ? string.Empty : ", got " + Convert.ToString(ActualValue, CultureInfo.InvariantCulture));
}
