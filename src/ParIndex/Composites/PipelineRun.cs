using ParIndex.Rankings;

namespace ParIndex.Composites;

/// <summary>What one run of a pipeline gathers besides the data sets: units screened out, problems met while computing.</summary>
internal sealed class PipelineRun
{
    internal PipelineRun(IReadOnlyDictionary<string, ImmutableDictionary<string, double>> weightSets) => WeightSets = weightSets;

    internal IReadOnlyDictionary<string, ImmutableDictionary<string, double>> WeightSets { get; }

    /// <summary>Gets the rows screened out, with their period.</summary>
    internal List<(int? Time, UnrankedUnit Unit)> Removed { get; } = [];

    internal List<Diagnostic> Problems { get; } = [];
}
