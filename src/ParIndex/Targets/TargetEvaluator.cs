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
            var latest = shown.Latest is { } point ? "the latest value is for " + Year(point.Year) : "no value yet";
            return shown.Result(target, TargetStatus.NotYetDue, shown.Latest, isAtRisk: onTrack is null && shown.Latest is not null,
                "due on " + Date(deadline.Due) + ", after " + Date(asOf) + "; " + latest);
        }
        if (outcomes.FirstOrDefault(o => o.AtDeadline is { MeetsGoal: true }) is { } met)
        {
            return met.Result(target, TargetStatus.Met, met.AtDeadline, isAtRisk: false, Decided(met));
        }
        if (outcomes.All(o => o.AtDeadline is not null))
        {
            return outcomes[0].Result(target, TargetStatus.NotMet, outcomes[0].AtDeadline, isAtRisk: false, string.Join("; ", outcomes.Select(Decided)));
        }
        var unknown = outcomes.First(o => o.AtDeadline is null);
        return unknown.Result(target, TargetStatus.NoData, null, isAtRisk: false, string.Join("; ", outcomes.Where(o => o.AtDeadline is null).Select(o => Missing(o.Indicator, o.Goal.ValueKind, deadline.Year))));
    }

    private static string Decided(Outcome outcome) =>
        outcome.Indicator.Id + " for " + Year(outcome.AtDeadline!.Year) + ": " + outcome.AtDeadline.Value.ValueText + " (" + outcome.AtDeadline.Value.Origin + ")";

    /// <summary>Why no value decides: nothing reported, and what the published record lacks or why it was not asked.</summary>
    private string Missing(Indicator indicator, TargetValueKind unit, int year)
    {
        var text = "no value of " + indicator.Id + " for " + Year(year) + " was reported";
        if (indicator.Published is not { } index)
        {
            return text + ", and no published index measures it";
        }
        var name = index == PublishedIndex.Par ? "PAR Index" : "SIPAS";
        if (!consultPublishedRecord)
        {
            return text + ", and the published record was not consulted";
        }
        if (province.List != ProvinceListId.Units63)
        {
            return text + ", and the published record ranks the 63 units, not " + province.Name + " of the 34 list";
        }
        if (unit is not (TargetValueKind.Percent or TargetValueKind.Rank))
        {
            return text + ", and the published " + name + " record gives percentages and ranks, not a " + unit.ToString().ToLowerInvariant();
        }
        if (year >= asOf.Year)
        {
            return text + ", and " + name + " " + Year(year) + " is taken as published only from 1 January " + Year(year + 1);
        }
        return text + ", and the published " + name + " record has no " + (unit == TargetValueKind.Rank ? "rank" : "value") + " for " + province.Name + " in " + Year(year)
            + (index == PublishedIndex.Sipas && year < 2017 ? " (SIPAS is measured nationwide only since 2017)" : string.Empty);
    }

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Outcome Assess(Indicator indicator, Goal goal, TargetAlternative? alternative, int deadlineYear)
    {
        var candidates = _byIndicator[indicator.Id].Where(v => v.ValueKind == goal.ValueKind).Concat(Published(indicator, goal.ValueKind));
        ImmutableArray<ProgressPoint> progress = [.. candidates
            .Where(v => v.Year <= deadlineYear)
            .GroupBy(v => v.Year)
            .OrderBy(g => g.Key)
            .Select(g => Choose(g))
            .Select(v => new ProgressPoint { Value = v, MeetsGoal = goal.IsMetBy(v), Gap = goal.Gap(v) })];
        return new Outcome(indicator, goal, alternative, progress, progress.IsEmpty ? null : progress[^1], progress.FirstOrDefault(p => p.Year == deadlineYear));
    }

    private IEnumerable<ReportedValue> Published(Indicator indicator, TargetValueKind unit)
    {
        if (!consultPublishedRecord || indicator.Published is not { } index || province.List != ProvinceListId.Units63
            || unit is not (TargetValueKind.Percent or TargetValueKind.Rank))
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

    private sealed record Outcome(Indicator Indicator, Goal Goal, TargetAlternative? Alternative, ImmutableArray<ProgressPoint> Progress, ProgressPoint? Latest, ProgressPoint? AtDeadline)
    {
        internal TargetEvaluation Result(PlanTarget target, TargetStatus status, ProgressPoint? decisive, bool isAtRisk, string explanation) =>
            new(target, status, Alternative, decisive, isAtRisk, Progress, explanation);
    }
}
