using ParIndex.Methodologies;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Surveys;

/// <summary>
/// Feeds SIPAS figures into a PAR Index methodology's survey-sourced leaves (điểm điều tra xã hội học): as percentages
/// for the leaves' own rules (such as <see cref="Rules.SurveyPercentageRule"/>), or as points.
/// </summary>
/// <remarks>
/// Which PAR Index criterion takes which SIPAS figure, and by what rule, was not found in the sources (see docs/background.md
/// §4), so nothing is assumed: the caller links each leaf code to a <see cref="SipasMeasure"/>. Every link is checked —
/// the leaf exists, is a leaf, is assessed by <see cref="AssessmentMethod.SociologicalSurvey"/>, and the profile has the
/// figure — and all problems are reported at once. Thread-safe.
/// </remarks>
internal static class SurveyPoints
{
    /// <summary>Makes percentage indicators for the linked leaves, to put into <see cref="ReportedIndicators"/>.</summary>
    /// <param name="methodology">The methodology.</param>
    /// <param name="profile">The figures of the unit (a province's profile).</param>
    /// <param name="links">For each survey-sourced leaf code, the figure it takes.</param>
    /// <returns>The leaf codes with <see cref="IndicatorValue.Percent"/> values, in the order of <paramref name="links"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DiagnosticException">A link names no leaf, a leaf not assessed by survey, or a figure the profile lacks.</exception>
    public static ImmutableArray<KeyValuePair<string, IndicatorValue>> ToIndicators(Methodology methodology, SatisfactionProfile profile, IEnumerable<KeyValuePair<string, SipasMeasure>> links) =>
        [.. Link(methodology, profile, links).Select(l => KeyValuePair.Create(l.Leaf.Code, IndicatorValue.Percent(l.Figure.Value)))];

    /// <summary>Makes points for the linked leaves (given points, which the scorer takes as they are).</summary>
    /// <param name="methodology">The methodology.</param>
    /// <param name="profile">The figures of the unit (a province's profile).</param>
    /// <param name="links">For each survey-sourced leaf code, the figure it takes.</param>
    /// <param name="conversion">From (percentage, leaf maximum) to points, or <see langword="null"/> for percentage ÷ 100 × maximum.</param>
    /// <returns>The leaf codes with <see cref="IndicatorValue.GivenPoints"/> values, in the order of <paramref name="links"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="conversion"/> is null.</exception>
    /// <exception cref="DiagnosticException">A link names no leaf, a leaf not assessed by survey, or a figure the
    /// profile lacks, or the conversion gives points outside [0, the leaf's maximum].</exception>
    public static ImmutableArray<KeyValuePair<string, IndicatorValue>> ToPoints(Methodology methodology, SatisfactionProfile profile, IEnumerable<KeyValuePair<string, SipasMeasure>> links, Func<decimal, decimal, decimal>? conversion = null)
    {
        conversion ??= static (percent, max) => percent * max * 0.01m;
        var linked = Link(methodology, profile, links);
        var points = linked.Select(l => (l.Leaf, Points: conversion(l.Figure.Value, l.Leaf.MaxPoints))).ToList();
        var problems = points.Where(p => p.Points < 0 || p.Points > p.Leaf.MaxPoints)
            .Select(p => new Diagnostic(DiagnosticKind.PointsOutOfRange, p.Leaf.Code, Invariant.Format($"the conversion gives {p.Points} points, outside [0, {p.Leaf.MaxPoints}]"), profile.Province?.Code))
            .ToList();
        return problems.Count > 0
            ? throw new InvalidSurveyException(problems)
            : [.. points.Select(p => KeyValuePair.Create(p.Leaf.Code, IndicatorValue.GivenPoints(p.Points)))];
    }

    private static List<(Criterion Leaf, SurveyFigure Figure)> Link(Methodology methodology, SatisfactionProfile profile, IEnumerable<KeyValuePair<string, SipasMeasure>> links)
    {
        Preconditions.CheckNotNull(methodology, nameof(methodology));
        Preconditions.CheckNotNull(profile, nameof(profile));
        var linked = new List<(Criterion, SurveyFigure)>();
        var problems = new List<Diagnostic>();
        var unit = profile.Province?.Code;
        foreach (var (code, measure) in Preconditions.CheckNotNull(links, nameof(links)))
        {
            Preconditions.CheckNotNull(measure, nameof(links));
            if (methodology.Find(code) is not Criterion { IsLeaf: true } leaf)
            {
                problems.Add(new Diagnostic(DiagnosticKind.UnknownCode, code, "no leaf of the methodology has this code", unit));
            }
            else if (leaf.AssessedBy != AssessmentMethod.SociologicalSurvey)
            {
                problems.Add(new Diagnostic(DiagnosticKind.NotSurveySourced, code, Invariant.Format($"the leaf is assessed by {leaf.AssessedBy}, not by sociological survey"), unit));
            }
            else if (profile.Find(measure) is not { } figure)
            {
                problems.Add(new Diagnostic(DiagnosticKind.MissingFigure, code, Invariant.Format($"the profile of {profile.Scope} has no figure for {measure}"), unit));
            }
            else
            {
                linked.Add((leaf, figure));
            }
        }
        return problems.Count > 0 ? throw new InvalidSurveyException(problems) : linked;
    }
}
