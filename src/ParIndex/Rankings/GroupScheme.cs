namespace ParIndex.Rankings;

/// <summary>Thresholds that sort ranked units into groups (xếp nhóm), e.g. A ≥ 90%, B 80–&lt;90%, C 70–&lt;80%.</summary>
/// <remarks>A value below every group's bound is in no group. Immutable.</remarks>
public sealed class GroupScheme
{
    /// <summary>Creates a scheme.</summary>
    /// <param name="groups">The groups, in any order; names and bounds must be distinct. Copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="ArgumentException">A group is null, or two groups share a name or a bound.</exception>
    public GroupScheme(IEnumerable<Group> groups)
    {
        var list = Preconditions.CheckNotNull(groups, nameof(groups)).ToList();
        Preconditions.CheckNoNulls(list, nameof(groups));
        Preconditions.CheckArgument(list.Select(g => g.Name).Distinct(StringComparer.Ordinal).Count() == list.Count, nameof(groups), "Group names must be distinct.");
        Preconditions.CheckArgument(list.Select(g => g.LowerBound).Distinct().Count() == list.Count, nameof(groups), "Group bounds must be distinct.");
        Groups = [.. list.OrderByDescending(g => g.LowerBound)];
    }

    /// <summary>Gets the groups the Ministry of Home Affairs published with the provincial PAR Index in most years:
    /// A ≥ 90%, B 80% – &lt;90%, C 70% – &lt;80% (confirmed for 2015, 2016, 2021, 2022 and 2024 in the reports cited in
    /// the sources named by <c>ParIndex.History.YearResults.GroupsSource</c>; 2018 had other thresholds, and
    /// <c>YearResults.Groups</c> gives each published year's scheme).</summary>
    public static GroupScheme Ministry { get; } = new([new Group("A", 90m), new Group("B", 80m), new Group("C", 70m)]);

    /// <summary>Gets the groups from the highest bound down.</summary>
    public ImmutableArray<Group> Groups { get; }

    /// <summary>Finds the group of a value.</summary>
    /// <param name="value">The value, in the scheme's unit.</param>
    /// <returns>The group with the highest bound not above the value, or <see langword="null"/>.</returns>
    public Group? Classify(decimal value)
    {
        foreach (var group in Groups)
        {
            if (value >= group.LowerBound)
            {
                return group;
            }
        }
        return null;
    }
}
