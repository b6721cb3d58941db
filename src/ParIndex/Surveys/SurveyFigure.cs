using System.Text;
using ParIndex.Scoring;

namespace ParIndex.Surveys;

/// <summary>
/// A published kind of survey figure: a satisfaction percentage (tỷ lệ hài lòng) with its confidence interval, the
/// number of valid answers behind it, and a flag when that number is below the minimum the options ask for.
/// </summary>
/// <remarks>
/// Values are percentages in [0, 100], computed in double precision and converted to <see cref="decimal"/> (10 decimal
/// places) here, at the boundary; round them for publication (two decimals) when ranking or printing. Immutable; equality
/// by value (two figures are equal when value, interval, method, answers and the minimum flag are).
/// </remarks>
public sealed record SurveyFigure
{
    internal SurveyFigure(double value, double? lower, double? upper, IntervalMethod method, long answers, bool belowMinimum, double? effectiveAnswers = null)
    {
        Value = ToPercent(value);
        Lower = lower is { } l ? Math.Min(Value, ToPercent(l)) : null;
        Upper = upper is { } u ? Math.Max(Value, ToPercent(u)) : null;
        Method = method;
        Answers = answers;
        IsBelowMinimum = belowMinimum;
        EffectiveAnswers = effectiveAnswers;
    }

    /// <summary>Gets the percentage, in [0, 100].</summary>
    public decimal Value { get; }

    /// <summary>Gets the lower bound of the confidence interval, or <see langword="null"/> when none was computed.</summary>
    public decimal? Lower { get; }

    /// <summary>Gets the upper bound of the confidence interval, or <see langword="null"/> when none was computed.</summary>
    public decimal? Upper { get; }

    /// <summary>Gets how the interval was computed.</summary>
    public IntervalMethod Method { get; }

    /// <summary>Gets the number of valid answers behind the figure (for a combined figure, over all its questions).</summary>
    public long Answers { get; }

    /// <summary>Gets Kish's effective number of answers, (Σw)² ÷ Σw², that a Wilson interval of weighted answers was
    /// computed on (for a combined figure at 0 % or 100 %, the fewest of its questions'); <see langword="null"/> when the
    /// answers are unweighted or the interval is not Wilson's. Unequal weights make it less than <see cref="Answers"/>,
    /// and the interval wider than that many unweighted answers would give.</summary>
    public double? EffectiveAnswers { get; }

    /// <summary>Gets whether the figure rests on fewer valid answers than <see cref="SipasOptions.MinimumAnswers"/> (for a
    /// combined figure: whether any question behind it does). Such a figure should not be published as it is.</summary>
    public bool IsBelowMinimum { get; }

    /// <summary>Formats as "83.02% [81.9, 84.1] (Wilson, n = 1,234)" (two decimals, half away from zero), with the
    /// effective number of weighted answers when there is one ("n = 8, effective n = 7.2") and a warning when below the
    /// minimum.</summary>
    /// <returns>Value, interval, method and answers.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Invariant.Format($"{PublishedRounding.Index(Value):0.00}%"));
        if (Lower is { } lower && Upper is { } upper)
        {
            text.Append(Invariant.Format($" [{PublishedRounding.Index(lower):0.00}, {PublishedRounding.Index(upper):0.00}]"));
        }
        text.Append(Method switch
        {
            IntervalMethod.None => Invariant.Format($" (n = {Answers:N0})"),
            IntervalMethod.NotEstimable => Invariant.Format($" (no interval: every bootstrap replicate is equal, n = {Answers:N0})"),
            _ => Invariant.Format($" ({Method}, n = {Answers:N0}") + (EffectiveAnswers is { } effective ? Invariant.Format($", effective n = {effective:#,0.#})") : ")"),
        });
        return IsBelowMinimum ? text.Append(" below the minimum of answers").ToString() : text.ToString();
    }

    private static decimal ToPercent(double value) => (decimal)Math.Clamp(Math.Round(value, 10), 0.0, 100.0);
}
