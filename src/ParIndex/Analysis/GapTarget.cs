using ParIndex.History;
using ParIndex.Targets;

namespace ParIndex.Analysis;

/// <summary>
/// A target a unit wants to reach (chỉ tiêu): a rank of N or better, a group of the ranking's scheme, or an index of at
/// least X. Reform plans set targets of all three kinds ("top 10 of the PAR Index", "group A", "above 90").
/// </summary>
/// <remarks>Immutable; compares by value (kind and figure; the group name ordinally).</remarks>
public sealed record GapTarget
{
    private GapTarget()
    {
    }

    /// <summary>Gets what the target asks for.</summary>
    internal GapTargetKind Kind { get; private init; }

    /// <summary>Gets N of a rank target (rank N or better, made by <see cref="Rank"/>); 0 for the other kinds.</summary>
    public int RankOrBetter { get; private init; }

    /// <summary>Gets the group of a group target (made by <see cref="Group"/>, e.g. "A"); <see langword="null"/> for the other kinds.</summary>
    public string? GroupName { get; private init; }

    /// <summary>Gets X of an index target (index ≥ X in percent, 0–100, made by <see cref="Index"/>); 0 for the other kinds.</summary>
    public decimal IndexAtLeast { get; private init; }

    /// <summary>A rank of <paramref name="n"/> or better.</summary>
    /// <param name="n">The rank, from 1.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public static GapTarget Rank(int n)
    {
        Preconditions.CheckArgumentRange(nameof(n), n, 1, int.MaxValue);
        return new GapTarget { Kind = GapTargetKind.Rank, RankOrBetter = n };
    }

    /// <summary>The group named <paramref name="name"/> of the ranking's scheme, or a higher one.</summary>
    /// <param name="name">The group's name, e.g. "A" of <see cref="Rankings.GroupScheme.Ministry"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public static GapTarget Group(string name) => new() { Kind = GapTargetKind.Group, GroupName = Text.Nfc(Preconditions.CheckNotBlank(name, nameof(name))) };

    /// <summary>An index of at least <paramref name="index"/>.</summary>
    /// <param name="index">The index, in [0, 100].</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside [0, 100].</exception>
    public static GapTarget Index(decimal index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0m, 100m);
        return new GapTarget { Kind = GapTargetKind.Index, IndexAtLeast = index };
    }

    /// <summary>The target of a reform plan's target (chỉ tiêu của kế hoạch CCHC) on the PAR Index: "top N" is
    /// <see cref="Rank"/>(N), a group is <see cref="Group"/>(name), "X % or more" (từ X% trở lên) is <see cref="Index"/>(X).</summary>
    /// <param name="target">A target whose indicator names the PAR Index (<see cref="Indicator.Published"/> is
    /// <see cref="PublishedIndex.Par"/>).</param>
    /// <returns>The gap target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException">The target is not on the PAR Index, or its goal is not a top N, a group or an
    /// index of at least X (a strict "above X" has no least index).</exception>
    public static GapTarget For(PlanTarget target)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        Preconditions.CheckArgument(target.Indicator.Published == PublishedIndex.Par, nameof(target), $"Target {target.Id} is on {target.Indicator.Id}, not the PAR Index.");
        var goal = target.Goal;
        return goal.Comparison switch
        {
            Comparison.Top => Rank((int)goal.Threshold!.Value),
            Comparison.InGroup => Group(goal.Group!),
            Comparison.AtLeast when goal.ValueKind == TargetValueKind.Percent => Index(goal.Threshold!.Value),
            _ => throw new ArgumentProblem(nameof(target), $"Target {target.Id} ({goal}) is not a top N, a group or an index of at least X.").ToException(),
        };
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        GapTargetKind.Rank => Invariant.Format($"rank {RankOrBetter} or better"),
        GapTargetKind.Group => "group " + GroupName,
        _ => "index ≥ " + Invariant.Format(IndexAtLeast),
    };
}
