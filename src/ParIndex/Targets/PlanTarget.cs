namespace ParIndex.Targets;

/// <summary>
/// A target of a reform plan (chỉ tiêu): the indicator it is about, what it asks for, by when, for whom, and the
/// plan's remarks; optionally alternatives, any one of which meets it.
/// </summary>
/// <remarks>
/// <para>Qualitative targets ("hầu hết", "thực hiện thí điểm") use <see cref="Goal.Achieved"/> and keep their wording in
/// <see cref="Note"/>: no number is invented for them. A target about online public services says which classification
/// it uses (the plan JSON's <c>"onlineServices"</c>): partial/full online services exist only from 2022.</para>
/// <para>Immutable; equality by value. Optional parts are set with an object initialiser.</para>
/// </remarks>
public sealed class PlanTarget : IEquatable<PlanTarget>
{
    private readonly ImmutableArray<TargetAlternative> _alternatives = [];
    private readonly OnlineServiceScheme _onlineServices;

    /// <summary>Creates a target.</summary>
    /// <param name="id">Its identifier within the plan, e.g. "hue-2019-01".</param>
    /// <param name="indicator">What it measures.</param>
    /// <param name="goal">What it asks for.</param>
    /// <param name="deadline">When it is due.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/>, <paramref name="goal"/> or <paramref name="deadline"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    public PlanTarget(string id, Indicator indicator, Goal goal, Deadline deadline)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id)).Trim();
        Indicator = Preconditions.CheckNotNull(indicator, nameof(indicator));
        Goal = Preconditions.CheckNotNull(goal, nameof(goal));
        Deadline = Preconditions.CheckNotNull(deadline, nameof(deadline));
    }

    /// <summary>Gets the identifier within the plan.</summary>
    public string Id { get; }

    /// <summary>Gets what it measures.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets what it asks for.</summary>
    public Goal Goal { get; }

    /// <summary>Gets when it is due.</summary>
    public Deadline Deadline { get; }

    /// <summary>Gets whom it covers; <see cref="TargetScope.Unspecified"/> unless set.</summary>
    internal TargetScope Scope { get; init => field = Preconditions.CheckNotNull(value, nameof(value)); } = TargetScope.Unspecified;

    /// <summary>Gets the plan's remarks, ambiguities and qualitative wording, or <see langword="null"/>.</summary>
    public string? Note { get; init => field = string.IsNullOrWhiteSpace(value) ? null : Text.Nfc(value.Trim()); }

    /// <summary>Gets the classification of online public services the target uses.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: <see cref="OnlineServiceScheme.PartialAndFull"/> with a
    /// deadline before 2022, when that classification did not exist.</exception>
    internal OnlineServiceScheme OnlineServices
    {
        get => _onlineServices;
        init
        {
            ArgumentProblem.ThrowIf(CheckOnlineServices(value, Deadline));
            _onlineServices = value;
        }
    }

    /// <summary>Gets the alternatives, any one of which meets the target as well as its own goal; empty for most targets.</summary>
    /// <exception cref="ArgumentException">On set: an alternative is null.</exception>
    public ImmutableArray<TargetAlternative> Alternatives
    {
        get => _alternatives;
        init
        {
            var alternatives = value.IsDefault ? [] : value;
            Preconditions.CheckNoNulls(alternatives, nameof(value));
            _alternatives = alternatives;
        }
    }

    /// <summary>Formats as "id: indicator goal by deadline".</summary>
    /// <returns>The target as text.</returns>
    public override string ToString() =>
        Id + ": " + Indicator.Id + " " + Goal + " by " + Deadline + string.Concat(Alternatives.Select(a => " or " + a));

    // Written by hand, not a record: the alternatives compare as sequences, which a record compares by reference.
    /// <summary>Compares every part.</summary>
    /// <param name="other">The target to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(PlanTarget? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Indicator.Equals(other.Indicator) && Goal.Equals(other.Goal)
        && Deadline.Equals(other.Deadline) && Scope.Equals(other.Scope) && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && OnlineServices == other.OnlineServices && Alternatives.SequenceEqual(other.Alternatives);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlanTarget);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Indicator, Goal, Deadline);

    /// <summary>What <see cref="OnlineServices"/> refuses: the partial-and-full classification before 2022.</summary>
    internal static ArgumentProblem? CheckOnlineServices(OnlineServiceScheme value, Deadline deadline) =>
        ArgumentProblem.Unless(value != OnlineServiceScheme.PartialAndFull || deadline.Year >= 2022, nameof(value), "Partial and full online services exist from 2022 (Decree 42/2022/NĐ-CP).", value);
}
