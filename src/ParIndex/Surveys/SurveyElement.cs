namespace ParIndex.Surveys;

/// <summary>
/// An element of a survey instrument (yếu tố), such as access to the service or administrative procedures, or a set
/// of policy statements; it holds the questions whose answers make its index.
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed class SurveyElement : IEquatable<SurveyElement>
{
    /// <summary>Creates an element.</summary>
    /// <param name="code">The code, unique in its instrument, e.g. "TT".</param>
    /// <param name="name">The Vietnamese name (stored in NFC).</param>
    /// <param name="part">The part of the questionnaire.</param>
    /// <param name="questions">The questions, in order; copied. Empty when the wording was not found.</param>
    /// <param name="status">How far the sources bear the element out.</param>
    /// <param name="sources">Citations of the sources, copied.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="name"/> is null or blank, or
    /// <paramref name="questions"/> contains null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="questions"/> is null.</exception>
    internal SurveyElement(string code, string name, SurveyPart part, IEnumerable<SurveyQuestion> questions, SourceStatus status = SourceStatus.Confirmed, IEnumerable<string>? sources = null)
    {
        Code = Preconditions.CheckNotBlank(code, nameof(code));
        Name = Text.Nfc(Preconditions.CheckNotBlank(name, nameof(name)));
        Part = part;
        Questions = [.. Preconditions.CheckNotNull(questions, nameof(questions))];
        Preconditions.CheckNoNulls(Questions, nameof(questions));
        Status = status;
        Sources = [.. sources ?? []];
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the Vietnamese name.</summary>
    public string Name { get; }

    /// <summary>Gets an English rendering, or <see langword="null"/>.</summary>
    public string? EnglishName { get; internal init; }

    /// <summary>Gets the part of the questionnaire.</summary>
    internal SurveyPart Part { get; }

    /// <summary>Gets the questions, in order.</summary>
    public ImmutableArray<SurveyQuestion> Questions { get; }

    /// <summary>Gets how far the sources bear the element out.</summary>
    internal SourceStatus Status { get; }

    /// <summary>Gets the citations of the sources.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Formats as "TT Thủ tục hành chính (5 questions)".</summary>
    /// <returns>Code, name and number of questions.</returns>
    public override string ToString() => Invariant.Format($"{Code} {Name} ({Questions.Length} questions)");

    // Written by hand, not a record: the sources and questions compare as sequences, which a record compares by reference.
    /// <summary>Compares code, names, part, status, sources and questions.</summary>
    /// <param name="other">The element to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(SurveyElement? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal)
        && Part == other.Part
        && Status == other.Status
        && Sources.AsSpan().SequenceEqual(other.Sources.AsSpan())
        && Questions.SequenceEqual(other.Questions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SurveyElement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Name, Part, Questions.Length);
}
