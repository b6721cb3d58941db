using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using ParIndex.Utility;

namespace ParIndex.Targets;

/// <summary>A plan's targets evaluated on one date: one <see cref="TargetEvaluation"/> per target, the counts by status,
/// and the targets at risk (kết quả thực hiện kế hoạch).</summary>
/// <remarks>Immutable.</remarks>
internal sealed class PlanSummary
{
    internal PlanSummary(ReformPlan plan, LocalDate asOf, ImmutableArray<TargetEvaluation> evaluations)
    {
        Plan = plan;
        AsOf = asOf;
        Evaluations = evaluations;
        AtRisk = [.. evaluations.Where(e => e.IsAtRisk)];
    }

    /// <summary>Gets the plan.</summary>
    public ReformPlan Plan { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets one evaluation per target, in the plan's order.</summary>
    public ImmutableArray<TargetEvaluation> Evaluations { get; }

    /// <summary>Gets how many targets are met.</summary>
    public int Met => Count(TargetStatus.Met);

    /// <summary>Gets how many targets are missed (due and not met).</summary>
    public int Missed => Count(TargetStatus.NotMet);

    /// <summary>Gets how many targets are not yet due.</summary>
    public int NotYetDue => Count(TargetStatus.NotYetDue);

    /// <summary>Gets how many targets are due but unknown: no value for their deadline.</summary>
    public int Unknown => Count(TargetStatus.NoData);

    /// <summary>Gets the targets at risk: not yet due, and their latest value would miss them (see <see cref="TargetEvaluation"/>).</summary>
    public ImmutableArray<TargetEvaluation> AtRisk { get; }

    /// <summary>Gets the evaluation of a target.</summary>
    /// <param name="targetId">The target's id.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">The plan has no such target.</exception>
    public TargetEvaluation this[string targetId] => Evaluations[Plan.Targets.IndexOf(Plan[targetId])];

    /// <summary>Formats as "phu-tho-2020 on 2021-06-30: 3 met, 1 missed, 0 not yet due, 8 unknown; 0 at risk".</summary>
    /// <returns>The summary as text.</returns>
    public override string ToString() =>
        Plan.Id + " on " + AsOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        + Invariant.Format($": {Met} met, {Missed} missed, {NotYetDue} not yet due, {Unknown} unknown; {AtRisk.Length} at risk");

    private int Count(TargetStatus status) => Evaluations.Count(e => e.Status == status);
}
