using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ParIndex.Rules;

namespace ParIndex.Surveys;

/// <summary>
/// The answer scale of a survey question (thang đo): the 5-level satisfaction scale, a 3-level scale, yes/no, or a
/// single choice among a few options. Answers are codes 1 to <see cref="MaxCode"/>; on every scale
/// <see cref="NoAnswerCode"/> means the question was left blank and <see cref="DontKnowCode"/> means "don't know / not
/// applicable" (không biết / không áp dụng). Any other code is out of the scale.
/// </summary>
/// <remarks>Immutable; equality by name and number of codes.</remarks>
public sealed class AnswerScale : IEquatable<AnswerScale>
{
    /// <summary>The code of a question left blank (0).</summary>
    public const byte NoAnswerCode = 0;

    /// <summary>The code of "don't know / not applicable" (9), on every scale.</summary>
    public const byte DontKnowCode = 9;

    /// <summary>The code a reader gives an answer it could not read (255), after reporting the text as written
    /// (<see cref="SurveyTally.Report"/>): out of every scale, counted as invalid or rejecting the row as
    /// <see cref="SipasOptions.BadRows"/> says, without a message of the tally's own.</summary>
    public const byte UnreadableCode = byte.MaxValue;

    /// <summary>The largest number of codes a scale may have (8), so that <see cref="DontKnowCode"/> stays apart.</summary>
    public const int MaxCodes = 8;

    private AnswerScale(string name, int maxCode, ImmutableArray<string> labels)
    {
        Name = name;
        MaxCode = maxCode;
        Labels = labels;
    }

    /// <summary>Gets the 5-level satisfaction scale: 1 Rất không hài lòng (very dissatisfied), 2 Không hài lòng,
    /// 3 Bình thường, 4 Hài lòng, 5 Rất hài lòng (very satisfied) — the coding of the 2640-style forms (S43).</summary>
    public static AnswerScale Satisfaction5 { get; } = new("satisfaction5", 5,
        ["Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"]);

    /// <summary>Gets an ordered 3-level scale (1 lowest … 3 highest), such as interest in a policy ("không quan tâm",
    /// "quan tâm một chút", "rất quan tâm"); its labels depend on the question.</summary>
    public static AnswerScale ThreeLevel { get; } = new("threeLevel", 3, []);

    /// <summary>Gets the yes/no scale: 1 Có (yes), 2 Không (no).</summary>
    public static AnswerScale YesNo { get; } = new("yesNo", 2, ["Có", "Không"]);

    /// <summary>Gets the name: "satisfaction5", "threeLevel", "yesNo" or "choice:N".</summary>
    public string Name { get; }

    /// <summary>Gets the largest valid code; the valid codes are 1 to this.</summary>
    public int MaxCode { get; }

    /// <summary>Gets the labels of codes 1 to <see cref="MaxCode"/> when the scale fixes them; otherwise empty.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Gets whether this is the 5-level satisfaction scale, the one satisfaction indices are computed from.</summary>
    public bool IsSatisfaction => ReferenceEquals(this, Satisfaction5);

    /// <summary>Gets a single-choice scale with unordered options (a channel, a form of submission).</summary>
    /// <param name="options">The number of options, 2 to <see cref="MaxCodes"/>.</param>
    /// <returns>The scale "choice:N".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> is outside [2, 8].</exception>
    public static AnswerScale Choice(int options)
    {
        Preconditions.CheckArgumentRange(nameof(options), options, 2, MaxCodes);
        return new AnswerScale(Invariant.Format($"choice:{options}"), options, []);
    }

    /// <summary>Finds a scale by its <see cref="Name"/>.</summary>
    /// <param name="name">"satisfaction5", "threeLevel", "yesNo" or "choice:N".</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No scale has that name.</exception>
    public static AnswerScale Parse(string name) =>
        Find(Preconditions.CheckNotNull(name, nameof(name))) ?? throw new ArgumentProblem(nameof(name), Invariant.Format($"Unknown answer scale '{name}'.")).ToException();

    /// <summary>The names <see cref="Find"/> knows, as a reader lists them beside an unknown one.</summary>
    internal static readonly string[] Names = ["satisfaction5", "threeLevel", "yesNo", Invariant.Format($"choice:N (N from 2 to {MaxCodes})")];

    /// <summary>Finds a scale by its <see cref="Name"/>, or <see langword="null"/>: for a reader that reports an unknown
    /// name among its problems.</summary>
    internal static AnswerScale? Find(string name) => name switch
    {
        "satisfaction5" => Satisfaction5,
        "threeLevel" => ThreeLevel,
        "yesNo" => YesNo,
        _ when name.StartsWith("choice:", StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(7), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n is >= 2 and <= MaxCodes => Choice(n),
        _ => null,
    };

    /// <summary>Tells whether a code is one of the scale's answers (1 to <see cref="MaxCode"/>).</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for 1 to <see cref="MaxCode"/>.</returns>
    public bool IsAnswer(int code) => code >= 1 && code <= MaxCode;

    /// <summary>Reads an answer code as written in a file: "4"; "4.0" (a whole number written as a decimal, as
    /// statistics packages write a column with blanks); and a blank — an empty cell, "NA", "N/A", "-" — as
    /// <see cref="NoAnswerCode"/>. Whether the code is on a question's scale is checked when the answer is counted.</summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="code">The code read, or 0.</param>
    /// <param name="error">Why the text is not a code, quoting it as written; <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when the text is a code or a blank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParseCode(string text, out byte code, [NotNullWhen(false)] out string? error)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        code = NoAnswerCode;
        error = null;
        if (ValueWords.IsBlank(text))
        {
            return true;
        }
        var t = text.Trim();
        if (byte.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out code) && code < byte.MaxValue)
        {
            return true;
        }
        if (decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number >= 0m && number < byte.MaxValue)
        {
            if (number == decimal.Truncate(number))
            {
                code = (byte)number;
                return true;
            }
            error = $"'{text}' is not a whole answer code";
            return false;
        }
        error = $"'{text}' is not an answer code (write an empty cell or 0 for a blank)";
        return false;
    }

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Compares name and number of codes.</summary>
    /// <param name="other">The scale to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    // Written by hand, not a record: a scale is known by its name and size; its labels do not take part.
    public bool Equals(AnswerScale? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && MaxCode == other.MaxCode;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AnswerScale);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, MaxCode);
}
