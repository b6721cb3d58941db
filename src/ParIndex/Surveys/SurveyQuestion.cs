namespace ParIndex.Surveys;

/// <summary>
/// A question of a survey instrument (câu hỏi): in SIPAS each criterion (tiêu chí) is asked as one statement
/// (nhận định) that the respondent rates, so a question carries the criterion's code and wording.
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed class SurveyQuestion : IEquatable<SurveyQuestion>
{
    /// <summary>Creates a question.</summary>
    /// <param name="code">The code, unique in its instrument, e.g. "TT5".</param>
    /// <param name="name">The Vietnamese wording (stored in NFC).</param>
    /// <param name="scale">The answer scale.</param>
    /// <param name="status">How far the sources bear the question out.</param>
    /// <param name="sources">Citations of the sources, copied; may be empty for a reconstruction.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> or <paramref name="sources"/> is null.</exception>
    internal SurveyQuestion(string code, string name, AnswerScale scale, SourceStatus status = SourceStatus.Confirmed, IEnumerable<string>? sources = null)
    {
        Code = Text.Key(Preconditions.CheckNotBlank(code, nameof(code)));
        Name = Text.Nfc(Preconditions.CheckNotBlank(name, nameof(name)));
        Scale = Preconditions.CheckNotNull(scale, nameof(scale));
        Status = status;
        Sources = [.. sources ?? []];
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the Vietnamese wording.</summary>
    public string Name { get; }

    /// <summary>Gets an English rendering, or <see langword="null"/>.</summary>
    public string? EnglishName { get; internal init; }

    /// <summary>Gets the answer scale.</summary>
    public AnswerScale Scale { get; }

    /// <summary>Gets how far the sources bear the question out.</summary>
    internal SourceStatus Status { get; }

    /// <summary>Gets the citations of the sources.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Formats as "TT5 Thời hạn giải quyết … (satisfaction5)".</summary>
    /// <returns>Code, wording and scale.</returns>
    public override string ToString() => Code + " " + Name + " (" + Scale + ")";

    // Written by hand, not a record: the sources compare as sequences, which a record compares by reference.
    /// <summary>Compares code, wording, scale, status and sources.</summary>
    /// <param name="other">The question to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(SurveyQuestion? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal)
        && Scale.Equals(other.Scale)
        && Status == other.Status
        && Sources.AsSpan().SequenceEqual(other.Sources.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SurveyQuestion);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Name, Scale);
}
