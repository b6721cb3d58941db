using System;
using System.Collections.Generic;
using ParIndex.Utility;

namespace ParIndex.Rules;

/// <summary>
/// How a leaf criterion turns a reported value into points (cách chấm điểm). The built-in rules cover the kinds the
/// official and provincial methods use; derive from this class to add your own.
/// </summary>
/// <remarks>
/// <para>A rule is immutable and thread-safe: one instance may score many units at once. <see cref="Evaluate"/> is on
/// the hot path and must not allocate; text is built only by <see cref="Describe"/> and <see cref="Explain"/>.</para>
/// <para>The scorer checks the value's kind against <see cref="InputKind"/> and calls <see cref="CheckInput"/> before
/// <see cref="Evaluate"/>; it rejects points outside [0, maximum] that a rule returns.</para>
/// </remarks>
public abstract class ScoringRule
{
    /// <summary>Initialises a rule.</summary>
    protected ScoringRule()
    {
    }

    /// <summary>Gets the kind of value this rule reads.</summary>
    public abstract IndicatorKind InputKind { get; }

    /// <summary>Scores one value of kind <see cref="InputKind"/> that passed <see cref="CheckInput"/>.</summary>
    /// <param name="value">The reported value.</param>
    /// <param name="context">The leaf's maximum and the assessment year.</param>
    /// <returns>The points, within [0, <see cref="RuleContext.MaxPoints"/>], and the step applied.</returns>
    public abstract RuleOutcome Evaluate(in IndicatorValue value, in RuleContext context);

    /// <summary>States the rule as text, in the way a methodology's appendix does (invariant culture).</summary>
    /// <returns>The rule, e.g. "(90%, ∞) → 2; [70%, 90%] → 1; (−∞, 70%) → 0".</returns>
    public abstract string Describe();

    /// <summary>The built-in rule compiled to integers, which the scorer evaluates without a virtual call; a rule of the
    /// user's is <see cref="CompiledRuleKind.User"/> and is asked through its methods.</summary>
    internal virtual CompiledRule Compiled => default;

    /// <summary>Checks a value of the right kind against this rule's own expectations (a whole count, the number of conditions).</summary>
    /// <param name="value">The value, already known to be of kind <see cref="InputKind"/>.</param>
    /// <returns>A message saying what is wrong, or <see langword="null"/> when the value is fine.</returns>
    public virtual string? CheckInput(in IndicatorValue value) => null;

    /// <summary>Checks the rule against the maximum points of the leaf it is attached to.</summary>
    /// <param name="criterionCode">The leaf's code, to put into the diagnostics.</param>
    /// <param name="maxPoints">The leaf's maximum points.</param>
    /// <returns>Every problem found; empty when the rule fits the leaf.</returns>
    public virtual IEnumerable<Diagnostic> Validate(string criterionCode, decimal maxPoints) => [];

    /// <summary>Explains how a value was scored: the value, the band or formula applied and the points.</summary>
    /// <param name="value">The reported value.</param>
    /// <param name="outcome">What <see cref="Evaluate"/> returned for it.</param>
    /// <param name="context">The context it was scored in.</param>
    /// <returns>One line of text (invariant culture).</returns>
    public virtual string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context) =>
        Invariant.Format($"{value} → {Invariant.Format(outcome.Points)} of {Invariant.Format(context.MaxPoints)} ({Describe()})");

    /// <summary>Checks that a rule's fixed points fit in [0, maximum], adding a diagnostic when they do not.</summary>
    /// <param name="criterionCode">The leaf's code.</param>
    /// <param name="maxPoints">The leaf's maximum points.</param>
    /// <param name="points">The points the rule can give.</param>
    /// <param name="what">What the points are for ("band (90%, ∞)", "on time").</param>
    /// <returns>A diagnostic, or <see langword="null"/> when the points fit.</returns>
    protected static Diagnostic? CheckPoints(string criterionCode, decimal maxPoints, decimal points, string what) =>
        points < 0m || points > maxPoints
            ? new Diagnostic(
                DiagnosticKind.InvalidRule,
                criterionCode,
                Invariant.Format($"{what} gives {Invariant.Format(points)} points, outside [0, {Invariant.Format(maxPoints)}]"))
            : null;
}
