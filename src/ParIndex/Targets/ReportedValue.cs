using NodaTime;
using ParIndex.History;
using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.Targets;

/// <summary>
/// One value of an indicator for one year (số liệu báo cáo): a share, a count, a rank, a group or a yes/no judgement,
/// with where it comes from and, when known, the day it was reported.
/// </summary>
/// <remarks>Immutable; equality by value. A value reported after the evaluation date is not used by that evaluation.</remarks>
public sealed record ReportedValue
{
    private ReportedValue(string indicatorId, int year, TargetValueKind valueKind, decimal? number, string? group, bool? achieved, string source, LocalDate? reportedOn, ValueOrigin origin)
    {
        IndicatorId = Preconditions.CheckNotBlank(indicatorId, nameof(indicatorId));
        Preconditions.CheckArgumentRange(nameof(year), year, PlanYears.First, PlanYears.Last);
        Year = year;
        ValueKind = valueKind;
        Number = number;
        Group = group;
        IsAchieved = achieved;
        Source = Text.Nfc(Preconditions.CheckNotBlank(source, nameof(source)));
        ReportedOn = reportedOn;
        Origin = origin;
    }

    /// <summary>Gets the identifier of the indicator (see <see cref="Indicator.Id"/>).</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the year the value is for.</summary>
    public int Year { get; }

    /// <summary>Gets the kind of value: percent, count, rank, group or yes/no.</summary>
    public TargetValueKind ValueKind { get; }

    /// <summary>Gets the number for a percent, count or rank; otherwise <see langword="null"/>.</summary>
    public decimal? Number { get; }

    /// <summary>Gets the group's name for <see cref="TargetValueKind.Group"/>; otherwise <see langword="null"/>.</summary>
    public string? Group { get; }

    /// <summary>Gets the judgement for <see cref="TargetValueKind.YesNo"/>; otherwise <see langword="null"/>.</summary>
    public bool? IsAchieved { get; }

    /// <summary>Gets the source: a report's number, an address, "scorecard …".</summary>
    public string Source { get; }

    /// <summary>Gets the day the value was reported, when known.</summary>
    public LocalDate? ReportedOn { get; }

    /// <summary>Gets the kind of source.</summary>
    internal ValueOrigin Origin { get; }

    /// <summary>A share in %.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="year">The year the value is for.</param>
    /// <param name="percent">The share, in [0, 100].</param>
    /// <param name="source">Where it was reported.</param>
    /// <param name="reportedOn">The day it was reported, when known.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicatorId"/> or <paramref name="source"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> or <paramref name="year"/> is out of range.</exception>
    public static ReportedValue Percent(string indicatorId, int year, decimal percent, string source, LocalDate? reportedOn = null)
    {
        Preconditions.CheckArgumentRange(nameof(percent), percent, 0m, 100m);
        return new(indicatorId, year, TargetValueKind.Percent, percent, null, null, source, reportedOn, ValueOrigin.Reported);
    }

    /// <summary>A whole count.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="year">The year the value is for.</param>
    /// <param name="count">The count, 0 or more.</param>
    /// <param name="source">Where it was reported.</param>
    /// <param name="reportedOn">The day it was reported, when known.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicatorId"/> or <paramref name="source"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or <paramref name="year"/> is out of range.</exception>
    public static ReportedValue Count(string indicatorId, int year, int count, string source, LocalDate? reportedOn = null)
    {
        Preconditions.CheckArgumentRange(nameof(count), count, 0, int.MaxValue);
        return new(indicatorId, year, TargetValueKind.Count, count, null, null, source, reportedOn, ValueOrigin.Reported);
    }

    /// <summary>A rank in a ranking (1 is first).</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="year">The year the value is for.</param>
    /// <param name="rank">The rank, 1 or more.</param>
    /// <param name="source">Where it was reported.</param>
    /// <param name="reportedOn">The day it was reported, when known.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicatorId"/> or <paramref name="source"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is less than 1, or <paramref name="year"/> is out of range.</exception>
    public static ReportedValue Rank(string indicatorId, int year, int rank, string source, LocalDate? reportedOn = null) =>
        RankOf(indicatorId, year, rank, source, reportedOn, ValueOrigin.Reported);

    /// <summary>Membership of a named group.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="year">The year the value is for.</param>
    /// <param name="group">The group's name.</param>
    /// <param name="source">Where it was reported.</param>
    /// <param name="reportedOn">The day it was reported, when known.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicatorId"/>, <paramref name="group"/> or <paramref name="source"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ReportedValue InGroup(string indicatorId, int year, string group, string source, LocalDate? reportedOn = null) =>
        new(indicatorId, year, TargetValueKind.Group, null, Text.Nfc(Preconditions.CheckNotBlank(group, nameof(group)).Trim()), null, source, reportedOn, ValueOrigin.Reported);

    /// <summary>A yes/no judgement of a qualitative target ("the pilot was done").</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="year">The year the judgement is for.</param>
    /// <param name="achieved">Whether it was achieved.</param>
    /// <param name="source">Who judged it, where.</param>
    /// <param name="reportedOn">The day it was reported, when known.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicatorId"/> or <paramref name="source"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ReportedValue Achieved(string indicatorId, int year, bool achieved, string source, LocalDate? reportedOn = null) =>
        new(indicatorId, year, TargetValueKind.YesNo, null, null, achieved, source, reportedOn, ValueOrigin.Reported);

    /// <summary>The index of a scorecard (rounded to two decimals, as published) or the percentage of one of its nodes.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="scorecard">The scorecard; its year is the value's year.</param>
    /// <param name="nodeCode">A node's code for its percentage of its maximum (an area's component index), or
    /// <see langword="null"/> for the whole index.</param>
    /// <returns>The value, in %.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="indicatorId"/> is blank, or the node is not applicable.</exception>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException"><paramref name="nodeCode"/> is not a node of the methodology.</exception>
    public static ReportedValue FromScorecard(string indicatorId, Scorecard scorecard, string? nodeCode = null)
    {
        Preconditions.CheckNotNull(scorecard, nameof(scorecard));
        var percent = nodeCode is null
            ? scorecard.RoundedIndex
            : PublishedRounding.Index(scorecard[nodeCode].Percent ?? throw new ArgumentProblem(nameof(nodeCode), "Node " + nodeCode + " is not applicable to the unit.").ToException());
        var source = "scorecard of " + scorecard.Unit + " (" + scorecard.Methodology.Id + (nodeCode is null ? string.Empty : ", node " + nodeCode) + ")";
        return new(indicatorId, scorecard.Year, TargetValueKind.Percent, percent, null, null, source, null, ValueOrigin.Scorecard);
    }

    /// <summary>A unit's rank in a ranking.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="ranking">The ranking.</param>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="year">The year the ranking is for.</param>
    /// <returns>The value, in <see cref="TargetValueKind.Rank"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ranking"/> or <paramref name="unitCode"/> is null.</exception>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">The unit is not in the ranking.</exception>
    public static ReportedValue FromRanking(string indicatorId, Ranking ranking, string unitCode, int year)
    {
        Preconditions.CheckNotNull(ranking, nameof(ranking));
        var entry = ranking[Preconditions.CheckNotNull(unitCode, nameof(unitCode))];
        return RankOf(indicatorId, year, entry.Rank, Invariant.Format($"ranking of {ranking.Entries.Length} units"), null, ValueOrigin.Ranking);
    }

    /// <summary>A published row's value (for a percent) or rank (for a rank).</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="row">The published row; its source is kept.</param>
    /// <param name="valueKind"><see cref="TargetValueKind.Percent"/> for the value, <see cref="TargetValueKind.Rank"/> for the rank.</param>
    /// <returns>The value, or <see langword="null"/> when the row lacks it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valueKind"/> is neither a percent nor a rank.</exception>
    public static ReportedValue? FromPublished(string indicatorId, PublishedResult row, TargetValueKind valueKind)
    {
        Preconditions.CheckNotNull(row, nameof(row));
        return valueKind switch
        {
            TargetValueKind.Percent => row.Value is { } value
                ? new(indicatorId, row.Year, TargetValueKind.Percent, value, null, null, row.Source, null, ValueOrigin.PublishedRecord)
                : null,
            TargetValueKind.Rank => row.Rank is { } rank ? RankOf(indicatorId, row.Year, rank, row.Source, null, ValueOrigin.PublishedRecord) : null,
            _ => throw new ArgumentProblem(nameof(valueKind), "A published row gives a percent or a rank.", valueKind).ToException(),
        };
    }

    /// <summary>Formats as "2021 satisfaction.agencies = 84.4% (source)".</summary>
    /// <returns>The value as text.</returns>
    public override string ToString() => Invariant.Format($"{Year} {IndicatorId} = {ValueText} ({Source})");

    /// <summary>Gets the value alone: "84.4%", "rank 4", "group tốt", "yes".</summary>
    internal string ValueText => ValueKind switch
    {
        TargetValueKind.Percent => Invariant.Format(Number!.Value) + "%",
        TargetValueKind.Count => Invariant.Format(Number!.Value),
        TargetValueKind.Rank => "rank " + Invariant.Format(Number!.Value),
        TargetValueKind.Group => "group " + Group,
        _ => IsAchieved == true ? "yes" : "no",
    };

    private static ReportedValue RankOf(string indicatorId, int year, int rank, string source, LocalDate? reportedOn, ValueOrigin origin)
    {
        Preconditions.CheckArgumentRange(nameof(rank), rank, 1, int.MaxValue);
        return new(indicatorId, year, TargetValueKind.Rank, rank, null, null, source, reportedOn, origin);
    }
}
