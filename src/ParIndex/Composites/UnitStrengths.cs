using System.Collections.Immutable;

namespace ParIndex.Composites;

/// <summary>A unit's strengths and weaknesses (điểm mạnh, điểm yếu): its best- and worst-ranked indicators, as COINr's
/// <c>get_str_weak</c> gives them for a country profile.</summary>
/// <remarks>Immutable.</remarks>
public sealed class UnitStrengths
{
    internal UnitStrengths(string unitCode, string dataSet, ImmutableArray<IndicatorStanding> strengths, ImmutableArray<IndicatorStanding> weaknesses)
    {
        UnitCode = unitCode;
        DataSet = dataSet;
        Strengths = strengths;
        Weaknesses = weaknesses;
    }

    /// <summary>Gets the unit's code.</summary>
    public string UnitCode { get; }

    /// <summary>Gets the name of the data set ranked.</summary>
    public string DataSet { get; }

    /// <summary>Gets the best-ranked indicators, best first.</summary>
    public ImmutableArray<IndicatorStanding> Strengths { get; }

    /// <summary>Gets the worst-ranked indicators, in rank order (the worst last).</summary>
    public ImmutableArray<IndicatorStanding> Weaknesses { get; }
}
