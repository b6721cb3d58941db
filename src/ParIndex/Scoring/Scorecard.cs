using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ParIndex.Methodologies;
using ParIndex.Rules;
using ParIndex.Utility;

namespace ParIndex.Scoring;

/// <summary>
/// The result of scoring one unit for one year (bảng điểm): points and applicable maximum of every node, the component
/// (area) indices, the total points and the index in %, and an explanation for every leaf.
/// </summary>
/// <remarks>
/// <para>The index is total points ÷ applicable maximum × 100, exact. The Ministry publishes it rounded to two
/// decimals; <see cref="RoundedIndex"/> does that (half away from zero) and is what rankings use by default.</para>
/// <para>Immutable and thread-safe. Node results and explanations are built when asked for, so that scoring itself
/// stays cheap.</para>
/// </remarks>
public sealed class Scorecard
{
    private readonly Rules.Points[] _points; // by node index, pre-order
    private readonly ImmutableArray<Rules.Points> _maxima; // by node index: the applicable maxima
    private readonly LeafResult[] _leaves; // by leaf index

    internal Scorecard(Methodology methodology, ReportedIndicators indicators, Rules.Points[] points, ImmutableArray<Rules.Points> maxima, LeafResult[] leaves, Rules.Points total, Rules.Points totalMax)
    {
        Methodology = methodology;
        Indicators = indicators;
        _points = points;
        _maxima = maxima;
        _leaves = leaves;
        Points = total.ToDecimal();
        MaxPoints = totalMax.ToDecimal();
        Index = Points / MaxPoints * 100m;
    }

    /// <summary>Gets the methodology scored with.</summary>
    public Methodology Methodology { get; }

    /// <summary>Gets the indicators scored.</summary>
    public ReportedIndicators Indicators { get; }

    /// <summary>Gets the unit scored.</summary>
    public AssessedUnit Unit => Indicators.Unit;

    /// <summary>Gets the assessment year.</summary>
    public int Year => Indicators.Year;

    /// <summary>Gets the total points obtained (exact).</summary>
    public decimal Points { get; }

    /// <summary>Gets the applicable maximum: the methodology's total less the leaves declared not applicable.</summary>
    public decimal MaxPoints { get; }

    /// <summary>Gets the index (chỉ số): <see cref="Points"/> ÷ <see cref="MaxPoints"/> × 100, exact.</summary>
    public decimal Index { get; }

    /// <summary>Gets the index rounded to two decimals, half away from zero, as published.</summary>
    public decimal RoundedIndex => PublishedRounding.Index(Index);

    /// <summary>Gets the results of the areas, in order; their <see cref="NodeScore.Percent"/> are the component indices.</summary>
    public ImmutableArray<NodeScore> Areas => [.. Methodology.AreaIndices.Select(NodeAt)];

    /// <summary>Gets the results of every node, in pre-order.</summary>
    public IEnumerable<NodeScore> Nodes => Enumerable.Range(0, _points.Length).Select(NodeAt);

    /// <summary>Gets the explanation of every leaf, in pre-order.</summary>
    public IEnumerable<LeafExplanation> Explanations => Enumerable.Range(0, Methodology.Leaves.Length).Select(ExplainLeaf);

    /// <summary>Gets the result of the node with a code.</summary>
    /// <param name="code">The node's code, e.g. "1.1".</param>
    /// <returns>The node's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No node of the methodology has the code.</exception>
    public NodeScore this[string code]
    {
        get
        {
            var index = Methodology.IndexOf(Preconditions.CheckNotNull(code, nameof(code)));
            return index >= 0
                ? NodeAt(index)
                : throw new KeyNotFoundException(Invariant.Format($"no criterion of {Methodology.Id} has code {code}"));
        }
    }

    /// <summary>Formats the scorecard as "96 Cà Mau 2023: 87.5 / 100 = 87.50%".</summary>
    /// <returns>Unit, year, points and rounded index.</returns>
    public override string ToString() =>
        Invariant.Format($"{Unit} {Year}: {Invariant.Format(Points)} / {Invariant.Format(MaxPoints)} = {RoundedIndex:0.00}%");

    private NodeScore NodeAt(int index)
    {
        LeafExplanation? explanation = null;
        if (Methodology.Nodes[index].IsLeaf)
        {
            explanation = ExplainLeaf(Methodology.LeafIndices.IndexOf(index));
        }
        return new NodeScore(Methodology.Nodes[index], _points[index].ToDecimal(), _maxima[index].ToDecimal(), explanation);
    }

    private LeafExplanation ExplainLeaf(int leaf)
    {
        var result = _leaves[leaf];
        IndicatorValue? input = result.Entry < 0 ? null : Indicators.ValueAt(result.Entry);
        return new LeafExplanation(Methodology.Leaves[leaf], result.Status, input, _points[Methodology.LeafIndices[leaf]].ToDecimal(), result.Step, Year);
    }
}
