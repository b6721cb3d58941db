using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ParIndex.Rules;

/// <summary>
/// A value a unit reports for one leaf criterion (số liệu tiêu chí): a percentage, a count, a ratio, a yes/no answer,
/// the answers to a list of conditions, a completion date, or "not applicable".
/// </summary>
/// <remarks>
/// The factories do not check ranges: a value is checked, with the criterion code it was reported for, when it is put
/// into <see cref="Scoring.ReportedIndicators"/>, so that an error can name the code. The <see langword="default"/> value has
/// kind <see cref="IndicatorKind.None"/> and is rejected there too. Immutable and thread-safe.
/// </remarks>
public readonly struct IndicatorValue : IEquatable<IndicatorValue>
{
    private readonly decimal _number;
    private readonly decimal _denominator;
    private readonly LocalDate? _date;
    private readonly ImmutableArray<bool> _conditions;
    private readonly bool _yes; // kept apart from _number: a decimal comparison on the hot path costs more than a field

    // Conditions: whether some condition is not met, found once with the value, so that all conditions are scored
    // without a loop whose exit the answers decide (a branch that missed for one leaf in two).
    private readonly bool _someUnmet;

    // _number as a band rule compares it (CompiledRule.Key: twice its units of 10⁻¹⁰, an integer), part of the value's
    // representation, made once with it: a band leaf then reads one field, where working the key out of the decimal's
    // parts on every score took about a fifth of the leaf's time. A completion's number is 0: its key is its date's
    // instead (CompiledRule.DateKey), which a timeliness leaf compares as one integer.
    private readonly long _key;

    private IndicatorValue(IndicatorKind kind, decimal number = 0m, decimal denominator = 0m, LocalDate? date = null, ImmutableArray<bool> conditions = default)
    {
        Kind = kind;
        _yes = kind == IndicatorKind.Flag && number == 1m;
        _number = number;
        _key = kind == IndicatorKind.Completion ? CompiledRule.DateKey(date) : CompiledRule.Key(new DecimalBits(in number));
        _denominator = denominator;
        _date = date;
        _conditions = conditions;
        _someUnmet = !conditions.IsDefault && conditions.Contains(false);
    }

    /// <summary>Gets the value for a leaf that does not apply to the unit (không áp dụng).</summary>
    public static IndicatorValue NotApplicable { get; } = new(IndicatorKind.NotApplicable);

    /// <summary>Gets the value for a task that was not done by the end of the assessment (không thực hiện).</summary>
    public static IndicatorValue NotCompleted { get; } = new(IndicatorKind.Completion);

    /// <summary>Gets the kind of the value.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>Gets the number: the points for <see cref="IndicatorKind.Points"/>, the percentage for <see cref="IndicatorKind.Percent"/>, the count for
    /// <see cref="IndicatorKind.Number"/>, the numerator for <see cref="IndicatorKind.Ratio"/>; 0 otherwise.</summary>
    public decimal Number => _number;

    /// <summary>Gets the denominator of a <see cref="IndicatorKind.Ratio"/>; 0 otherwise.</summary>
    public decimal Denominator => _denominator;

    /// <summary>Gets the answer of a <see cref="IndicatorKind.Flag"/>.</summary>
    public bool IsYes => _yes;

    /// <summary>Gets the completion date of a <see cref="IndicatorKind.Completion"/>, or <see langword="null"/> when the task was not done.</summary>
    public LocalDate? CompletedOn => _date;

    /// <summary>Gets the answers of a <see cref="IndicatorKind.Conditions"/> value, in the order of the rule's conditions; empty otherwise.</summary>
    public ImmutableArray<bool> ConditionsMet => _conditions.IsDefault ? ImmutableArray<bool>.Empty : _conditions;

    /// <summary><see cref="Number"/> as a band key (<see cref="CompiledRule.Key"/>).</summary>
    internal long NumberKey => Kind != IndicatorKind.Completion ? _key : 0;

    /// <summary><see cref="CompletedOn"/> as a key (<see cref="CompiledRule.DateKey"/>): not done for a value of another kind.</summary>
    internal long DateKey => Kind == IndicatorKind.Completion ? _key : CompiledRule.NotDoneKey;

    /// <summary>The parts of <see cref="Number"/>, read in place: the scorer reads them from the unit's array of values
    /// without copying the decimal first.</summary>
    internal DecimalBits NumberBits => new(in _number);

    /// <summary>The parts of <see cref="Denominator"/>, read in place.</summary>
    internal DecimalBits DenominatorBits => new(in _denominator);

    /// <summary>Whether <see cref="Number"/> is a whole number, read in place.</summary>
    internal bool NumberIsWhole => DecimalBits.IsWhole(in _number);

    /// <summary>The answers of a <see cref="IndicatorKind.Conditions"/> value in place; empty otherwise.</summary>
    internal ReadOnlySpan<bool> ConditionsSpan => _conditions.AsSpan();

    /// <summary>Whether some answer of <see cref="ConditionsMet"/> is no; <see langword="false"/> when there are none.</summary>
    internal bool SomeConditionUnmet => _someUnmet;

    /// <summary>Creates a share in percent ("đạt 95%" is 95).</summary>
    /// <param name="percent">The share, expected in [0, 100].</param>
    /// <returns>A value of kind <see cref="IndicatorKind.Percent"/>.</returns>
    public static IndicatorValue Percent(decimal percent) => new(IndicatorKind.Percent, percent);

    /// <summary>Creates a count or other non-negative number.</summary>
    /// <param name="number">The number, expected to be 0 or more.</param>
    /// <returns>A value of kind <see cref="IndicatorKind.Number"/>.</returns>
    public static IndicatorValue Count(decimal number) => new(IndicatorKind.Number, number);

    /// <summary>Creates a ratio such as dossiers settled on time over dossiers received.</summary>
    /// <param name="numerator">The numerator, expected to be 0 or more.</param>
    /// <param name="denominator">The denominator, expected to be more than 0.</param>
    /// <returns>A value of kind <see cref="IndicatorKind.Ratio"/>.</returns>
    public static IndicatorValue Ratio(decimal numerator, decimal denominator) => new(IndicatorKind.Ratio, numerator, denominator);

    /// <summary>Creates a yes/no answer (đạt / không đạt).</summary>
    /// <param name="yes">The answer.</param>
    /// <returns>A value of kind <see cref="IndicatorKind.Flag"/>.</returns>
    public static IndicatorValue Flag(bool yes) => new(IndicatorKind.Flag, yes ? 1m : 0m);

    /// <summary>Creates the answers to a rule's conditions, in the rule's order.</summary>
    /// <param name="met">For each condition, whether it is met. The sequence is copied.</param>
    /// <returns>A value of kind <see cref="IndicatorKind.Conditions"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="met"/> is null.</exception>
    public static IndicatorValue Conditions(IEnumerable<bool> met) =>
        new(IndicatorKind.Conditions, conditions: Preconditions.CheckNotNull(met, nameof(met)).ToImmutableArray());

    /// <summary>Creates points already decided by an assessor (điểm tự chấm, điểm thẩm định) for a leaf whose rule is then not applied.</summary>
    /// <param name="points">The points, expected in [0, the leaf's maximum].</param>
    /// <returns>A value of kind <see cref="IndicatorKind.Points"/>.</returns>
    public static IndicatorValue GivenPoints(decimal points) => new(IndicatorKind.Points, points);

    /// <summary>Creates the date on which a task was completed.</summary>
    /// <param name="date">The completion date (the date of the document issued, the report sent).</param>
    /// <returns>A value of kind <see cref="IndicatorKind.Completion"/>.</returns>
    public static IndicatorValue Completed(LocalDate date) => new(IndicatorKind.Completion, date: date);

    /// <summary>Reads a value written as text in a file or a spreadsheet cell, by the kind the criterion's rule reads.</summary>
    /// <param name="text">The text as written: "87.5" or "87.5%" (percent), "3" (count), "12/15" (ratio), "yes"/"no"
    /// (also "có"/"không", "đạt"/"không đạt", "x", "1"/"0"), "yes;no;yes" (conditions, also separated by "|"),
    /// "2024-03-01" or "01/03/2024" (completed, day first) or "not done"/"chưa" (completion), a number of points; and
    /// "n/a", "NA", "không áp dụng" (not applicable) for any kind. The whole list of words is in the README ("Reading
    /// your files").</param>
    /// <param name="kind">The kind the criterion's rule reads.</param>
    /// <param name="decimalMark">How the file writes decimals; <see cref="DecimalMark.Comma"/> reads "86,19".</param>
    /// <param name="value">The value read, or <see langword="default"/>.</param>
    /// <param name="error">Why the text is not a value of the kind, quoting it as written ("'95,5' is not a percentage
    /// such as 87.5 or 87.5% (write decimals with a dot)"); <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when the text is a value of the kind (or "not applicable"). Ranges are checked
    /// later, by <see cref="Scoring.ReportedIndicators"/>, which names the criterion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, IndicatorKind kind, DecimalMark decimalMark, out IndicatorValue value, [NotNullWhen(false)] out string? error)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var t = text.Trim();
        value = default;
        error = null;
        string? hint = null;
        if (ValueWords.IsNotApplicable(t))
        {
            value = NotApplicable;
            return true;
        }
        switch (kind)
        {
            case IndicatorKind.Percent when NumberText.TryParse(t.EndsWith('%') ? t[..^1] : t, decimalMark, out var percent, out hint):
                value = Percent(percent);
                return true;
            case IndicatorKind.Number when NumberText.TryParse(t, decimalMark, out var count, out hint):
                value = Count(count);
                return true;
            case IndicatorKind.Points when NumberText.TryParse(t, decimalMark, out var points, out hint):
                value = GivenPoints(points);
                return true;
            case IndicatorKind.Ratio when t.Split('/') is [var a, var b] && NumberText.TryParse(a, decimalMark, out var numerator, out hint) && NumberText.TryParse(b, decimalMark, out var denominator, out hint):
                value = Ratio(numerator, denominator);
                return true;
            case IndicatorKind.Flag when TryFlag(t, out var yes):
                value = Flag(yes);
                return true;
            case IndicatorKind.Conditions when t.Split(t.Contains('|', StringComparison.Ordinal) ? '|' : ';') is { Length: > 0 } parts && Array.TrueForAll(parts, p => TryFlag(p, out _)):
                value = Conditions(Array.ConvertAll(parts, p => TryFlag(p, out var met) && met));
                return true;
            case IndicatorKind.Completion when ValueWords.IsNotDone(t):
                value = NotCompleted;
                return true;
            case IndicatorKind.Completion when (LocalDatePattern.Iso.Parse(t) is { Success: true } iso ? iso : DayFirst.Parse(t)) is { Success: true } date:
                value = Completed(date.Value);
                return true;
        }
        // A day the month does not have ("2023-02-29", "29/02/2023") is said to be so: it has the shape the message
        // would ask for. In brackets, as the caller goes on " for <criterion's name>".
        error = kind == IndicatorKind.Completion && (DateText.Why(t) ?? DateText.Why(t, dayFirst: true)) is { } why ? $"{CellText.Quote(text)} is not a date ({why})"
            : $"{CellText.Quote(text)} is not {Expected(kind, decimalMark)}" + hint;
        return false;
    }

    /// <summary>What a value of a kind looks like, for messages.</summary>
    internal static string Expected(IndicatorKind kind, DecimalMark decimalMark) => (kind, decimalMark) switch
    {
        (IndicatorKind.Percent, DecimalMark.Comma) => "a percentage such as 87,5 or 87,5%",
        (IndicatorKind.Percent, _) => "a percentage such as 87.5 or 87.5%",
        (IndicatorKind.Number, _) => "a count such as 3",
        (IndicatorKind.Points, DecimalMark.Comma) => "a number of points such as 1,5",
        (IndicatorKind.Points, _) => "a number of points such as 1.5",
        (IndicatorKind.Ratio, _) => "a ratio such as 12/15",
        (IndicatorKind.Flag, _) => "yes or no",
        (IndicatorKind.Conditions, _) => "answers such as yes;no;yes",
        (IndicatorKind.Completion, _) => "a date such as 2024-03-01, or 'not done'",
        _ => "a value that can be read",
    };

    private static readonly LocalDatePattern DayFirst = LocalDatePattern.CreateWithInvariantCulture("d/M/uuuu");

    private static bool TryFlag(string text, out bool yes)
    {
        yes = ValueWords.IsYes(text);
        return yes || ValueWords.IsNo(text);
    }

    /// <summary>Formats the value for explanations, with the invariant culture ("95%", "12/15", "completed 2023-01-10").</summary>
    /// <returns>The formatted value.</returns>
    public override string ToString() => Kind switch
    {
        IndicatorKind.None => "(none)",
        IndicatorKind.NotApplicable => "not applicable",
        IndicatorKind.Percent => Invariant.Format(_number) + "%",
        IndicatorKind.Number => Invariant.Format(_number),
        IndicatorKind.Points => Invariant.Format(_number) + " points",
        IndicatorKind.Ratio => Invariant.Format(_number) + "/" + Invariant.Format(_denominator),
        IndicatorKind.Flag => IsYes ? "yes" : "no",
        IndicatorKind.Conditions => "[" + string.Join(", ", ConditionsMet.Select(c => c ? "yes" : "no")) + "]",
        _ => _date is { } date ? "completed " + date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "not completed",
    };

    /// <summary>Compares kind and contents; percentages and counts compare by numeric value (95 equals 95.0).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when both are the same value.</returns>
    // Written by hand, not a record struct: ConditionsMet is an ImmutableArray, which a record compares by reference.
    public bool Equals(IndicatorValue other) =>
        Kind == other.Kind
        && _number == other._number
        && _denominator == other._denominator
        && _date == other._date
        && ConditionsMet.SequenceEqual(other.ConditionsMet);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndicatorValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _number, _denominator, _date, ConditionsMet.Length);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IndicatorValue left, IndicatorValue right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(IndicatorValue left, IndicatorValue right) => !left.Equals(right);
}
