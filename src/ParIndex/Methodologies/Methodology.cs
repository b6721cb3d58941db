using ParIndex.Rules;

namespace ParIndex.Methodologies;

/// <summary>
/// A methodology (bộ chỉ số, bộ tiêu chí) for one kind of unit and a range of assessment years: a tree of areas
/// (lĩnh vực) → criteria (tiêu chí) → sub-criteria (tiêu chí thành phần), any depth, each leaf with its scoring rule.
/// </summary>
/// <remarks>
/// <para>The constructor validates the whole tree and throws <see cref="DiagnosticException"/> listing every
/// problem: duplicate codes, children's maxima that do not sum to their parent's, areas that do not sum to the total,
/// empty areas, non-positive maxima, leaves without rules, and each rule's own problems (bands that overlap or leave
/// gaps, points above the leaf's maximum).</para>
/// <para>Immutable and thread-safe; equality by value over the metadata and the whole tree.</para>
/// </remarks>
public sealed partial class Methodology : IEquatable<Methodology>
{
    private static readonly Lazy<ImmutableArray<Methodology>> LoadedSamples = new(CatalogReader.LoadSamples);

    private readonly Dictionary<string, int> _indexByCode;

    /// <summary>Creates and validates a methodology.</summary>
    /// <param name="id">A stable identifier, e.g. "PAR-PROVINCE-2022".</param>
    /// <param name="title">The title, in Vietnamese or English.</param>
    /// <param name="subjectKind">The kind of unit assessed.</param>
    /// <param name="years">The assessment years it applies to.</param>
    /// <param name="maxPoints">The total maximum points (100 for the PAR Index; 60 for some provincial sets).</param>
    /// <param name="areas">The areas, in order. The sequence is copied.</param>
    /// <param name="legalBasis">The decision it comes from, or <see langword="null"/>.</param>
    /// <param name="aggregation">How the areas combine into the total: the sum of points (the PAR Index) or a weighted
    /// mean of the areas' percentages, the weights being the areas' <see cref="MethodologyNode.Weight"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="areas"/> is null.</exception>
    /// <exception cref="DiagnosticException">The tree breaks one or more of the model's rules; every problem is listed.</exception>
    public Methodology(string id, string title, SubjectKind subjectKind, AssessmentYears years, decimal maxPoints, IEnumerable<Area> areas, LegalBasis? legalBasis = null, Aggregation aggregation = Aggregation.SumOfPoints)
        : this(subjectKind, years, legalBasis, CheckedTree.Of(id, title, maxPoints, aggregation, areas))
    {
    }

    /// <summary>Creates a methodology from a tree checked by <see cref="CheckedTree.Of"/>, so that a reader which reports
    /// the problems itself validates once.</summary>
    /// <exception cref="DiagnosticException">The check found problems.</exception>
    internal Methodology(SubjectKind subjectKind, AssessmentYears years, LegalBasis? legalBasis, CheckedTree tree)
    {
        if (tree.Problems.Count > 0)
        {
            throw new InvalidMethodologyException(tree.Problems);
        }
        Id = tree.Id;
        Title = Text.Nfc(tree.Title);
        SubjectKind = subjectKind;
        Years = years;
        MaxPoints = tree.MaxPoints;
        LegalBasis = legalBasis;
        Aggregation = tree.Aggregation;
        Areas = tree.Areas;

        // Flatten the tree once, in pre-order, so that scoring works on arrays: a parent always precedes its children.
        var nodes = new List<MethodologyNode>();
        var parents = new List<int>();
        foreach (var area in Areas)
        {
            Flatten(area, -1, nodes, parents);
        }
        Nodes = [.. nodes];
        ParentIndices = [.. parents];
        // A plain dictionary, never changed after this: building a frozen one costs more than a methodology's lookups save.
        _indexByCode = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            _indexByCode.Add(nodes[i].Code, i);
        }
        LeafIndices = [.. Enumerable.Range(0, nodes.Count).Where(i => nodes[i].IsLeaf)];
        var leafOfNode = Enumerable.Repeat(-1, nodes.Count).ToArray();
        for (var leaf = 0; leaf < LeafIndices.Length; leaf++)
        {
            leafOfNode[LeafIndices[leaf]] = leaf;
        }
        LeafOfNode = [.. leafOfNode];
        Leaves = [.. LeafIndices.Select(i => (Criterion)nodes[i])];
        LeafOrdinalOrder = [.. Enumerable.Range(0, LeafIndices.Length).OrderBy(i => Leaves[i].Code, StringComparer.Ordinal)];
        Maxima = [.. nodes.Select(n => Points.FromDecimal(n.MaxPoints))];
        AreaIndices = [.. Enumerable.Range(0, nodes.Count).Where(i => parents[i] < 0)];
        HasMeans = Aggregation != Aggregation.SumOfPoints || nodes.Any(n => n.Aggregation != Aggregation.SumOfPoints);
    }

    /// <summary>Gets complete custom methodologies shipped as examples of the JSON format, each naming its sources in
    /// its file: <c>CA-MAU-1880-2013-FRAGMENT</c> (a real fragment of Cà Mau's 1880/QĐ-UBND, 2013) and
    /// <c>SAMPLE-HUE-2019-TARGETS</c> (a sample, not an official index, built from Thừa Thiên Huế's 2019 plan targets).
    /// The official versions are <see cref="MethodologyVersion.All"/>.</summary>
    /// <remarks>Loaded once, on first use; thread-safe.</remarks>
    public static ImmutableArray<Methodology> Samples => LoadedSamples.Value;

    /// <summary>Gets the identifier, e.g. "PAR-PROVINCE-2022".</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the kind of unit assessed.</summary>
    public SubjectKind SubjectKind { get; }

    /// <summary>Gets the assessment years the methodology applies to.</summary>
    public AssessmentYears Years { get; }

    /// <summary>Gets the total maximum points.</summary>
    public decimal MaxPoints { get; }

    /// <summary>Gets the decision the methodology comes from, or <see langword="null"/>.</summary>
    public LegalBasis? LegalBasis { get; }

    /// <summary>Gets the areas, in order.</summary>
    public ImmutableArray<Area> Areas { get; }

    /// <summary>Gets how the areas combine into the total: <see cref="Aggregation.SumOfPoints"/> for the PAR Index.</summary>
    public Aggregation Aggregation { get; }

    /// <summary>Gets the most bonus points (điểm thưởng) a unit may add in a year, outside the tree; 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative or has more than 10 decimal places.</exception>
    public decimal BonusCap
    {
        get;
        init => field = CheckCap(value, nameof(BonusCap));
    }

    /// <summary>Gets the most penalty points (điểm trừ) a unit may lose in a year, outside the tree; 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative or has more than 10 decimal places.</exception>
    public decimal PenaltyCap
    {
        get;
        init => field = CheckCap(value, nameof(PenaltyCap));
    }

    /// <summary>Gets every node in pre-order (an area, then its criteria depth-first, then the next area).</summary>
    public ImmutableArray<MethodologyNode> Nodes { get; }

    /// <summary>Gets the leaves (the criteria that carry rules), in pre-order.</summary>
    public ImmutableArray<Criterion> Leaves { get; }

    /// <summary>For each node of <see cref="Nodes"/>, the index of its parent, or -1 for an area.</summary>
    internal ImmutableArray<int> ParentIndices { get; }

    /// <summary>For each leaf of <see cref="Leaves"/>, its index in <see cref="Nodes"/>.</summary>
    internal ImmutableArray<int> LeafIndices { get; }

    /// <summary>For each node of <see cref="Nodes"/>, its index in <see cref="Leaves"/>, or -1 when it has children.</summary>
    internal ImmutableArray<int> LeafOfNode { get; }

    /// <summary>Indices into <see cref="Leaves"/> sorted by code (ordinal), to merge with sorted indicators.</summary>
    internal ImmutableArray<int> LeafOrdinalOrder { get; }

    /// <summary>Maximum points by node index, exact.</summary>
    internal ImmutableArray<Points> Maxima { get; }

    /// <summary>The node indices of the areas.</summary>
    internal ImmutableArray<int> AreaIndices { get; }

    /// <summary>Whether any node (or the methodology) takes a weighted mean, so that sums of leaves do not give the total.</summary>
    internal bool HasMeans { get; }

    /// <summary>Finds a node by its code.</summary>
    /// <param name="code">The code, e.g. "2.1.3".</param>
    /// <returns>The node, or <see langword="null"/> when no node has that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public MethodologyNode? Find(string code) =>
        _indexByCode.TryGetValue(Text.Key(Preconditions.CheckNotNull(code, nameof(code))), out var index) ? Nodes[index] : null;

    /// <summary>Sums the maximum points of the leaves assessed a given way (32 of 100 are survey points under 876/QĐ-BNV).</summary>
    /// <param name="method">The way of assessment.</param>
    /// <returns>The sum of those leaves' maxima.</returns>
    public decimal MaxPointsFrom(AssessmentMethod method) => Leaves.Where(l => l.AssessedBy == method).Sum(l => l.MaxPoints);

    internal int IndexOf(string code) => _indexByCode.TryGetValue(code, out var index) ? index : -1;

    /// <summary>Formats the methodology as "PAR-PROVINCE-2022 (876/QĐ-BNV (2022-11-10), 2022–2023)".</summary>
    /// <returns>Id, legal basis and years.</returns>
    public override string ToString() => Id + " (" + (LegalBasis is null ? string.Empty : LegalBasis + ", ") + Years + ")";

    // Written by hand, not a record: the areas compare as a sequence, which a record compares by reference; the lookups
    // built from them for the scorer do not take part.
    /// <summary>Compares metadata and the whole tree by value.</summary>
    /// <param name="other">The methodology to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Methodology? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && SubjectKind == other.SubjectKind
        && Years == other.Years
        && MaxPoints == other.MaxPoints
        && Equals(LegalBasis, other.LegalBasis)
        && Aggregation == other.Aggregation
        && BonusCap == other.BonusCap
        && PenaltyCap == other.PenaltyCap
        && Areas.SequenceEqual(other.Areas);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Methodology);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, SubjectKind, Years, MaxPoints, Areas.Length);

    /// <summary>A methodology's identity, total and areas (copied), with every problem
    /// <see cref="MethodologyValidator"/> finds in them: the one validation of a tree.</summary>
    internal sealed record CheckedTree(string Id, string Title, decimal MaxPoints, Aggregation Aggregation, ImmutableArray<Area> Areas, List<Diagnostic> Problems)
    {
        /// <summary>Copies and validates.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="areas"/> is null.</exception>
        internal static CheckedTree Of(string id, string title, decimal maxPoints, Aggregation aggregation, IEnumerable<Area> areas)
        {
            Preconditions.CheckNotNull(id, nameof(id));
            Preconditions.CheckNotNull(title, nameof(title));
            ImmutableArray<Area> copy = [.. Preconditions.CheckNotNull(areas, nameof(areas))];
            return new CheckedTree(id, title, maxPoints, aggregation, copy, MethodologyValidator.Validate(id, title, maxPoints, aggregation, copy));
        }
    }

    private static decimal CheckCap(decimal value, string name)
    {
        Preconditions.CheckArgumentRange(name, value, 0m, Points.MethodologyLimit);
        Preconditions.CheckArgument(Points.Fits(value), name, "A cap has at most 10 decimal places.");
        return value;
    }

    private static void Flatten(MethodologyNode node, int parent, List<MethodologyNode> nodes, List<int> parents)
    {
        var index = nodes.Count;
        nodes.Add(node);
        parents.Add(parent);
        foreach (var child in node.Children)
        {
            Flatten(child, index, nodes, parents);
        }
    }
}
