namespace ParIndex.Targets;

/// <summary>
/// What a target asks for: a comparison with a threshold of a kind of value (<see cref="TargetValueKind"/>: "trên 80%", "từ 30% trở lên", "top 10", "ở nhóm
/// tốt"), or, for a qualitative target, simply that it be achieved.
/// </summary>
/// <remarks>Immutable; equality by value. Percent thresholds lie in [0, 100]; counts are whole and not negative;
/// a top-N target has N ≥ 1. Group names are kept in Unicode NFC and compared ordinally.</remarks>
public sealed record Goal
{
    private Goal()
    {
    }

    /// <summary>Gets the comparison.</summary>
    internal Comparison Comparison { get; private init; }

    /// <summary>Gets the threshold (a share, a count or the N of top N), or <see langword="null"/> for a group or a yes/no target.</summary>
    public decimal? Threshold { get; private init; }

    /// <summary>Gets the kind of value (percent, count, rank, group, yes/no) of the threshold and of the gap.</summary>
    public TargetValueKind ValueKind { get; private init; }

    /// <summary>Gets the group's name for a goal made by <see cref="InGroup"/>, otherwise <see langword="null"/>.</summary>
    public string? Group { get; private init; }

    /// <summary>A value strictly above the threshold ("trên 80%").</summary>
    /// <param name="threshold">The threshold.</param>
    /// <param name="valueKind"><see cref="TargetValueKind.Percent"/> or <see cref="TargetValueKind.Count"/>.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside its kind of value's domain, or the kind is not a percent or a count.</exception>
    public static Goal GreaterThan(decimal threshold, TargetValueKind valueKind = TargetValueKind.Percent) => Numeric(Comparison.GreaterThan, threshold, valueKind);

    /// <summary>A value of at least the threshold ("từ 30% trở lên").</summary>
    /// <param name="threshold">The threshold.</param>
    /// <param name="valueKind"><see cref="TargetValueKind.Percent"/> or <see cref="TargetValueKind.Count"/>.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside its kind of value's domain, or the kind is not a percent or a count.</exception>
    public static Goal AtLeast(decimal threshold, TargetValueKind valueKind = TargetValueKind.Percent) => Numeric(Comparison.AtLeast, threshold, valueKind);

    /// <summary>A value equal to the threshold ("100% …").</summary>
    /// <param name="threshold">The threshold.</param>
    /// <param name="valueKind"><see cref="TargetValueKind.Percent"/> or <see cref="TargetValueKind.Count"/>.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside its kind of value's domain, or the kind is not a percent or a count.</exception>
    public static Goal EqualTo(decimal threshold, TargetValueKind valueKind = TargetValueKind.Percent) => Numeric(Comparison.EqualTo, threshold, valueKind);

    /// <summary>A value of at most the threshold ("giảm xuống 2%").</summary>
    /// <param name="threshold">The threshold.</param>
    /// <param name="valueKind"><see cref="TargetValueKind.Percent"/> or <see cref="TargetValueKind.Count"/>.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside its kind of value's domain, or the kind is not a percent or a count.</exception>
    public static Goal AtMost(decimal threshold, TargetValueKind valueKind = TargetValueKind.Percent) => Numeric(Comparison.AtMost, threshold, valueKind);

    /// <summary>A value strictly below the threshold ("dưới 5%").</summary>
    /// <param name="threshold">The threshold.</param>
    /// <param name="valueKind"><see cref="TargetValueKind.Percent"/> or <see cref="TargetValueKind.Count"/>.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside its kind of value's domain, or the kind is not a percent or a count.</exception>
    public static Goal LessThan(decimal threshold, TargetValueKind valueKind = TargetValueKind.Percent) => Numeric(Comparison.LessThan, threshold, valueKind);

    /// <summary>A rank of at most <paramref name="places"/> ("top 10"): ties share a rank, so a unit tied at rank N is in the top N.</summary>
    /// <param name="places">N, 1 or more.</param>
    /// <returns>The goal, in <see cref="TargetValueKind.Rank"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="places"/> is less than 1.</exception>
    public static Goal Top(int places)
    {
        Preconditions.CheckArgumentRange(nameof(places), places, 1, int.MaxValue);
        return new Goal { Comparison = Comparison.Top, Threshold = places, ValueKind = TargetValueKind.Rank };
    }

    /// <summary>Membership of a named group ("nhóm tốt", "A").</summary>
    /// <param name="group">The group's name.</param>
    /// <returns>The goal, in <see cref="TargetValueKind.Group"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="group"/> is null or blank.</exception>
    public static Goal InGroup(string group) =>
        new() { Comparison = Comparison.InGroup, ValueKind = TargetValueKind.Group, Group = Text.Nfc(Preconditions.CheckNotBlank(group, nameof(group)).Trim()) };

    /// <summary>A qualitative target, met when judged achieved (yes/no); its wording stays in the target's note.</summary>
    /// <returns>The goal, in <see cref="TargetValueKind.YesNo"/>.</returns>
    public static Goal Achieved() => new() { Comparison = Comparison.Achieved, ValueKind = TargetValueKind.YesNo };

    /// <summary>Tells whether a value of this goal's kind of value meets it.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is of another kind of value.</exception>
    public bool IsMetBy(ReportedValue value)
    {
        CheckValueKind(value);
        return Comparison switch
        {
            Comparison.GreaterThan => value.Number > Threshold,
            Comparison.AtLeast => value.Number >= Threshold,
            Comparison.EqualTo => value.Number == Threshold,
            Comparison.AtMost => value.Number <= Threshold,
            Comparison.LessThan => value.Number < Threshold,
            Comparison.Top => value.Number <= Threshold,
            Comparison.InGroup => string.Equals(value.Group, Group, StringComparison.Ordinal),
            _ => value.IsAchieved == true,
        };
    }

    /// <summary>The margin of a value over the threshold, in the goal's kind of value (percentage points, a count, places): positive or zero is on the right side,
    /// negative is the shortfall. For ≥, &gt; and =: value − threshold; for ≤ and &lt;: threshold − value; for top N:
    /// N − rank (places to spare, or places short).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The gap, or <see langword="null"/> for a group or a yes/no goal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is of another kind of value.</exception>
    /// <remarks>A strict comparison is not met at gap 0 ("trên 80%" and a value of 80%).</remarks>
    public decimal? Gap(ReportedValue value)
    {
        CheckValueKind(value);
        return Comparison switch
        {
            Comparison.GreaterThan or Comparison.AtLeast or Comparison.EqualTo => value.Number - Threshold,
            Comparison.AtMost or Comparison.LessThan or Comparison.Top => Threshold - value.Number,
            _ => null,
        };
    }

    /// <summary>Formats as "> 80%", "≥ 30%", "= 100%", "≤ 2%", "top 10", "in group tốt" or "achieved".</summary>
    /// <returns>The goal as text.</returns>
    public override string ToString()
    {
        var suffix = ValueKind == TargetValueKind.Percent ? "%" : string.Empty;
        return Comparison switch
        {
            Comparison.GreaterThan => "> " + Invariant.Format(Threshold!.Value) + suffix,
            Comparison.AtLeast => "≥ " + Invariant.Format(Threshold!.Value) + suffix,
            Comparison.EqualTo => "= " + Invariant.Format(Threshold!.Value) + suffix,
            Comparison.AtMost => "≤ " + Invariant.Format(Threshold!.Value) + suffix,
            Comparison.LessThan => "< " + Invariant.Format(Threshold!.Value) + suffix,
            Comparison.Top => "top " + Invariant.Format(Threshold!.Value),
            Comparison.InGroup => "in group " + Group,
            _ => "achieved",
        };
    }

    /// <summary>What the numeric factories refuse: a percentage outside [0, 100], a count below 0 or not whole, a kind of
    /// value other than percent or count.</summary>
    internal static ArgumentProblem? CheckNumeric(decimal threshold, TargetValueKind valueKind) => valueKind switch
    {
        TargetValueKind.Percent => ArgumentProblem.Range(nameof(threshold), threshold, 0m, 100m),
        TargetValueKind.Count => ArgumentProblem.Range(nameof(threshold), threshold, 0m, decimal.MaxValue)
            ?? ArgumentProblem.Unless(decimal.Truncate(threshold) == threshold, nameof(threshold), "A count threshold must be a whole number.", threshold),
        _ => new ArgumentProblem(nameof(valueKind), "A numeric comparison needs a percent or a count; use Top for ranks, InGroup for groups, Achieved for yes/no.", valueKind),
    };

    private static Goal Numeric(Comparison comparison, decimal threshold, TargetValueKind valueKind)
    {
        ArgumentProblem.ThrowIf(CheckNumeric(threshold, valueKind));
        return new Goal { Comparison = comparison, Threshold = threshold, ValueKind = valueKind };
    }

    private void CheckValueKind(ReportedValue value)
    {
        Preconditions.CheckNotNull(value, nameof(value));
        Preconditions.CheckArgument(value.ValueKind == ValueKind, nameof(value), Invariant.Format($"The goal {this} reads a value in {ValueKind}, not in {value.ValueKind}."));
    }
}
