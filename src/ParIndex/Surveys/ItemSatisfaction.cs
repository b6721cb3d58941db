namespace ParIndex.Surveys;

/// <summary>
/// The answers to one question for one province (or the nation): the count of each code, the satisfied and valid
/// counts under the options, and — for a question on the 5-level satisfaction scale — the share satisfied (tỷ lệ hài lòng).
/// </summary>
/// <remarks>Counts are of answers, unweighted, whatever the weighting of the figure. Immutable.</remarks>
internal sealed class ItemSatisfaction
{
    /// <summary>Gets the question.</summary>
    public required SurveyQuestion Question { get; init; }

    /// <summary>Gets the share satisfied (default: answers 4–5 over valid answers 1–5) with its interval, or
    /// <see langword="null"/> when the question is not on the satisfaction scale or has no valid answer.</summary>
    public SurveyFigure? Figure { get; init; }

    /// <summary>Gets the number of valid answers (the share's denominator; for other scales, answers 1 to the largest code).</summary>
    public long Valid { get; init; }

    /// <summary>Gets the number of satisfied answers (0 for questions not on the satisfaction scale).</summary>
    public long Satisfied { get; init; }

    /// <summary>Gets the count of each code 0 to 9, then of the answers out of the scale.</summary>
    public required ImmutableArray<long> Counts { get; init; }

    /// <summary>Gets the number of answers "don't know / not applicable" (code 9).</summary>
    public long DontKnow => Counts[AnswerScale.DontKnowCode];

    /// <summary>Gets the number of blanks (code 0).</summary>
    public long NoAnswer => Counts[AnswerScale.NoAnswerCode];

    /// <summary>Gets the number of answers out of the scale that were counted as invalid (<see cref="BadRowPolicy.CountAsInvalid"/>).</summary>
    public long Invalid => Counts[^1];

    /// <summary>Gets the number of answers with a code.</summary>
    /// <param name="code">A code, 0 to 9.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside [0, 9].</exception>
    public long CountOf(int code)
    {
        Utility.Preconditions.CheckArgumentRange(nameof(code), code, 0, AnswerScale.DontKnowCode);
        return Counts[code];
    }

    /// <summary>Formats as "TT5: 83.02% [...]" or "ND_e: 1,234 valid".</summary>
    /// <returns>Code and figure.</returns>
    public override string ToString() => Question.Code + ": " + (Figure?.ToString() ?? Utility.Invariant.Format($"{Valid:N0} valid"));
}
