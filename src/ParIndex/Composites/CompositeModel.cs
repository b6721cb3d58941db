namespace ParIndex.Composites;

/// <summary>
/// A composite indicator's input (chỉ số tổng hợp): the units with their raw data and the indicator metadata that
/// arranges the indicators under aggregates of any depth, with one or more named weight sets. The shape is COINr's
/// (the JRC's R toolkit, <c>iData</c> and <c>iMeta</c>; W. Becker et al., https://bluefoxr.github.io/COINr/).
/// </summary>
/// <remarks>
/// <para>A model is built from its two tables, as COINr builds a coin: <see cref="ReadCsv"/> from their texts, or
/// <see cref="ReadRows"/> from rows of cells however they were read (a workbook, a database, code). Its rows stay
/// inside; the data is read back through <see cref="Raw"/> and the tree through <see cref="Indicators"/>,
/// <see cref="Aggregates"/> and <see cref="Children"/>. Building validates everything and throws
/// <see cref="DiagnosticException"/> with every problem at once: blank, duplicate or badly formed codes, unknown types, directions other than ±1, missing or negative weights,
/// level gaps, parents not found or not one level up, aggregates without children, aggregates supplied as data,
/// columns the metadata does not describe, denominators not found.</para>
/// <para>Values are <see cref="double"/>: composite indicators are computed in binary floating point, as COINr does, so
/// that its results can be reproduced; points and published percentages elsewhere in the library stay
/// <see cref="decimal"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class CompositeModel
{
    /// <summary>The name of the weight set taken from the metadata's <c>Weight</c> column.</summary>
    public const string OriginalWeights = "Original";

    private readonly Dictionary<string, CompositeElement> _byCode;
    private readonly Dictionary<string, CompositeUnit> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, int? Time), int> _rowIndex = [];
    private ImmutableDictionary<string, double[]> _valueColumns = ImmutableDictionary.Create<string, double[]>(StringComparer.Ordinal);
    private CompositeDataSet? _raw;

    /// <summary>Creates and validates a model.</summary>
    /// <param name="units">The unit rows; each code at most once.</param>
    /// <param name="elements">The metadata rows.</param>
    /// <param name="weightSets">Further named weight sets (element code → weight); an element a set leaves out keeps its
    /// metadata weight. <see cref="OriginalWeights"/> is always present and cannot be given here.</param>
    /// <exception cref="ArgumentNullException">An argument is null or contains null.</exception>
    /// <exception cref="DiagnosticException">The model is invalid; every problem is listed.</exception>
    internal CompositeModel(IEnumerable<CompositeUnit> units, IEnumerable<CompositeElement> elements, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>? weightSets = null)
    {
        Units = [.. Preconditions.CheckNotNull(units, nameof(units))];
        Elements = [.. Preconditions.CheckNotNull(elements, nameof(elements))];
        Preconditions.CheckNoNulls(Units, nameof(units));
        Preconditions.CheckNoNulls(Elements, nameof(elements));
        _byCode = new Dictionary<string, CompositeElement>(StringComparer.Ordinal);
        foreach (var element in Elements)
        {
            _byCode.TryAdd(element.Code ?? string.Empty, element);
        }
        var problems = CompositeModelValidator.Validate(this, weightSets);
        if (problems.Count > 0)
        {
            throw new InvalidCompositeException("The composite indicator's data or metadata is invalid", problems);
        }
        MaxLevel = Elements.Max(e => e.Level ?? 0);
        Indicators = [.. Elements.Where(e => e.Type == ElementType.Indicator).Select(e => e.Code)];
        Aggregates = [.. Elements.Where(e => e.Type == ElementType.Aggregate).OrderBy(e => e.Level).Select(e => e.Code)];
        var sets = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, double>>(StringComparer.Ordinal);
        var original = Elements.Where(e => e.Weight is not null && e.Level is not null).ToImmutableDictionary(e => e.Code, e => e.Weight!.Value, StringComparer.Ordinal);
        sets.Add(OriginalWeights, original);
        foreach (var (name, set) in weightSets ?? ImmutableDictionary<string, IReadOnlyDictionary<string, double>>.Empty)
        {
            sets.Add(name, original.SetItems(set));
        }
        WeightSets = sets.ToImmutable();
        Children = Aggregates.ToImmutableDictionary(
            a => a,
            a => Elements.Where(e => string.Equals(e.Parent, a, StringComparison.Ordinal) && e.Level == _byCode[a].Level - 1).Select(e => e.Code).ToImmutableArray(),
            StringComparer.Ordinal);
        for (var u = 0; u < Units.Length; u++)
        {
            _units.TryAdd(Units[u].Code, Units[u]);
            _rowIndex.TryAdd((Units[u].Code, Units[u].Time), u);
        }
        IndexCode = Elements.First(e => e.Type == ElementType.Aggregate && e.Level == MaxLevel).Code;
        IsPanel = Units.Select(u => u.Time).Distinct().Skip(1).Any();
    }

    /// <summary>Gets the unit rows, in input order.</summary>
    internal ImmutableArray<CompositeUnit> Units { get; }

    /// <summary>Gets the metadata rows, in input order.</summary>
    internal ImmutableArray<CompositeElement> Elements { get; }

    /// <summary>Gets the indicator codes (level 1), in metadata order.</summary>
    public ImmutableArray<string> Indicators { get; }

    /// <summary>Gets the aggregate codes, lowest level first, in metadata order within a level.</summary>
    public ImmutableArray<string> Aggregates { get; }

    /// <summary>Gets the children's codes of each aggregate, in metadata order.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Children { get; }

    /// <summary>Gets the highest level (4 for COINr's ASEM example: indicator, pillar, sub-index, index).</summary>
    public int MaxLevel { get; }

    /// <summary>Gets the code of the index: the first aggregate at the highest level.</summary>
    public string IndexCode { get; }

    /// <summary>Gets the weight sets by name, each complete (element code → weight); <see cref="OriginalWeights"/> holds
    /// the metadata's weights.</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, double>> WeightSets { get; }

    /// <summary>Finds a metadata row by code.</summary>
    /// <param name="code">The element code.</param>
    /// <returns>The element, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    internal CompositeElement? Find(string code) => _byCode.GetValueOrDefault(Text.Nfc(Preconditions.CheckNotNull(code, nameof(code))));

    /// <summary>Gets whether the data is a panel: rows at more than one period (COINr's <c>is_panel</c>,
    /// <c>length(unique(iData$Time)) > 1</c>); one Time for every row is a cross-section.</summary>
    internal bool IsPanel { get; }

    /// <summary>"at 2019: " for a row of panel data, nothing otherwise: the start of a message about a row.</summary>
    internal string At(int? time) => IsPanel && time is { } t ? Invariant.Format($"at {t}: ") : string.Empty;

    /// <summary>Gets a unit's first row (its name: a later row of a panel may not rename it).</summary>
    internal CompositeUnit Unit(string code) => _units[code];

    /// <summary>Gets the row of a unit at a period (panel data has a row per unit and period; groups may change).</summary>
    internal CompositeUnit Unit(string code, int? time) => Units[_rowIndex[(code, time)]];

    /// <summary>Gets the raw data set (COINr's <c>coin$Data$Raw</c>): every unit row of the data, in input order (a row per
    /// unit and period for panel data, with its <see cref="CompositeDataSet.Times"/>), by the indicators in metadata
    /// order, values as read (not direction-adjusted). Built once: every run starts from it.</summary>
    public CompositeDataSet Raw => _raw ??= Column("Raw", Indicators);

    /// <summary>Gets a numeric column of the unit data (an indicator or denominator) aligned with <see cref="Units"/>, NaN where missing.</summary>
    internal double[] Values(string code)
    {
        var cache = _valueColumns;
        if (cache.TryGetValue(code, out var column))
        {
            return column;
        }
        column = new double[Units.Length];
        for (var u = 0; u < column.Length; u++)
        {
            column[u] = Units[u].Values.GetValueOrDefault(code) ?? double.NaN;
        }
        _valueColumns = cache.SetItem(code, column);
        return column;
    }

    /// <summary>Gets the position in <see cref="Units"/> of a unit's row at a period.</summary>
    internal int RowIndex(string code, int? time) => _rowIndex[(code, time)];

    private CompositeDataSet Column(string name, ImmutableArray<string> codes)
    {
        var data = new double[codes.Length][];
        for (var c = 0; c < data.Length; c++)
        {
            data[c] = Values(codes[c]);
        }
        return new CompositeDataSet { Name = name, UnitCodes = [.. Units.Select(u => u.Code)], Times = [.. Units.Select(u => u.Time)], Columns = codes, Data = data };
    }

    /// <summary>Returns a copy of this model with one more named weight set.</summary>
    /// <param name="name">The set's name; not one the model has.</param>
    /// <param name="weights">Weights by element code; elements left out keep their metadata weight.</param>
    /// <returns>The new model.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DiagnosticException">The name is taken, a code is not an indicator or aggregate, or a weight is negative or not finite.</exception>
    public CompositeModel WithWeights(string name, IReadOnlyDictionary<string, double> weights)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckNotNull(weights, nameof(weights));
        var sets = WeightSets.Where(s => s.Key != OriginalWeights).ToDictionary(s => s.Key, s => (IReadOnlyDictionary<string, double>)s.Value, StringComparer.Ordinal);
        if (!sets.TryAdd(name, weights) || name == OriginalWeights)
        {
            throw new InvalidCompositeException("The weight set cannot be added", [new Diagnostic(DiagnosticKind.DuplicateCode, null, "a weight set named " + name + " exists already")]);
        }
        return new CompositeModel(Units, Elements, sets);
    }
}
