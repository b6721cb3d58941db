using ParIndex.Methodologies;
using ParIndex.Rules;

namespace ParIndex.Scoring;

/// <summary>
/// Turns rows of reported values (unit, name, year, criterion code, value as written) from any number of files into
/// units' <see cref="ReportedIndicators"/>, reporting every problem with its <see cref="InputPlace"/>: the one place
/// where the indicator readers (<see cref="ReportedIndicators.ReadJson"/>, the CSV and spreadsheet readers) decide what a row means (số liệu tiêu chí).
/// </summary>
/// <remarks>
/// <para>Each value is read by <see cref="IndicatorValue.TryParse"/> as the kind its leaf's rule reads. Unit and
/// criterion codes are keys (trimmed, without zero-width characters, in NFC): rows whose codes differ only there
/// belong to one unit. Two unit codes that still differ only in what a person cannot see (a no-break space, a doubled
/// space, a full-width character) are an error naming both lines (<see cref="DiagnosticKind.LookalikeKeys"/>). A unit's
/// rows must share one year and come from one source; a criterion given twice for a unit is an error naming both
/// places. Units come out in the order they were first seen.</para>
/// <para>Mutable and not thread-safe: one builder per reading.</para>
/// </remarks>
public sealed class ReportedIndicatorsBuilder
{
    private readonly Methodology _methodology;
    private readonly Dictionary<string, Draft> _units = new(StringComparer.Ordinal);
    private readonly List<Draft> _order = [];
    private readonly Dictionary<string, Draft> _byLook = new(StringComparer.Ordinal); // units by Text.Fold of the code
    private readonly List<Diagnostic> _problems = [];

    /// <summary>Creates a builder for a methodology's leaves.</summary>
    /// <param name="methodology">The methodology whose leaves the codes name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="methodology"/> is null.</exception>
    public ReportedIndicatorsBuilder(Methodology methodology) =>
        _methodology = Preconditions.CheckNotNull(methodology, nameof(methodology));

    /// <summary>Adds one reported value.</summary>
    /// <param name="unitCode">The unit's code as written; must not be blank.</param>
    /// <param name="unitName">The unit's name, or <see langword="null"/> or empty to use the code; one holding a control
    /// character (a NUL) is a problem (<see cref="DiagnosticKind.InvalidCode"/>).</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="criterionCode">The leaf's code as written.</param>
    /// <param name="valueText">The value as written (see <see cref="IndicatorValue.TryParse"/>).</param>
    /// <param name="decimalMark">How the source writes decimals.</param>
    /// <param name="place">Where the value was read, for diagnostics.</param>
    /// <returns><see langword="true"/> when the row was taken; otherwise its problem is listed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/>, <paramref name="criterionCode"/> or
    /// <paramref name="valueText"/> is null.</exception>
    public bool Add(string unitCode, string? unitName, int year, string criterionCode, string valueText, DecimalMark decimalMark, InputPlace place)
    {
        Preconditions.CheckNotNull(unitCode, nameof(unitCode));
        Preconditions.CheckNotNull(criterionCode, nameof(criterionCode));
        Preconditions.CheckNotNull(valueText, nameof(valueText));
        var unit = Text.Key(unitCode);
        var code = Text.Key(criterionCode);
        if (unit.Length == 0)
        {
            return Fail(place.Problem(DiagnosticKind.MissingAttribute, NullIfEmpty(code), "the row has no unit"));
        }
        if (unitName is not null && CellText.UnitName(unitName) is { } badName)
        {
            // The readers refuse it where they find it (a name cell, a "name" property); a caller's own rows are checked here.
            return Fail(place.Problem(DiagnosticKind.InvalidCode, NullIfEmpty(code), badName, unit));
        }
        if (!_units.TryGetValue(unit, out var draft))
        {
            var look = Text.Fold(unit);
            if (_byLook.TryGetValue(look, out var other))
            {
                if (Text.InvisibleDifference(unit, other.Code) is { } difference)
                {
                    return Fail(place.Problem(
                        DiagnosticKind.LookalikeKeys,
                        NullIfEmpty(code),
                        Invariant.Format($"unit '{unitCode}' here and unit '{other.Code}' at {other.Place} look the same, but {difference}; write the code the same way on every row"),
                        unit));
                }
            }
            draft = new Draft(unit, Named(unitName) ?? unit, year, place) { NameGiven = Named(unitName) is not null };
            _byLook.TryAdd(look, draft);
            _units.Add(unit, draft);
            _order.Add(draft);
        }
        else if (!string.Equals(draft.Place.File, place.File, StringComparison.Ordinal))
        {
            return Fail(place.Problem(DiagnosticKind.DuplicateCode, NullIfEmpty(code), Invariant.Format($"unit {unit} is reported more than once across the files (also in {draft.Place.File}); a unit's rows belong in one file"), unit));
        }
        else if (draft.Year != year)
        {
            return Fail(place.Problem(DiagnosticKind.WrongYear, NullIfEmpty(code), Invariant.Format($"year {year} differs from the unit's earlier rows ({draft.Year})"), unit));
        }
        else if (UnitText.TwoNames(unit, Named(unitName), draft.NameGiven ? draft.Name : null, draft.Place) is { } twoNames)
        {
            return Fail(place.Problem(DiagnosticKind.DuplicateCode, NullIfEmpty(code), twoNames, unit));
        }
        if (_methodology.Find(code) is not Criterion { IsLeaf: true } leaf)
        {
            return Fail(place.Problem(DiagnosticKind.UnknownCode, NullIfEmpty(code), _methodology.Find(code) is null
                ? $"no criterion of {_methodology.Id} has the code '{criterionCode}'"
                : $"criterion {code} has sub-criteria; report its leaves", unit));
        }
        if (!IndicatorValue.TryParse(valueText, leaf.Rule!.InputKind, decimalMark, out var value, out var error))
        {
            // An empty cell is said to be empty, not quoted as "''"; a JSON document's "" is its own text, quoted as written.
            var empty = string.IsNullOrWhiteSpace(valueText) && place.Path is not ['$', ..];
            return Fail(place.Problem(DiagnosticKind.WrongIndicatorKind, code, empty ? CellText.Empty("value") : error + " for " + leaf.Name, unit));
        }
        if (draft.Places.TryGetValue(code, out var earlier))
        {
            return Fail(place.Problem(DiagnosticKind.DuplicateCode, code, Invariant.Format($"the criterion is reported more than once for the unit (also at {earlier})"), unit));
        }
        draft.Places.Add(code, place);
        draft.Values.Add(KeyValuePair.Create(code, value));
        return true;
    }

    /// <summary>Lists a problem a reader found in a row before it could be added (no year, a malformed row).</summary>
    /// <param name="problem">The problem, with its place.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public void Report(Diagnostic problem) => _problems.Add(Preconditions.CheckNotNull(problem, nameof(problem)));

    /// <summary>Makes the units' indicators from the rows added, with every problem found.</summary>
    /// <returns>The units in the order first seen (those whose values are out of their domain, and those with every
    /// row refused, left out), and the problems.</returns>
    public ReadResult<ImmutableArray<ReportedIndicators>> Build()
    {
        var problems = new List<Diagnostic>(_problems);
        var units = ImmutableArray.CreateBuilder<ReportedIndicators>(_order.Count);
        foreach (var draft in _order)
        {
            if (draft.Values.Count == 0)
            {
                // Every row of the unit was refused, each problem listed: an empty unit would look scorable (and only
                // add a "missing" for every leaf), and a unit whose rows fail before Add (no year) is not made either.
                continue;
            }
            try
            {
                units.Add(new ReportedIndicators(new AssessedUnit(draft.Code, draft.Name), draft.Year, draft.Values));
            }
            catch (InvalidIndicatorsException e)
            {
                problems.AddRange(e.Diagnostics.Select(d => d.ItemCode is { } code && draft.Places.TryGetValue(code, out var place)
                    ? place.Problem(d.Kind, d.ItemCode, d.Message, d.UnitCode)
                    : d));
            }
        }
        return new ReadResult<ImmutableArray<ReportedIndicators>>(units.ToImmutable(), problems);
    }

    private bool Fail(Diagnostic problem)
    {
        _problems.Add(problem);
        return false;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string? Named(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    private sealed class Draft(string code, string name, int year, InputPlace place)
    {
        /// <summary>Gets whether the first row gave the name (else the code stands for it, and later names are not compared).</summary>
        public bool NameGiven { get; init; }

        public string Code { get; } = code;

        public string Name { get; } = name;

        public int Year { get; } = year;

        public InputPlace Place { get; } = place;

        public Dictionary<string, InputPlace> Places { get; } = new(StringComparer.Ordinal);

        public List<KeyValuePair<string, IndicatorValue>> Values { get; } = [];
    }
}
