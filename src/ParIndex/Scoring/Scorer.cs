using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using ParIndex.Methodologies;
using ParIndex.Rules;
using ParIndex.Utility;

namespace ParIndex.Scoring;

/// <summary>
/// Turns a unit's reported indicators into a <see cref="Scorecard"/> under one methodology: points per leaf by its
/// rule, sums up the tree, component (area) indices and the total index (chấm điểm, xác định chỉ số).
/// </summary>
/// <remarks>
/// <para>A leaf reported as not applicable (không áp dụng) scores 0 and is removed from its ancestors' maxima, so the
/// index is points ÷ applicable maximum × 100: the unit is rescaled to 100 over what applies to it.</para>
/// <para>No rounding to the published two decimals happens while scoring: points and indices are exact decimals,
/// rounded only for display and ranking (see <see cref="Scorecard.RoundedIndex"/>). The one exception is technical:
/// points a rule returns with more than 10 decimal places (a ratio such as 2/3 × 1) are kept to 10 (half to even),
/// so that sums of points are exact whatever their order.</para>
/// <para>Immutable and thread-safe; scoring one unit allocates only its scorecard.</para>
/// </remarks>
public sealed class Scorer
{
    // Leaf status codes kept in the scorecard's per-leaf data instead of objects.
    internal const int MissingEntry = -1;

    // Points from a formula (a ratio, a survey share) can carry 28 digits, and decimal addition is then not
    // associative. Kept to 10 decimal places, points add up exactly in any order, far below the published 2.
    private const int PointsDecimals = 10;

    private readonly Methodology _methodology;
    private readonly decimal[] _maxima;

    /// <summary>Creates a scorer.</summary>
    /// <param name="methodology">The methodology to score with.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="ScoringOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="methodology"/> is null.</exception>
    public Scorer(Methodology methodology, ScoringOptions? options = null)
    {
        _methodology = Preconditions.CheckNotNull(methodology, nameof(methodology));
        Options = options ?? ScoringOptions.Default;
        _maxima = [.. methodology.Maxima];
    }

    /// <summary>Gets the methodology scored with.</summary>
    public Methodology Methodology => _methodology;

    /// <summary>Gets the options.</summary>
    public ScoringOptions Options { get; }

    /// <summary>Scores one unit.</summary>
    /// <param name="indicators">The unit's reported indicators.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> is null.</exception>
    /// <exception cref="InvalidIndicatorsException">The year is outside the methodology's years, a leaf is missing (under
    /// <see cref="MissingIndicatorPolicy.Error"/>), a code is unknown, a value does not suit its rule, or nothing applies;
    /// every problem is listed.</exception>
    public Scorecard Score(ReportedIndicators indicators)
    {
        Preconditions.CheckNotNull(indicators, nameof(indicators));
        List<Diagnostic>? problems = null;
        var scorecard = Score(indicators, ref problems);
        return problems is null ? scorecard! : throw new InvalidIndicatorsException(problems);
    }

    /// <summary>Scores many units, reporting the problems of all of them together.</summary>
    /// <param name="units">The units' indicators; each unit code at most once.</param>
    /// <returns>The scorecards, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null or contains null.</exception>
    /// <exception cref="InvalidIndicatorsException">Any unit cannot be scored, or a unit code repeats; every problem of
    /// every unit is listed.</exception>
    public ImmutableArray<Scorecard> ScoreAll(IEnumerable<ReportedIndicators> units)
    {
        var input = Preconditions.CheckNotNull(units, nameof(units)).ToArray();
        Preconditions.CheckNoNulls(input, nameof(units));
        List<Diagnostic>? problems = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new Scorecard[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            if (!seen.Add(input[i].Unit.Code))
            {
                (problems ??= []).Add(new Diagnostic(DiagnosticKind.DuplicateCode, null, "the unit appears more than once", input[i].Unit.Code));
            }
            result[i] = Score(input[i], ref problems)!;
        }
        return problems is null ? ImmutableCollectionsMarshal.AsImmutableArray(result) : throw new InvalidIndicatorsException(problems);
    }

    private Scorecard? Score(ReportedIndicators indicators, ref List<Diagnostic>? problems)
    {
        var methodology = _methodology;
        var unit = indicators.Unit.Code;
        var year = indicators.Year;
        var problemsBefore = problems?.Count ?? 0;
        if (!methodology.Years.Contains(year))
        {
            Add(ref problems, DiagnosticKind.WrongYear, null, Invariant.Format($"assessment year {year} is outside the years {methodology.Years} of {methodology.Id}"), unit);
        }

        var leaves = methodology.Leaves;
        var leafNodes = methodology.LeafIndices;
        var parents = methodology.ParentIndices;
        var points = new decimal[parents.Length];
        var leafData = new int[leaves.Length * 2]; // [2k] = index of the indicator used (or MissingEntry), [2k + 1] = rule step
        decimal[]? maxima = null;

        // Merge the leaves and the indicators, both in ordinal order of their codes.
        var order = methodology.LeafOrdinalOrder;
        int i = 0, j = 0;
        while (i < order.Length || j < indicators.Count)
        {
            var comparison = i == order.Length ? 1
                : j == indicators.Count ? -1
                : string.CompareOrdinal(leaves[order[i]].Code, indicators.CodeAt(j));
            if (comparison > 0)
            {
                var code = indicators.CodeAt(j++);
                var message = methodology.IndexOf(code) >= 0
                    ? "an indicator is reported for a criterion that has sub-criteria; report its leaves instead"
                    : "no criterion of " + methodology.Id + " has this code";
                Add(ref problems, DiagnosticKind.UnknownCode, code, message, unit);
                continue;
            }

            var k = order[i++];
            var leaf = leaves[k];
            if (comparison < 0)
            {
                leafData[2 * k] = MissingEntry;
                if (Options.MissingIndicators == MissingIndicatorPolicy.Error)
                {
                    Add(ref problems, DiagnosticKind.MissingIndicator, leaf.Code, "no indicator is reported for this leaf", unit);
                }
                continue;
            }

            var entry = j++;
            leafData[2 * k] = entry;
            var value = indicators.ValueAt(entry);
            var rule = leaf.Rule!;
            if (value.Kind == IndicatorKind.NotApplicable)
            {
                (maxima ??= (decimal[])_maxima.Clone())[leafNodes[k]] = 0m;
            }
            else if (value.Kind != rule.InputKind)
            {
                Add(ref problems, DiagnosticKind.WrongIndicatorKind, leaf.Code, Invariant.Format($"the rule reads a {rule.InputKind} value, but {value.Kind} {value} was reported"), unit);
            }
            else if (rule.CheckInput(value) is { } invalid)
            {
                Add(ref problems, DiagnosticKind.ValueOutOfRange, leaf.Code, invalid, unit);
            }
            else
            {
                var outcome = rule.Evaluate(value, new RuleContext(leaf.MaxPoints, year));
                if (outcome.Points < 0m || outcome.Points > leaf.MaxPoints)
                {
                    Add(ref problems, DiagnosticKind.PointsOutOfRange, leaf.Code, Invariant.Format($"rule {rule.GetType().Name} gave {Invariant.Format(outcome.Points)} points for {value}, outside [0, {Invariant.Format(leaf.MaxPoints)}]"), unit);
                }
                points[leafNodes[k]] = outcome.Points.Scale > PointsDecimals
                    ? Math.Round(outcome.Points, PointsDecimals, MidpointRounding.ToEven)
                    : outcome.Points;
                leafData[(2 * k) + 1] = outcome.Step;
            }
        }

        if (maxima is not null)
        {
            for (var n = 0; n < maxima.Length; n++)
            {
                if (!methodology.Nodes[n].IsLeaf)
                {
                    maxima[n] = 0m;
                }
            }
        }

        // Sum up the tree: in reverse pre-order every node is complete before its parent takes it.
        var total = 0m;
        var totalMax = 0m;
        for (var n = points.Length - 1; n >= 0; n--)
        {
            var parent = parents[n];
            if (parent >= 0)
            {
                points[parent] += points[n];
                if (maxima is not null)
                {
                    maxima[parent] += maxima[n];
                }
            }
            else
            {
                total += points[n];
                totalMax += maxima is null ? _maxima[n] : maxima[n];
            }
        }

        if (totalMax == 0m)
        {
            Add(ref problems, DiagnosticKind.NothingApplicable, null, "every leaf was declared not applicable", unit);
        }
        if ((problems?.Count ?? 0) > problemsBefore)
        {
            return null;
        }
        return new Scorecard(
            methodology,
            indicators,
            points,
            maxima is null ? methodology.Maxima : ImmutableCollectionsMarshal.AsImmutableArray(maxima),
            leafData,
            total,
            totalMax);
    }

    private static void Add(ref List<Diagnostic>? problems, DiagnosticKind kind, string? code, string message, string unit) =>
        (problems ??= []).Add(new Diagnostic(kind, code, message, unit));
}
