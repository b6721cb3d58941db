namespace ParIndex.Analysis;

/// <summary>The result of a variance-based sensitivity analysis (phân tích độ nhạy) of
/// the sources of a <see cref="RankUncertainty"/> analysis (its <c>Sensitivity</c>, on scorecards or on a composite indicator):
/// one <see cref="InputSensitivity"/> per source of uncertainty, in input order.</summary>
/// <remarks>Intervals are 95 % percentile bootstrap intervals over 200 replicates of the design's rows. Immutable.</remarks>
public sealed class SobolResult
{
    internal SobolResult()
    {
    }

    /// <summary>Gets the options used.</summary>
    internal SobolOptions Options { get; init; } = null!;

    /// <summary>Gets the indices, one per input, in the order of the inputs' names.</summary>
    public ImmutableArray<InputSensitivity> Inputs { get; internal init; }

    /// <summary>Gets the output's mean over the base samples (A and B).</summary>
    public double Mean { get; internal init; }

    /// <summary>Gets the output's variance over the base samples (A and B), the denominator of every index.</summary>
    public double Variance { get; internal init; }

    /// <summary>Gets how many times the model was evaluated: N × (k + 2).</summary>
    public int Evaluations { get; internal init; }
}
