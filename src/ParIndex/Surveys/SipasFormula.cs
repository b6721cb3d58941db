namespace ParIndex.Surveys;

/// <summary>A user's formula to combine figures into one: items into an element, elements into a part, parts into the
/// overall index. The default is the unweighted mean (công thức tính).</summary>
/// <param name="values">The figures to combine, percentages in [0, 100], in the instrument's order; figures without
/// valid answers are left out.</param>
/// <returns>The combined figure, a percentage in [0, 100].</returns>
public delegate double SipasFormula(ReadOnlySpan<double> values);
