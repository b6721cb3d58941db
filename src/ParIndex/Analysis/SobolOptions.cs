namespace ParIndex.Analysis;

/// <summary>The size, seed and confidence intervals of a variance-based sensitivity analysis (phân tích độ nhạy, <see cref="SobolSensitivity"/>).</summary>
/// <remarks>Immutable; set with an object initialiser.</remarks>
internal sealed class SobolOptions
{
    /// <summary>Gets the defaults: 4,096 base samples, seed 2017, 200 bootstrap replicates, 95 % intervals.</summary>
    public static SobolOptions Default { get; } = new();

    /// <summary>Gets N, the rows of each of Saltelli's two base matrices A and B; the model is evaluated N × (k + 2)
    /// times for k inputs. 4,096 by default; the error of the estimates shrinks as 1 ÷ √N.</summary>
    public int Samples { get; init; } = 4096;

    /// <summary>Gets the seed: the same seed gives the same estimates whatever the number of threads.</summary>
    public ulong Seed { get; init; } = 2017;

    /// <summary>Gets the bootstrap replicates behind the confidence intervals (0 for none); 200 by default.</summary>
    public int BootstrapReplicates { get; init; } = 200;

    /// <summary>Gets the level of the confidence intervals (percentile bootstrap), in (0, 1); 0.95 by default.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Gets the most threads evaluating the model; the processor count when null. The results do not depend on it.</summary>
    public int? MaxThreads { get; init; }
}
