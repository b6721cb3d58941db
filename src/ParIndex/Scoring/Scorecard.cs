using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
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
    private readonly LeafResult[] _leaves; // by leaf index
    private (Rules.Points Points, Rules.Points Max)[]? _sums; // by node index, made when a node is first asked for

    internal Scorecard(Methodology methodology, ReportedIndicators indicators, LeafResult[] leaves, Rules.Points total, Rules.Points totalMax)
    {
        Methodology = methodology;
        Indicators = indicators;
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
    public IEnumerable<NodeScore> Nodes => Enumerable.Range(0, Methodology.Nodes.Length).Select(NodeAt);

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
        var (points, max) = Sums()[index];
        return new NodeScore(Methodology.Nodes[index], points.ToDecimal(), max.ToDecimal(), explanation);
    }

    private LeafExplanation ExplainLeaf(int leaf)
    {
        var result = _leaves[leaf];
        var criterion = Methodology.Leaves[leaf];
        IndicatorValue? input = Indicators.TryGetValue(criterion.Code, out var value) ? value : null;
        return new LeafExplanation(criterion, result.Status, input, result.Points.ToDecimal(), result.Step, Year);
    }

    /// <summary>Sums the points and applicable maxima of every node, once: in reverse pre-order every node is complete
    /// before its parent takes it. Any thread may compute them; all get equal sums.</summary>
    private (Rules.Points Points, Rules.Points Max)[] Sums()
    {
        if (Volatile.Read(ref _sums) is { } done)
        {
            return done;
        }
        var methodology = Methodology;
        var parents = methodology.ParentIndices;
        var sums = new (Rules.Points Points, Rules.Points Max)[parents.Length];
        for (var leaf = 0; leaf < _leaves.Length; leaf++)
        {
            var node = methodology.LeafIndices[leaf];
            sums[node] = (_leaves[leaf].Points, _leaves[leaf].LeavesMaxima ? Rules.Points.Zero : methodology.Maxima[node]);
        }
        for (var node = sums.Length - 1; node >= 0; node--)
        {
            if (parents[node] is var parent and >= 0)
            {
                sums[parent] = (sums[parent].Points + sums[node].Points, sums[parent].Max + sums[node].Max);
            }
        }
        return Interlocked.CompareExchange(ref _sums, sums, null) ?? sums;
    }
}
