using System.Runtime.CompilerServices;
using ParIndex.Rules;

namespace ParIndex.Scoring;

/// <summary>
/// A scorer's leaves grouped by the kind of their built-in rule, made once per scorer: scoring a unit whose values are
/// aligned with the leaves is one tight loop per kind over its group, each calling the kind's own method of
/// <see cref="CompiledRule"/> (the same one the rule's <see cref="ScoringRule.Evaluate"/> reaches through its switch),
/// with no switch or virtual call per leaf.
/// </summary>
internal sealed class LeafGroups
{
    private readonly Slot[] _percentBands;
    private readonly Slot[] _countBands;
    private readonly Slot[] _yesNo;
    private readonly Slot[] _allConditions;
    private readonly Slot[] _timeliness;
    private readonly Slot[] _proportional;
    private readonly Slot[] _surveyPercentage;
    private readonly Slot[] _deduction;

    private LeafGroups(ILookup<CompiledRuleKind, Slot> byKind)
    {
        _percentBands = [.. byKind[CompiledRuleKind.PercentBands]];
        _countBands = [.. byKind[CompiledRuleKind.CountBands]];
        _yesNo = [.. byKind[CompiledRuleKind.YesNo]];
        _allConditions = [.. byKind[CompiledRuleKind.AllConditions]];
        _timeliness = [.. byKind[CompiledRuleKind.Timeliness]];
        _proportional = [.. byKind[CompiledRuleKind.Proportional]];
        _surveyPercentage = [.. byKind[CompiledRuleKind.SurveyPercentage]];
        _deduction = [.. byKind[CompiledRuleKind.Deduction]];
    }

    /// <summary>Groups the leaves, given in the order of the values they read. Each must be scored by its built-in rule:
    /// the scorer groups only when no leaf has a user's rule (never compiled) or is a survey left out.</summary>
    internal static LeafGroups Create(IReadOnlyList<(CompiledRule Rule, int LeafIndex, Points Maximum)> leaves) =>
        new(leaves.Select((leaf, position) => new Slot(leaf.Rule, position, leaf.LeafIndex, leaf.Maximum.Units)).ToLookup(slot => slot.Rule.Kind));

    /// <summary>Scores every leaf from the value at its position, adding its points or, when it is not applicable, its
    /// maximum, and storing each result in <paramref name="leaves"/> when given. <see langword="false"/> at the first
    /// value that is neither of its rule's kind and accepted by it, nor not applicable, or whose points fall outside
    /// [0, maximum]: the caller then scores the unit another way, which reports the problem.</summary>
    internal bool TryScore(ReadOnlySpan<IndicatorValue> values, int year, LeafResult[]? leaves, out (Points Total, Points Removed) sums)
    {
        var totals = new Totals(leaves);
        var scored = totals.Run<PercentBands>(_percentBands, values, year)
            && totals.Run<CountBands>(_countBands, values, year)
            && totals.Run<YesNo>(_yesNo, values, year)
            && totals.Run<AllConditions>(_allConditions, values, year)
            && totals.Run<Timeliness>(_timeliness, values, year)
            && totals.Run<Proportional>(_proportional, values, year)
            && totals.Run<SurveyPercentage>(_surveyPercentage, values, year)
            && totals.Run<Deduction>(_deduction, values, year);
        sums = scored ? (Points.FromUnits(totals.Total), Points.FromUnits(totals.Removed)) : default;
        return scored;
    }

    /// <summary>One leaf: its compiled rule, the position of its value, its index among the methodology's leaves, and
    /// its maximum in units.</summary>
    private readonly struct Slot(CompiledRule rule, int position, int leafIndex, long maximum)
    {
        public readonly CompiledRule Rule = rule;
        public readonly int Position = position;
        public readonly int LeafIndex = leafIndex;
        public readonly long Maximum = maximum;
    }

    /// <summary>The sums of one unit's groups, and where the results go.</summary>
    private struct Totals(LeafResult[]? leaves)
    {
        public long Total;
        public long Removed;

        // Each group's loop a method of its own: inlined together, the loops spilled their counters to the stack. The
        // sums are kept in locals while it runs: added to the fields, each leaf waited for the last one's store.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public bool Run<TKind>(ReadOnlySpan<Slot> slots, ReadOnlySpan<IndicatorValue> values, int year)
            where TKind : struct, IKind
        {
            var total = Total;
            var removed = Removed;
            foreach (ref readonly var slot in slots)
            {
                ref readonly var value = ref values[slot.Position];
                if (value.Kind == TKind.Input && TKind.Accepts(in slot.Rule, in value))
                {
                    var step = TKind.Evaluate(in slot.Rule, in value, slot.Maximum, year, out var units);
                    if (units < 0 || units > slot.Maximum)
                    {
                        return false;
                    }
                    if (leaves is not null)
                    {
                        leaves[slot.LeafIndex] = new LeafResult(Points.FromUnits(units), LeafStatus.Scored, step);
                    }
                    total = checked(total + units);
                }
                else if (value.Kind == IndicatorKind.NotApplicable)
                {
                    if (leaves is not null)
                    {
                        leaves[slot.LeafIndex] = new LeafResult(Points.Zero, LeafStatus.NotApplicable);
                    }
                    removed = checked(removed + slot.Maximum);
                }
                else
                {
                    return false;
                }
            }
            Total = total;
            Removed = removed;
            return true;
        }
    }

    /// <summary>A kind of built-in rule: the kind of value it reads, which values it accepts, and its evaluation, each
    /// the kind's own method of <see cref="CompiledRule"/>. Structs, so that each group's loop is compiled for its kind.</summary>
    private interface IKind
    {
        static abstract IndicatorKind Input { get; }

        /// <summary>Whether the rule can score a value of its kind: every value, unless the kind says otherwise.</summary>
        static virtual bool Accepts(in CompiledRule rule, in IndicatorValue value) => true;

        static abstract int Evaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points);
    }

    /// <summary>A formula's points, with no step (-1).</summary>
    private static int Formula(long units, out long points)
    {
        points = units;
        return -1;
    }

    private readonly struct PercentBands : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Percent;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Evaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points) => rule.InBands(in value, out points);
    }

    private readonly struct CountBands : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Number;

        public static bool Accepts(in CompiledRule rule, in IndicatorValue value) => CompiledRule.IsCount(in value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Evaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points) => rule.InBands(in value, out points);
    }

    private readonly struct YesNo : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Flag;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Evaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points) => rule.Answered(in value, out points);
    }

    private readonly struct AllConditions : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Conditions;

        public static bool Accepts(in CompiledRule rule, in IndicatorValue value) => rule.AnswersAll(in value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Evaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points) => rule.AllMet(in value, out points);
    }

    private readonly struct Timeliness : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Completion;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Evaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points) => rule.Timely(in value, year, out points);
    }

    private readonly struct Proportional : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Ratio;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Evaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points) => Formula(CompiledRule.Proportion(in value, maximum), out points);
    }

    private readonly struct SurveyPercentage : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Percent;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Evaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points) => Formula(CompiledRule.Share(in value, maximum), out points);
    }

    private readonly struct Deduction : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Number;

        public static bool Accepts(in CompiledRule rule, in IndicatorValue value) => CompiledRule.IsCount(in value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Evaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points) => Formula(rule.Deduct(in value, maximum), out points);
    }
}
