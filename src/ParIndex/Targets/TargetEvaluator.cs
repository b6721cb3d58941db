using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using ParIndex.Geography;
using ParIndex.History;

namespace ParIndex.Targets;

/// <summary>Evaluates targets of one province on one date; the rules are documented on <see cref="TargetEvaluation"/>.</summary>
internal sealed class TargetEvaluator(Province province, ImmutableArray<ReportedValue> values, LocalDate asOf, bool consultPublishedRecord)
{
    private readonly ILookup<string, ReportedValue> _byIndicator = values
        .Where(v => v.ReportedOn is null || v.ReportedOn <= asOf)
        .ToLookup(v => v.IndicatorId, StringComparer.Ordinal);

    internal TargetEvaluation Evaluate(PlanTarget target)
    {
        var deadline = target.Deadline;
        var outcomes = new List<Outcome> { Assess(target.Indicator, target.Goal, null, deadline.Year) };
        outcomes.AddRange(target.Alternatives.Select(a => Assess(a.Indicator, a.Goal, a, deadline.Year)));

        if (!deadline.IsDueOn(asOf))
        {
            var onTrack = outcomes.FirstOrDefault(o => o.Latest is { MeetsGoal: true });
            var shown = onTrack ?? outcomes.FirstOrDefault(o => o.Latest is not null) ?? outcomes[0];
            return shown.Result(target, TargetStatus.NotYetDue, shown.Latest, isAtRisk: onTrack is null && shown.Latest is not null);
        }
        if (outcomes.FirstOrDefault(o => o.AtDeadline is { MeetsGoal: true }) is { } met)
        {
            return met.Result(target, TargetStatus.Met, met.AtDeadline, isAtRisk: false);
        }
        if (outcomes.All(o => o.AtDeadline is not null))
        {
            return outcomes[0].Result(target, TargetStatus.NotMet, outcomes[0].AtDeadline, isAtRisk: false);
        }
        var unknown = outcomes.First(o => o.AtDeadline is null);
        return unknown.Result(target, TargetStatus.NoData, null, isAtRisk: false);
    }

    private Outcome Assess(Indicator indicator, Goal goal, TargetAlternative? alternative, int deadlineYear)
    {
        var candidates = _byIndicator[indicator.Id].Where(v => v.Unit == goal.Unit).Concat(Published(indicator, goal.Unit));
        ImmutableArray<ProgressPoint> progress = [.. candidates
            .Where(v => v.Year <= deadlineYear)
            .GroupBy(v => v.Year)
            .OrderBy(g => g.Key)
            .Select(g => Choose(g))
            .Select(v => new ProgressPoint(v, goal.IsMetBy(v), goal.Gap(v)))];
        return new Outcome(alternative, progress, progress.IsEmpty ? null : progress[^1], progress.FirstOrDefault(p => p.Year == deadlineYear));
    }

    private IEnumerable<ReportedValue> Published(Indicator indicator, TargetUnit unit)
    {
        if (!consultPublishedRecord || indicator.Published is not { } index || province.List != ProvinceListId.Units63
            || unit is not (TargetUnit.Percent or TargetUnit.Rank))
        {
            return [];
        }
        return PublishedRecord.Series(index, province)
            .Where(row => row.Year < asOf.Year)
            .Select(row => ReportedValue.FromPublished(indicator.Id, row, unit))
            .OfType<ReportedValue>();
    }

    /// <summary>One value per year: the published record first, then the latest report, then a total order on the rest.</summary>
    private static ReportedValue Choose(IEnumerable<ReportedValue> sameYear) => sameYear
        .OrderByDescending(v => v.Origin == ValueOrigin.PublishedRecord)
        .ThenByDescending(v => v.ReportedOn.HasValue)
        .ThenByDescending(v => v.ReportedOn ?? default)
        .ThenBy(v => v.Source, StringComparer.Ordinal)
        .ThenBy(v => v.Origin)
        .ThenBy(v => v.Number)
        .ThenBy(v => v.Group, StringComparer.Ordinal)
        .ThenBy(v => v.IsAchieved)
        .First();

    private sealed record Outcome(TargetAlternative? Alternative, ImmutableArray<ProgressPoint> Progress, ProgressPoint? Latest, ProgressPoint? AtDeadline)
    {
        internal TargetEvaluation Result(PlanTarget target, TargetStatus status, ProgressPoint? decisive, bool isAtRisk) =>
            new(target, status, Alternative, decisive, isAtRisk, Progress);
    }
}
