namespace ParIndex.Methodologies;

/// <summary>What is known of one area (lĩnh vực) of an official methodology whose tree is not held: its name as
/// printed, and its maximum points and counts where a source gives them.</summary>
/// <remarks>Immutable; equal when code, name, maximum and counts are equal.</remarks>
public sealed record AreaOutline
{
    /// <summary>Creates an outline.</summary>
    /// <param name="code">The area's code ("1" to "8").</param>
    /// <param name="name">The Vietnamese name as printed in the source (NFC).</param>
    /// <param name="maxPoints">The maximum points, or <see langword="null"/> when not sourced.</param>
    /// <param name="criterionCount">The number of criteria, or <see langword="null"/>.</param>
    /// <param name="subCriterionCount">The number of sub-criteria, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="name"/> is null or blank.</exception>
    public AreaOutline(string code, string name, decimal? maxPoints = null, int? criterionCount = null, int? subCriterionCount = null)
    {
        Code = Preconditions.CheckNotBlank(code, nameof(code));
        Name = Text.Nfc(Preconditions.CheckNotBlank(name, nameof(name)));
        MaxPoints = maxPoints;
        CriterionCount = criterionCount;
        SubCriterionCount = subCriterionCount;
    }

    /// <summary>Gets the area's code.</summary>
    public string Code { get; }

    /// <summary>Gets the Vietnamese name as printed in the source.</summary>
    public string Name { get; }

    /// <summary>Gets the maximum points, when sourced.</summary>
    public decimal? MaxPoints { get; }

    /// <summary>Gets the number of criteria (tiêu chí), when sourced.</summary>
    public int? CriterionCount { get; }

    /// <summary>Gets the number of sub-criteria (tiêu chí thành phần), when sourced.</summary>
    public int? SubCriterionCount { get; }

    /// <summary>Formats the outline as "3 Cải cách thủ tục hành chính (14.5)".</summary>
    /// <returns>Code, name and maximum.</returns>
    public override string ToString() => Code + " " + Name + (MaxPoints is { } max ? " (" + Invariant.Format(max) + ")" : string.Empty);
}
