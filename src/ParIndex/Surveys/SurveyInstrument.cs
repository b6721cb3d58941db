using ParIndex.Methodologies;

namespace ParIndex.Surveys;

/// <summary>
/// A version of the SIPAS questionnaire (bộ phiếu khảo sát, phương pháp đo lường sự hài lòng): the elements (yếu tố)
/// and their questions, the decision it comes from and the survey years it applies to. The versions the package ships
/// are <see cref="All"/>; users may build their own (a province's own satisfaction survey).
/// </summary>
/// <remarks>
/// Question codes are unique across the instrument and element codes among the elements; answers of a
/// <see cref="SurveyResponse"/> are given in the order of <see cref="Questions"/>. Immutable and thread-safe.
/// </remarks>
public sealed class SurveyInstrument : IEquatable<SurveyInstrument>
{
    private readonly Dictionary<string, int> _questionIndex;

    /// <summary>Creates and checks an instrument.</summary>
    /// <param name="id">A stable identifier, e.g. "SIPAS-2640-2017".</param>
    /// <param name="title">The title.</param>
    /// <param name="years">The survey years it applies to.</param>
    /// <param name="elements">The elements, in order; copied.</param>
    /// <param name="decision">The decision it comes from, or <see langword="null"/> when not identified.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> is blank, or
    /// <paramref name="elements"/> contains null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="elements"/> is null.</exception>
    /// <exception cref="DiagnosticException">Element codes or question codes repeat; every repetition is listed.</exception>
    internal SurveyInstrument(string id, string title, AssessmentYears years, IEnumerable<SurveyElement> elements, LegalBasis? decision = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Title = Text.Nfc(Preconditions.CheckNotBlank(title, nameof(title)));
        Years = years;
        Decision = decision;
        Elements = [.. Preconditions.CheckNotNull(elements, nameof(elements))];
        Preconditions.CheckNoNulls(Elements, nameof(elements));
        Questions = [.. Elements.SelectMany(e => e.Questions)];
        ElementOfQuestion = [.. Elements.SelectMany((e, i) => e.Questions.Select(_ => i))];

        var problems = RepeatedCodes(Elements);
        if (problems.Count > 0)
        {
            throw new InvalidSurveyException(problems);
        }
        _questionIndex = Questions.Select((q, i) => (q.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets every instrument the package ships, oldest first, as far as public sources reach: 1383/QĐ-BNV (2012,
    /// pilot; elements only), 2640/QĐ-BNV (2017–2021; 5 elements, 22 criteria), the 2022 household redesign (policy and
    /// service statements from a replica of the form) and 1001/QĐ-BNV (2023–2026; opinions, satisfaction,
    /// expectations). Each one's <see cref="Notes"/> say what is missing.</summary>
    public static ImmutableArray<SurveyInstrument> All => SurveyInstruments.All;

    /// <summary>Gets the instrument of 2640/QĐ-BNV (10/10/2017), survey years 2017–2021: 5 elements, 22 criteria.</summary>
    public static SurveyInstrument Decision2640 => SurveyInstruments.Decision2640;

    /// <summary>Gets the instrument of 1001/QĐ-BNV (11/12/2023), survey years 2023–2026.</summary>
    public static SurveyInstrument Decision1001 => SurveyInstruments.Decision1001;

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the survey years the instrument applies to.</summary>
    public AssessmentYears Years { get; }

    /// <summary>Gets the decision it comes from, or <see langword="null"/> when not identified.</summary>
    public LegalBasis? Decision { get; }

    /// <summary>Gets the elements, in order.</summary>
    public ImmutableArray<SurveyElement> Elements { get; }

    /// <summary>Gets every question, element by element: the order of a response's answers.</summary>
    public ImmutableArray<SurveyQuestion> Questions { get; }

    /// <summary>Gets citations of the sources of the instrument as a whole.</summary>
    public ImmutableArray<string> Sources { get; internal init; } = [];

    /// <summary>Gets notes on what is known and what is missing.</summary>
    public ImmutableArray<string> Notes { get; internal init; } = [];

    /// <summary>For each question of <see cref="Questions"/>, the position of its element in <see cref="Elements"/>.</summary>
    internal ImmutableArray<int> ElementOfQuestion { get; }

    /// <summary>Finds the position of a question in <see cref="Questions"/>.</summary>
    /// <param name="code">The question's code.</param>
    /// <returns>The position (0 for the first question), or -1 when no question has that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public int PositionOf(string code) => _questionIndex.TryGetValue(Text.Key(Preconditions.CheckNotNull(code, nameof(code))), out var i) ? i : -1;

    /// <summary>Gets a shipped instrument by its id.</summary>
    /// <param name="id">"SIPAS-1383-2012", "SIPAS-2640-2017", "SIPAS-2022" or "SIPAS-1001-2023".</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No shipped instrument has that id.</exception>
    public static SurveyInstrument Get(string id) => SurveyInstruments.Get(id);

    /// <summary>Finds the shipped instrument in force for a survey year.</summary>
    /// <param name="year">The survey year.</param>
    /// <returns>The instrument, or <see langword="null"/> when none is known for that year.</returns>
    public static SurveyInstrument? ForYear(int year) => SurveyInstruments.ForYear(year);

    /// <summary>Formats as "SIPAS-2640-2017 (2640/QĐ-BNV (2017-10-10), 2017–2021)".</summary>
    /// <returns>Id, decision and years.</returns>
    public override string ToString() => Id + " (" + (Decision is null ? string.Empty : Decision + ", ") + Years + ")";

    // Written by hand, not a record: the notes, sources and elements compare as sequences, which a record compares by reference.
    /// <summary>Compares id, title, years, decision, notes, sources and elements.</summary>
    /// <param name="other">The instrument to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(SurveyInstrument? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Years == other.Years
        && Equals(Decision, other.Decision)
        && Notes.SequenceEqual(other.Notes, StringComparer.Ordinal)
        && Sources.SequenceEqual(other.Sources, StringComparer.Ordinal)
        && Elements.SequenceEqual(other.Elements);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SurveyInstrument);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Years, Elements.Length);

    /// <summary>The element codes and question codes that repeat, which the constructor refuses: a reader checks them first,
    /// to report them among its own problems.</summary>
    internal static List<Diagnostic> RepeatedCodes(IEnumerable<SurveyElement> elements) =>
        [.. Repeated(elements.Select(e => e.Code), DiagnosticItem.Element), .. Repeated(elements.SelectMany(e => e.Questions).Select(q => q.Code), DiagnosticItem.Question)];

    private static IEnumerable<Diagnostic> Repeated(IEnumerable<string> codes, DiagnosticItem item) =>
        codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => new Diagnostic(DiagnosticKind.DuplicateCode, g.Key, Invariant.Format($"the {(item == DiagnosticItem.Element ? "element" : "question")} code is used {g.Count()} times")) { Item = item });
}
