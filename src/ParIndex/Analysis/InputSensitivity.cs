namespace ParIndex.Analysis;

/// <summary>How much one input (or set of inputs) moves a model's output: its first-order and total Sobol indices
/// (chỉ số độ nhạy Sobol), shares of the output's variance in [0, 1], with bootstrap confidence intervals. Named a
/// sensitivity, not an index, because "index" in this library means a unit's composite measure.</summary>
/// <remarks>First order S: the share of the output's variance explained by the input alone; total ST: the share it
/// explains with all its interactions, i.e. the expected share left if every other input were fixed. Estimates are
/// sampling estimates and may fall slightly outside [0, 1]. Immutable; equal when the name and every estimate are equal.</remarks>
public sealed record InputSensitivity
{
    internal InputSensitivity()
    {
    }

    /// <summary>Gets the input's name.</summary>
    public string Name { get; internal init; } = null!;

    /// <summary>Gets the first-order index S (Saltelli et al. 2010's estimator).</summary>
    public double FirstOrder { get; internal init; }

    /// <summary>Gets the lower end of S's confidence interval (the estimate itself without bootstrap).</summary>
    public double FirstOrderLow { get; internal init; }

    /// <summary>Gets the upper end of S's confidence interval.</summary>
    public double FirstOrderHigh { get; internal init; }

    /// <summary>Gets the total index ST (Jansen 1999's estimator).</summary>
    public double Total { get; internal init; }

    /// <summary>Gets the lower end of ST's confidence interval.</summary>
    public double TotalLow { get; internal init; }

    /// <summary>Gets the upper end of ST's confidence interval.</summary>
    public double TotalHigh { get; internal init; }

    /// <inheritdoc/>
    public override string ToString() =>
        Invariant.Format($"{Name}: S {FirstOrder:0.0000} [{FirstOrderLow:0.0000}, {FirstOrderHigh:0.0000}], ST {Total:0.0000} [{TotalLow:0.0000}, {TotalHigh:0.0000}]");
}
