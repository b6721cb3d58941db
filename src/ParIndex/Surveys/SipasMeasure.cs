namespace ParIndex.Surveys;

/// <summary>Names one figure of a <see cref="SatisfactionProfile"/>: the overall index, the service or policy index, an
/// element's index or a question's share. Used to rank provinces and to link figures to PAR Index leaves (chỉ số hài lòng).</summary>
/// <remarks>Immutable; equality by kind and code.</remarks>
public sealed record SipasMeasure
{
    private const string OverallKind = "overall", ServiceKind = "service", PolicyKind = "policy", ElementKind = "element", QuestionKind = "question";

    private SipasMeasure(string kind, string? code)
    {
        Kind = kind;
        Code = code;
    }

    /// <summary>Gets the overall SIPAS (chỉ số SIPAS).</summary>
    public static SipasMeasure Overall { get; } = new(OverallKind, null);

    /// <summary>Gets the index of satisfaction with public administrative services.</summary>
    public static SipasMeasure Service { get; } = new(ServiceKind, null);

    /// <summary>Gets the index of satisfaction with public policies.</summary>
    public static SipasMeasure Policy { get; } = new(PolicyKind, null);

    // Which figure: one of the kinds above. Internal: a user names a measure by its factory and reads it back through
    // ToString, so the closed set is not a public string (nor a public enum of its own).
    internal string Kind { get; }

    /// <summary>Gets the element's or question's code, or <see langword="null"/>.</summary>
    public string? Code { get; }

    /// <summary>Names an element's index.</summary>
    /// <param name="code">The element's code, e.g. "TT".</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null or blank.</exception>
    public static SipasMeasure Element(string code) => new(ElementKind, Preconditions.CheckNotBlank(code, nameof(code)));

    /// <summary>Names a question's share satisfied.</summary>
    /// <param name="code">The question's code, e.g. "TT5".</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null or blank.</exception>
    public static SipasMeasure Question(string code) => new(QuestionKind, Preconditions.CheckNotBlank(code, nameof(code)));

    /// <summary>Finds the figure this measure names in a profile.</summary>
    internal SurveyFigure? In(SatisfactionProfile profile) => Kind switch
    {
        OverallKind => profile.Overall,
        ServiceKind => profile.Service,
        PolicyKind => profile.Policy,
        ElementKind => profile.Elements.FirstOrDefault(e => string.Equals(e.Element.Code, Code, StringComparison.Ordinal))?.Figure,
        _ => profile.Items.FirstOrDefault(i => string.Equals(i.Question.Code, Code, StringComparison.Ordinal))?.Figure,
    };

    /// <summary>Formats as "overall" or "element TT".</summary>
    /// <returns>Kind and code.</returns>
    public override string ToString() => Code is null ? Kind : Kind + " " + Code;
}
