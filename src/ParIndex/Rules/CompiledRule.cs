using System.Diagnostics;
using System.Runtime.CompilerServices;
using NodaTime;
using static ParIndex.Utility.Branchless;

namespace ParIndex.Rules;

/// <summary>
/// A built-in rule compiled once, when the rule is made, into whole units of 10⁻¹⁰ (<see cref="Points"/>): the one
/// evaluation path of every built-in rule. The rule's <see cref="ScoringRule.Evaluate"/> calls it, and the scorer calls
/// it for every leaf from a flat array, without a virtual call, a decimal operation or an allocation.
/// </summary>
/// <remarks>
/// <para>A reported number is compared as a key: twice its units of 10⁻¹⁰ rounded down, plus one when a remainder was
/// cut off (each value holds its own, made with it). A band's bounds are whole units, so "above 90" is
/// "key ≥ 2 × 90·10¹⁰ + 1" and "at most 90" is "key ≤ 2 × 90·10¹⁰", exactly, for a value with any number of decimals.</para>
/// <para>A rule that no methodology would accept (points beyond the range of points, a band bound with more than 10
/// decimals) throws <see cref="InvalidOperationException"/> when the part that cannot be held is used.</para>
/// </remarks>
internal readonly struct CompiledRule
{
    // Keys are saturated here, beyond any bound a rule can hold (a methodology's bounds stay within 10¹⁸ units).
    private const long KeyLimit = 1L << 62;
    private const long BoundLimit = (1L << 61) - 1;
    private const long NotHeld = long.MinValue; // fixed points beyond the range of points
    private const long FastLimit = 1L << 61; // a deduction and a maximum within it are worked out in 64 bits unchecked
    private const long DateKeyYear = 512; // a year's span of date keys: months and days below it
    internal const long NotDoneKey = long.MaxValue;
    private const long OtherCalendarKey = long.MinValue;

    private static readonly ulong[] Powers = DecimalBits.PowersOfTen;

    // The largest mantissa whose units stay within BoundLimit, by scale.
    private static readonly ulong[] MaxKeyMantissa = [.. Enumerable.Range(0, Points.DecimalPlaces + 1).Select(scale => (ulong)BoundLimit / Powers[Points.DecimalPlaces - scale])];

    private readonly long[]? _table; // bands: lowest key, highest key, points, for each band; timeliness: points by step
    private readonly long _first; // yes, all met: the points; deduction: the points per occurrence; timeliness: the due date's DateKey in its year
    private readonly long _second; // no: the points; deduction: the floor
    private readonly int _count; // all conditions: how many; timeliness: the due year's offset; deduction: see FastCounts
    private readonly AnnualDate _due;

    private CompiledRule(CompiledRuleKind kind, long[]? table = null, long first = 0, long second = 0, int count = 0, AnnualDate due = default)
    {
        Kind = kind;
        _table = table;
        _first = first;
        _second = second;
        _count = count;
        _due = due;
    }

    /// <summary>Gets which rule this is; <see cref="CompiledRuleKind.User"/> for a rule of the user's, which is not compiled.</summary>
    internal CompiledRuleKind Kind { get; }

    /// <summary>Gets whether <see cref="Accepts"/> can refuse a value (whole counts, the number of conditions).</summary>
    internal bool ChecksInput => Kind is CompiledRuleKind.CountBands or CompiledRuleKind.Deduction or CompiledRuleKind.AllConditions;

    internal static CompiledRule Bands(IndicatorKind kind, ReadOnlySpan<Band> bands)
    {
        long[]? table = new long[bands.Length * 3];
        for (var i = 0; i < bands.Length && table is not null; i++)
        {
            var band = bands[i];
            var low = long.MinValue;
            var high = long.MaxValue;
            if ((band.Lower is { } lower && !TryBound(lower, out low)) || (band.Upper is { } upper && !TryBound(upper, out high)))
            {
                table = null;
                break;
            }
            // An exclusive bound leaves out the bound's own key, and only it: keys between two whole units are odd.
            table[3 * i] = band.Lower is null ? long.MinValue : band.LowerInclusive ? 2 * low : (2 * low) + 1;
            table[(3 * i) + 1] = band.Upper is null ? long.MaxValue : band.UpperInclusive ? 2 * high : (2 * high) - 1;
            table[(3 * i) + 2] = Hold(band.Points);
        }
        return new(kind == IndicatorKind.Number ? CompiledRuleKind.CountBands : CompiledRuleKind.PercentBands, table);
    }

    internal static CompiledRule YesNo(decimal yes, decimal no) => new(CompiledRuleKind.YesNo, first: Hold(yes), second: Hold(no));

    internal static CompiledRule AllConditions(decimal points, int conditions) => new(CompiledRuleKind.AllConditions, first: Hold(points), count: conditions);

    internal static CompiledRule Timeliness(AnnualDate due, int dueYearOffset, decimal onTime, decimal late, decimal notDone) =>
        new(CompiledRuleKind.Timeliness, [Hold(onTime), Hold(late), Hold(notDone)], first: YearDayKey(0, due.Month, due.Day), count: dueYearOffset, due: due);

    internal static CompiledRule Deduction(decimal perOccurrence, decimal floor)
    {
        var held = Hold(perOccurrence);
        return new(CompiledRuleKind.Deduction, first: held, second: Hold(floor), count: FastCounts(held));
    }

    /// <summary>The largest count whose deduction (count × points per occurrence) stays within ±2⁶¹ units, so that
    /// it and the difference from any maximum within ±2⁶¹ are worked out in 64 bits without a check; 0 when the
    /// points per occurrence cannot be held (then nothing is worked out).</summary>
    internal static int FastCounts(long perOccurrence) =>
        perOccurrence == NotHeld ? 0
        : perOccurrence == 0 ? int.MaxValue
        : (int)Math.Min(int.MaxValue, FastLimit / Math.Abs(perOccurrence));

    internal static CompiledRule Proportional { get; } = new(CompiledRuleKind.Proportional);

    internal static CompiledRule SurveyPercentage { get; } = new(CompiledRuleKind.SurveyPercentage);

    /// <summary>Tells whether a value of the rule's kind is one it can score: a whole count, an answer for every condition.</summary>
    internal bool Accepts(in IndicatorValue value) => Kind switch
    {
        CompiledRuleKind.CountBands or CompiledRuleKind.Deduction => IsCount(in value),
        CompiledRuleKind.AllConditions => AnswersAll(in value),
        _ => true,
    };

    /// <summary>Count bands and deductions take whole counts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsCount(in IndicatorValue value) => value.NumberIsWhole;

    /// <summary><see cref="IsCount"/> for the usual count, written without decimals, with no call; <see langword="false"/>
    /// for any other ("3.0"), which the scorer's general walk checks instead.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsPlainCount(in IndicatorValue value) => value.NumberBits.Scale == 0;

    /// <summary>All conditions takes an answer for each condition.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool AnswersAll(in IndicatorValue value) => value.ConditionsSpan.Length == _count;

    /// <summary>The outcome of a value for a leaf with this maximum in this assessment year.</summary>
    internal RuleOutcome Outcome(in IndicatorValue value, in RuleContext context)
    {
        var step = Evaluate(in value, context.Maximum.Units, context.AssessmentYear, out var points);
        return new RuleOutcome(Points.FromUnits(points), step);
    }

    /// <summary>Scores a value of the rule's kind that it <see cref="Accepts"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="maximum">The leaf's maximum, in units.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="points">The points, in units.</param>
    /// <returns>The step applied (band, level), or -1 for a formula.</returns>
    internal int Evaluate(in IndicatorValue value, long maximum, int year, out long points)
    {
        // Each case is the kind's own method, which the scorer also calls directly for a group of leaves of one kind.
        switch (Kind)
        {
            case CompiledRuleKind.PercentBands:
            case CompiledRuleKind.CountBands:
                return InBands(in value, out points);
            case CompiledRuleKind.YesNo:
                return Answered(in value, out points);
            case CompiledRuleKind.AllConditions:
                return AllMet(in value, out points);
            case CompiledRuleKind.Timeliness:
                return Timely(in value, year, out points);
            case CompiledRuleKind.Proportional:
                points = Proportion(in value, maximum);
                return -1;
            case CompiledRuleKind.SurveyPercentage:
                points = Share(in value, maximum);
                return -1;
            case CompiledRuleKind.Deduction:
                points = Deduct(in value, maximum);
                return -1;
            default: // a rule of the user's is evaluated through its own methods, never compiled
                throw new UnreachableException();
        }
    }

    /// <summary>Band rules: the first band whose keys hold the value's key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int InBands(in IndicatorValue value, out long points)
    {
        var table = _table ?? UnheldBounds();
        var key = value.NumberKey;
        for (var i = 0; i < table.Length; i += 3)
        {
            if (key >= table[i] && key <= table[i + 1])
            {
                points = Held(table[i + 2]);
                return i / 3;
            }
        }
        points = 0;
        return NoBand(value);
    }

    // Each throw in a method of its own, which the compiler knows never returns: a call that returns, in a group's
    // loop, would make it keep its counters on the stack.
    private static long[] UnheldBounds() => throw Unvalidated("A band bound has more than 10 decimals or is out of range");

    private static int NoBand(IndicatorValue value) => throw new InvalidOperationException(Invariant.Format($"No band contains {value}; validate the rule inside a methodology first."));

    /// <summary>Yes/no: the points of the answer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Answered(in IndicatorValue value, out long points)
    {
        // Chosen without a branch: the answers of a year's units follow no pattern a branch predictor could learn.
        var yes = value.IsYes;
        points = Held(_second ^ ((_first ^ _second) & Mask(yes)));
        return Bit(!yes);
    }

    /// <summary>All conditions: the points when every condition is met, else none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int AllMet(in IndicatorValue value, out long points)
    {
        // Chosen without a branch, as a yes/no answer: the value found once whether some condition is not met.
        var unmet = value.SomeConditionUnmet;
        points = Held(_first & ~Mask(unmet));
        return Bit(unmet);
    }

    /// <summary>Timeliness: on time, late or not done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Timely(in IndicatorValue value, int year, out long points)
    {
        if (TryTimely(in value, year, out points, out var step))
        {
            return step;
        }
        step = IsOnTime(value.CompletedOn!.Value, year) ? 0 : 1; // a date of another calendar
        points = Held(_table![step]);
        return step;
    }

    /// <summary><see cref="Timely"/> for a date of the ISO calendar or none, with no call: the date's key (made with the
    /// value) against the due date's in the due year, the step chosen without a branch (on time or late follows no
    /// pattern). <see langword="false"/> for a date of another calendar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryTimely(in IndicatorValue value, int year, out long points, out int step)
    {
        var done = value.DateKey;
        if (done == OtherCalendarKey)
        {
            (points, step) = (0, 0);
            return false;
        }
        // 29 February stays the 29th: in a common year no date lies between the 28th and 1 March, so it orders as
        // IsOnTime's 28th. A due year beyond the calendar's range orders after or before every date, as there.
        var due = (((long)year + _count) * DateKeyYear) + _first;
        step = Bit(done > due) + Bit(done == NotDoneKey); // not done is after every due date: 1 + 1
        points = Held(_table![step]);
        return true;
    }

    /// <summary>A completion's date as a number that orders ISO dates as time does (year, then month, then day);
    /// <see cref="NotDoneKey"/> for no date, <see cref="OtherCalendarKey"/> for a date of another calendar, which only
    /// <see cref="IsOnTime"/> compares.</summary>
    internal static long DateKey(LocalDate? date) =>
        date is not { } day ? NotDoneKey
        : day.Calendar != CalendarSystem.Iso ? OtherCalendarKey
        : YearDayKey(day.Year, day.Month, day.Day);

    private static long YearDayKey(long year, int month, int day) => (year * DateKeyYear) + (month * 32) + day;

    /// <summary>min(a / b, 1) × maximum.</summary>
    internal static long Proportion(in IndicatorValue value, long maximum) =>
        TryProportion(in value, maximum, out var points) ? points
            : Points.FromUnits(maximum).Scale(value.NumberBits, value.DenominatorBits, atMost: maximum).Units;

    /// <summary><see cref="Proportion"/> for the usual ratio (<see cref="Points.TryScaleNarrow"/>), with no call: a
    /// ratio of 1 or more gives the maximum without a division. <see langword="false"/> for any other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryProportion(in IndicatorValue value, long maximum, out long points)
    {
        if (maximum >= 0 && IsOneOrMore(value.NumberBits, value.DenominatorBits))
        {
            points = maximum;
            return true;
        }
        var scaled = Points.FromUnits(maximum).TryScaleNarrow(value.NumberBits, value.DenominatorBits, out var result);
        points = Math.Min(result.Units, maximum);
        return scaled;
    }

    /// <summary>A survey's percentage of the maximum.</summary>
    internal static long Share(in IndicatorValue value, long maximum) => Points.FromUnits(maximum).Percent(value.NumberBits).Units;

    /// <summary><see cref="Share"/> for the usual percentage (<see cref="Points.TryPercent"/>), with no call;
    /// <see langword="false"/> for any other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryShare(in IndicatorValue value, long maximum, out long points)
    {
        var shared = Points.FromUnits(maximum).TryPercent(value.NumberBits, out var result);
        points = result.Units;
        return shared;
    }

    /// <summary>max(maximum − count × deduction, floor), exact: a count beyond a long takes the floor, as any positive
    /// deduction times it passes every maximum.</summary>
    internal long Deduct(in IndicatorValue value, long maximum) =>
        TryDeduct(in value, maximum, out var points) ? points : DeductAny(value.NumberBits, value.Number, maximum, Held(_first), Held(_second));

    /// <summary><see cref="Deduct"/> for the usual count, with no call: whole, not negative and small (at most _count,
    /// worked out when compiled), from a maximum within ±2⁶¹, so that the product and the difference stay within 64
    /// bits without a check of overflow after the fact. <see langword="false"/> for any other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryDeduct(in IndicatorValue value, long maximum, out long points)
    {
        var perOccurrence = Held(_first);
        var floor = Held(_second);
        var bits = value.NumberBits;
        var usual = bits.Flags == 0 && bits.High == 0 && bits.Low <= (uint)_count && unchecked((ulong)(maximum + FastLimit)) <= 2 * (ulong)FastLimit;
        points = usual ? Math.Max(maximum - ((long)bits.Low * perOccurrence), floor) : 0;
        return usual;
    }

    /// <summary><see cref="Deduct"/> for any count: negative, with decimals, beyond a long, or with a product or
    /// difference beyond 64 bits.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long DeductAny(DecimalBits bits, decimal count, long maximum, long perOccurrence, long floor)
    {
        var occurrences = bits.Scale == 0 && bits.High == 0 && bits.Low <= long.MaxValue ? (long)bits.Low * (bits.Flags < 0 ? -1 : 1)
            : count >= long.MaxValue ? long.MaxValue
            : count <= -long.MaxValue ? -long.MaxValue
            : (long)decimal.Truncate(count); // "3.0", or a count with decimals that no check refused
        var left = (Int128)maximum - ((Int128)occurrences * perOccurrence);
        return left < floor ? floor
            : left <= long.MaxValue ? (long)left
            : throw Unvalidated("The deduction gives points beyond the range of points");
    }

    /// <summary>Whether a ≥ b > 0 for two non-negative decimals of one scale that fit in 64 bits (whole counts, the
    /// usual ratio); <see langword="false"/> when it cannot be told so cheaply.</summary>
    private static bool IsOneOrMore(DecimalBits a, DecimalBits b)
    {
        return (a.High | b.High) == 0 && (a.Flags | b.Flags) >= 0 && a.Flags == b.Flags && b.Low != 0 && a.Low >= b.Low;
    }

    // A due year past the calendar's end is after every date, one before its start before every date: no exception.
    private bool IsOnTime(LocalDate done, int assessmentYear)
    {
        var dueYear = (long)assessmentYear + _count;
        if (dueYear > CalendarSystem.Iso.MaxYear || dueYear < CalendarSystem.Iso.MinYear)
        {
            return dueYear > CalendarSystem.Iso.MaxYear;
        }
        if (done.Calendar != CalendarSystem.Iso)
        {
            return done <= _due.InYear((int)dueYear); // another calendar cannot be compared: NodaTime says so
        }
        // done ≤ the due date, compared field by field instead of making the date; 29 February is the 28th in a
        // common year, as AnnualDate.InYear makes it.
        if (done.Year != dueYear)
        {
            return done.Year < dueYear;
        }
        var dueDay = _due.Month == 2 && _due.Day == 29 && !CalendarSystem.Iso.IsLeapYear((int)dueYear) ? 28 : _due.Day;
        return done.Month < _due.Month || (done.Month == _due.Month && done.Day <= dueDay);
    }

    /// <summary>Twice the value's units of 10⁻¹⁰ rounded down, plus one when a remainder was cut off; saturated beyond
    /// every bound a rule can hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Key(DecimalBits bits)
    {
        var scale = bits.Scale;
        if (bits.High == 0 && scale <= Points.DecimalPlaces && bits.Low <= MaxKeyMantissa[scale])
        {
            var twice = (long)(bits.Low * Powers[Points.DecimalPlaces - scale]) * 2;
            return bits.Flags < 0 ? -twice : twice;
        }
        return WideKey(bits);
    }

    // More than 10 decimals, or units beyond every bound: rare, and still integers. A value of at most 10 decimals
    // comes here only when its units pass BoundLimit (the fast path takes every other), so it saturates.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long WideKey(DecimalBits bits)
    {
        var scale = bits.Scale;
        if (scale <= Points.DecimalPlaces)
        {
            return bits.Flags < 0 ? -KeyLimit : KeyLimit;
        }
        var (whole, remainder) = UInt128.DivRem(((UInt128)bits.High << 64) | bits.Low, Powers[scale - Points.DecimalPlaces]);
        if (whole > BoundLimit)
        {
            return bits.Flags < 0 ? -KeyLimit : KeyLimit;
        }
        var twice = (long)whole * 2;
        var cut = remainder != 0 ? 1 : 0;
        // Below zero, rounding down moves away from zero: −(u + f) lies in (−u − 1, −u), key −2u − 1.
        return bits.Flags < 0 ? -twice - cut : twice + cut;
    }

    /// <summary>A band bound as whole units, when it has at most 10 decimals and lies well inside the range.</summary>
    private static bool TryBound(decimal bound, out long units) => Points.TryToUnits(bound, out units) && Math.Abs(units) <= BoundLimit;

    private static long Hold(decimal points) => Points.TryRound(points, out var held) ? held.Units : NotHeld;

    private static long Held(long points) => points != NotHeld ? points : NotHeldPoints();

    private static long NotHeldPoints() => throw Unvalidated("The rule's points are beyond the range of points");

    private static InvalidOperationException Unvalidated(string what) => new(what + "; validate the rule inside a methodology first.");
}
