namespace ParIndex.Surveys;

/// <summary>The index of one element (yếu tố) for one province or the nation: its questions' shares combined.</summary>
/// <remarks>Immutable.</remarks>
internal sealed class ElementSatisfaction
{
    internal ElementSatisfaction(SurveyElement element, SurveyFigure? figure)
    {
        Element = element;
        Figure = figure;
    }

    /// <summary>Gets the element.</summary>
    public SurveyElement Element { get; }

    /// <summary>Gets the element index, or <see langword="null"/> when none of its questions is on the satisfaction
    /// scale with valid answers.</summary>
    public SurveyFigure? Figure { get; }

    /// <summary>Formats as "TT: 83.02% [...]".</summary>
    /// <returns>Code and figure.</returns>
    public override string ToString() => Element.Code + ": " + (Figure?.ToString() ?? "no figure");
}
