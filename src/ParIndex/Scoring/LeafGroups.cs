using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    private readonly int _count; // the values a unit must have: every slot's position is below it

    private LeafGroups(ILookup<CompiledRuleKind, Slot> byKind, int count)
    {
        _count = count;
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
        new(leaves.Select((leaf, position) => new Slot(leaf.Rule, position, leaf.LeafIndex, leaf.Maximum.Units)).ToLookup(slot => slot.Rule.Kind), leaves.Count);

    /// <summary>Scores every leaf from the value at its position, adding its points or, when it is not applicable, its
    /// maximum, and storing each result in <paramref name="leaves"/> when given. <see langword="false"/> at the first
    /// value that is neither of its rule's kind and accepted by it, nor not applicable, or whose points fall outside
    /// [0, maximum], or that is not one of the usual values the loops score with no call (a count written "3.0", a
    /// ratio beyond 2⁵³): the caller then scores the unit another way, which scores it or reports the problem.</summary>
    internal bool TryScore(ReadOnlySpan<IndicatorValue> values, int year, LeafResult[]? leaves, out (Points Total, Points Removed) sums)
    {
        var totals = new Totals(leaves);
        if (values.Length != _count)
        {
            sums = default;
            return false;
        }
        ref var first = ref MemoryMarshal.GetReference(values);
        var scored = leaves is null ? Run<Discard>(ref totals, ref first, year) : Run<Store>(ref totals, ref first, year);
        sums = scored ? (Points.FromUnits(totals.Total), Points.FromUnits(totals.Removed)) : default;
        return scored;
    }

    /// <summary>Each group's loop in turn, with the results stored or not.</summary>
    private bool Run<TStore>(ref Totals totals, ref IndicatorValue values, int year)
        where TStore : struct, IStore =>
        totals.Run<PercentBands, TStore>(_percentBands, ref values, year)
        && totals.Run<CountBands, TStore>(_countBands, ref values, year)
        && totals.Run<YesNo, TStore>(_yesNo, ref values, year)
        && totals.Run<AllConditions, TStore>(_allConditions, ref values, year)
        && totals.Run<Timeliness, TStore>(_timeliness, ref values, year)
        && totals.Run<Proportional, TStore>(_proportional, ref values, year)
        && totals.Run<SurveyPercentage, TStore>(_surveyPercentage, ref values, year)
        && totals.Run<Deduction, TStore>(_deduction, ref values, year);

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
        // The slots walked by reference and each value read without a bounds check (TryScore checked the values'
        // count once): the loop then holds neither index nor lengths, which it kept on the stack.
        public bool Run<TKind, TStore>(Slot[] slots, ref IndicatorValue values, int year)
            where TKind : struct, IKind
            where TStore : struct, IStore
        {
            var total = Total;
            var removed = Removed;
            ref var slot = ref MemoryMarshal.GetArrayDataReference(slots);
            ref var end = ref Unsafe.Add(ref slot, slots.Length);
            for (; Unsafe.IsAddressLessThan(ref slot, ref end); slot = ref Unsafe.Add(ref slot, 1))
            {
                ref readonly var value = ref Unsafe.Add(ref values, slot.Position);
                if (value.Kind == TKind.Input && TKind.Accepts(in slot.Rule, in value))
                {
                    if (!TKind.TryEvaluate(in slot.Rule, in value, slot.Maximum, year, out var units, out var step) || units < 0 || units > slot.Maximum)
                    {
                        return false;
                    }
                    if (TStore.Stores)
                    {
                        leaves![slot.LeafIndex] = new LeafResult(Points.FromUnits(units), LeafStatus.Scored, step);
                    }
                    total = checked(total + units);
                }
                else if (value.Kind == IndicatorKind.NotApplicable)
                {
                    if (TStore.Stores)
                    {
                        leaves![slot.LeafIndex] = new LeafResult(Points.Zero, LeafStatus.NotApplicable);
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

    /// <summary>Whether the leaves' results are stored: a type argument, so that the usual walk, which stores none, has
    /// no check for it per leaf.</summary>
    private interface IStore
    {
        static abstract bool Stores { get; }
    }

    private readonly struct Store : IStore
    {
        public static bool Stores => true;
    }

    private readonly struct Discard : IStore
    {
        public static bool Stores => false;
    }

    /// <summary>A kind of built-in rule: the kind of value it reads, which values it accepts, and its evaluation, each
    /// the kind's own method of <see cref="CompiledRule"/>. Structs, so that each group's loop is compiled for its kind.</summary>
    private interface IKind
    {
        static abstract IndicatorKind Input { get; }

        /// <summary>Whether the rule can score a value of its kind: every value, unless the kind says otherwise (a
        /// count's kinds take here only counts written without decimals, checked with no call).</summary>
        static virtual bool Accepts(in CompiledRule rule, in IndicatorValue value) => true;

        /// <summary>The rule's points and step (-1 for a formula), or <see langword="false"/> for a value outside the
        /// usual ones, which the scorer's general walk scores instead: the loop then makes no call that returns, so
        /// that its counters stay in registers.</summary>
        static abstract bool TryEvaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points, out int step);
    }

    /// <summary>A rule's step, where it has one (a band, a level): it then scores every value it accepts.</summary>
    private static bool Stepped(int applied, out int step)
    {
        step = applied;
        return true;
    }

    /// <summary>A formula, whose points have no step (-1), when they were worked out.</summary>
    private static bool Formula(bool scored, out int step)
    {
        step = -1;
        return scored;
    }

    private readonly struct PercentBands : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Percent;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryEvaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points, out int step) => Stepped(rule.InBands(in value, out points), out step);
    }

    private readonly struct CountBands : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Number;

        public static bool Accepts(in CompiledRule rule, in IndicatorValue value) => CompiledRule.IsPlainCount(in value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryEvaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points, out int step) => Stepped(rule.InBands(in value, out points), out step);
    }

    private readonly struct YesNo : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Flag;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryEvaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points, out int step) => Stepped(rule.Answered(in value, out points), out step);
    }

    private readonly struct AllConditions : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Conditions;

        public static bool Accepts(in CompiledRule rule, in IndicatorValue value) => rule.AnswersAll(in value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryEvaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points, out int step) => Stepped(rule.AllMet(in value, out points), out step);
    }

    private readonly struct Timeliness : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Completion;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryEvaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points, out int step) => rule.TryTimely(in value, year, out points, out step);
    }

    private readonly struct Proportional : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Ratio;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryEvaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points, out int step) => Formula(CompiledRule.TryProportion(in value, maximum, out points), out step);
    }

    private readonly struct SurveyPercentage : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Percent;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryEvaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points, out int step) => Formula(CompiledRule.TryShare(in value, maximum, out points), out step);
    }

    private readonly struct Deduction : IKind
    {
        public static IndicatorKind Input => IndicatorKind.Number;

        public static bool Accepts(in CompiledRule rule, in IndicatorValue value) => CompiledRule.IsPlainCount(in value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryEvaluate(in CompiledRule rule, in IndicatorValue value, long maximum, int year, out long points, out int step) => Formula(rule.TryDeduct(in value, maximum, out points), out step);
    }
}
