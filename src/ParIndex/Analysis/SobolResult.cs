using System.Collections.Immutable;

namespace ParIndex.Analysis;

/// <summary>The result of a variance-based sensitivity analysis: one <see cref="InputSensitivity"/> per input, in input order (phân tích độ nhạy).</summary>
/// <remarks>Immutable.</remarks>
public sealed class SobolResult
{
    internal SobolResult(SobolOptions options, ImmutableArray<InputSensitivity> inputs, double mean, double variance, int evaluations)
    {
        Options = options;
        Inputs = inputs;
        Mean = mean;
        Variance = variance;
        Evaluations = evaluations;
    }

    /// <summary>Gets the options used.</summary>
    public SobolOptions Options { get; }

    /// <summary>Gets the indices, one per input, in the order of the inputs' names.</summary>
    public ImmutableArray<InputSensitivity> Inputs { get; }

    /// <summary>Gets the output's mean over the base samples (A and B).</summary>
    public double Mean { get; }

    /// <summary>Gets the output's variance over the base samples (A and B), the denominator of every index.</summary>
    public double Variance { get; }

    /// <summary>Gets how many times the model was evaluated: N × (k + 2).</summary>
    public int Evaluations { get; }
}
