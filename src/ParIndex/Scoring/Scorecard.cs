using System.Threading;
using ParIndex.Methodologies;
using ParIndex.Rules;

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
    private readonly Scorer _scorer;
    private LeafResult[]? _leaves; // by leaf index; made by the scorer when a node is first asked for, unless kept
    private NodeSum[]? _sums; // by node index, then the whole methodology; made when a node is first asked for
    private object? _index; // Index, boxed, once read

    internal Scorecard(Scorer scorer, ReportedIndicators indicators, LeafResult[]? leaves, Rules.Points total, Rules.Points totalMax)
    {
        _scorer = scorer;
        Indicators = indicators;
        _leaves = leaves;
        if (Methodology.HasMeans)
        {
            // A weighted mean is not a sum of leaves: the total comes from the tree.
            var root = Sums()[^1];
            (total, totalMax) = (root.Points, root.Max);
        }
        (Total, TotalMax) = (total, totalMax);
    }

    // The totals as held, for a ranking's keys (integers order the scorecards without decimal arithmetic) and for the
    // decimal totals, converted when read.
    internal Rules.Points Total { get; }

    internal Rules.Points TotalMax { get; }

    /// <summary>Gets the methodology scored with.</summary>
    public Methodology Methodology => _scorer.Methodology;

    // What it was scored with, so that an analysis can score the same unit under another methodology alike.
    internal ScoringOptions Options => _scorer.Options;

    /// <summary>Gets the indicators scored.</summary>
    public ReportedIndicators Indicators { get; }

    /// <summary>Gets the unit scored.</summary>
    public AssessedUnit Unit => Indicators.Unit;

    /// <summary>Gets the assessment year.</summary>
    public int Year => Indicators.Year;

    /// <summary>Gets the total points obtained (exact).</summary>
    public decimal Points => Total.ToDecimal();

    /// <summary>Gets the applicable maximum: the methodology's total less the leaves declared not applicable.</summary>
    public decimal MaxPoints => TotalMax.ToDecimal();

    /// <summary>Gets the index (chỉ số): <see cref="Points"/> ÷ <see cref="MaxPoints"/> × 100, exact.</summary>
    public decimal Index => Volatile.Read(ref _index) is decimal index ? index : WorkOutIndex();

    /// <summary>Works <see cref="Index"/> out when first read, not when scored: its decimal division cost as much as a
    /// tenth of scoring a unit, and a ranking by index orders the scorecards by their totals. Kept boxed (only when read),
    /// so that it is published whole to other threads; any thread may work it out, and all get the same decimal.</summary>
    private decimal WorkOutIndex()
    {
        var index = Points / MaxPoints * 100m;
        Volatile.Write(ref _index, index);
        return index;
    }

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
    /// <exception cref="KeyNotFoundException">No node of the methodology has the code; the message quotes it as written.</exception>
    public NodeScore this[string code]
    {
        get
        {
            var index = Methodology.IndexOf(Preconditions.CheckNotNull(code, nameof(code)));
            return index >= 0
                ? NodeAt(index)
                : throw new KeyNotFoundException(Invariant.Format($"no criterion of {Methodology.Id} has the code '{code}'"));
        }
    }

    /// <summary>Formats the scorecard as "96 Cà Mau 2023: 87.5 / 100 = 87.50%".</summary>
    /// <returns>Unit, year, points and rounded index.</returns>
    public override string ToString() =>
        Invariant.Format($"{Unit} {Year}: {Invariant.Format(Points)} / {Invariant.Format(MaxPoints)} = {RoundedIndex:0.00}%");

    private NodeScore NodeAt(int index)
    {
        var leaf = Methodology.LeafOfNode[index];
        var explanation = leaf >= 0 ? ExplainLeaf(leaf) : null;
        var sums = Sums();
        var node = Methodology.Nodes[index];
        var (points, max) = (sums[index].Points, sums[index].Max);
        var parent = Methodology.ParentIndices[index] is var p and >= 0 ? p : sums.Length - 1;
        decimal? share = node.Weight is { } weight && max > Rules.Points.Zero && sums[parent].WeightTotal > 0m ? weight / sums[parent].WeightTotal : null;
        return new NodeScore { Node = node, Points = points.ToDecimal(), MaxPoints = max.ToDecimal(), Explanation = explanation, WeightShare = share };
    }

    private LeafExplanation ExplainLeaf(int leaf)
    {
        var result = Leaves()[leaf];
        var criterion = Methodology.Leaves[leaf];
        IndicatorValue? input = Indicators.TryGetValue(criterion.Code, out var value) ? value : null;
        return new LeafExplanation { Leaf = criterion, Status = result.Status, Input = input, Points = result.Points.ToDecimal(), RuleStep = result.Step, Year = Year };
    }

    /// <summary>Sums the points and applicable maxima of every node, and of the whole methodology in the last slot, once:
    /// in reverse pre-order every node is complete before its parent takes it. Any thread may compute them; all get
    /// equal sums.</summary>
    private NodeSum[] Sums()
    {
        if (Volatile.Read(ref _sums) is { } done)
        {
            return done;
        }
        var methodology = Methodology;
        var parents = methodology.ParentIndices;
        var nodes = methodology.Nodes;
        var root = parents.Length;
        var sums = new NodeSum[root + 1];
        var leaves = Leaves();
        for (var leaf = 0; leaf < leaves.Length; leaf++)
        {
            var node = methodology.LeafIndices[leaf];
            sums[node] = new NodeSum(leaves[leaf].Points, leaves[leaf].LeavesMaxima ? Rules.Points.Zero : methodology.Maxima[node]);
        }
        for (var node = root - 1; node >= 0; node--)
        {
            if (!nodes[node].IsLeaf && nodes[node].Aggregation != Aggregation.SumOfPoints)
            {
                sums[node] = sums[node].Mean(methodology.Maxima[node]);
            }
            var parent = parents[node] >= 0 ? parents[node] : root;
            var aggregation = parents[node] >= 0 ? nodes[parent].Aggregation : methodology.Aggregation;
            sums[parent] = sums[parent].Take(sums[node], aggregation, nodes[node].Weight);
        }
        if (methodology.Aggregation != Aggregation.SumOfPoints)
        {
            sums[root] = sums[root].Mean(Rules.Points.FromDecimal(methodology.MaxPoints));
        }
        return Interlocked.CompareExchange(ref _sums, sums, null) ?? sums;
    }

    /// <summary>The leaves' results, kept when scored or made once by the scorer's same walk: the indicators and the
    /// compiled rules give the same results every time. Any thread may make them; all get equal results.</summary>
    private LeafResult[] Leaves()
    {
        if (Volatile.Read(ref _leaves) is { } kept)
        {
            return kept;
        }
        var made = _scorer.LeafResults(Indicators);
        return Interlocked.CompareExchange(ref _leaves, made, null) ?? made;
    }

    /// <summary>A node's points and applicable maximum; while its children are taken under a weighted mean, also
    /// Σ wᵢ × pointsᵢ ÷ maximumᵢ and Σ wᵢ over the applicable children.</summary>
    private readonly record struct NodeSum(Rules.Points Points, Rules.Points Max, decimal Weighted = 0m, decimal WeightTotal = 0m)
    {
        public NodeSum Take(NodeSum child, Aggregation aggregation, decimal? weight) =>
            aggregation == Aggregation.SumOfPoints ? this with { Points = Points + child.Points, Max = Max + child.Max }
            : child.Max == Rules.Points.Zero ? this // nothing of the child applies: it leaves the mean
            : this with { Weighted = Weighted + (weight!.Value * child.Points.ToDecimal() / child.Max.ToDecimal()), WeightTotal = WeightTotal + weight.Value };

        public NodeSum Mean(Rules.Points maximum) =>
            WeightTotal == 0m ? this with { Points = Rules.Points.Zero, Max = Rules.Points.Zero }
            : this with { Points = Rules.Points.TryRound(Weighted / WeightTotal * maximum.ToDecimal(), out var points) ? points : throw new System.OverflowException("a weighted mean is out of range"), Max = maximum };
    }
}
