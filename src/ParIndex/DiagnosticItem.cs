namespace ParIndex;

/// <summary>What the code of a <see cref="Diagnostic"/> names (<see cref="Diagnostic.ItemCode"/>): a criterion of a
/// methodology, a target of a plan or the indicator it is about, a question of a survey instrument, or an element of a composite
/// indicator.</summary>
/// <remarks>The word is the one a diagnostic prints before the code ("criterion 1.1.4", "target t1").</remarks>
public enum DiagnosticItem
{
    /// <summary>A criterion or leaf of a methodology (tiêu chí, tiêu chí thành phần): "1.1.4". Also the default.</summary>
    Criterion = 0,

    /// <summary>A target of a reform plan (chỉ tiêu của kế hoạch), by its id: "t1".</summary>
    Target,

    /// <summary>A question of a survey instrument (câu hỏi), or an element of its questions: "TC1".</summary>
    Question,

    /// <summary>An element of a composite indicator (an indicator, an aggregate or a group column), or a column of its
    /// unit data: "Pop".</summary>
    Element,

    /// <summary>An indicator a reform plan's targets are about (chỉ số của chỉ tiêu), by its id: "dossiers.online", as
    /// a row of reported values names it.</summary>
    Indicator,
}
