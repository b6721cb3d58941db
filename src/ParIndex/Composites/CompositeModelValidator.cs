using System.Globalization;

namespace ParIndex.Composites;

/// <summary>Checks a <see cref="CompositeModel"/> as COINr's <c>check_iData</c> and <c>check_iMeta</c> do, but reports
/// every problem instead of stopping at the first.</summary>
internal static class CompositeModelValidator
{
    internal static List<Diagnostic> Validate(CompositeModel model, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>? weightSets)
    {
        var problems = new List<Diagnostic>();
        void Add(DiagnosticKind kind, string? code, string message, string? unit = null) => problems.Add(new Diagnostic(kind, code, message, unit));

        var elements = new Dictionary<string, CompositeElement>(StringComparer.Ordinal);
        foreach (var element in model.Elements)
        {
            if (CheckCode(element.Code, "element", null, problems) && !elements.TryAdd(element.Code, element))
            {
                Add(DiagnosticKind.DuplicateCode, element.Code, "the code appears more than once in the metadata");
            }
        }
        var levels = new SortedSet<int>();
        foreach (var element in model.Elements)
        {
            var code = element.Code;
            if (!Enum.IsDefined(element.Type))
            {
                Add(DiagnosticKind.UnknownValue, code, Invariant.Format($"type {(int)element.Type} is not one of Indicator, Aggregate, Group, Denominator, Other"));
                continue;
            }
            if (element.Type is not (ElementType.Indicator or ElementType.Aggregate))
            {
                continue;
            }
            if (element.Level is not { } level)
            {
                Add(DiagnosticKind.MissingAttribute, code, "an indicator or aggregate needs a level");
                continue;
            }
            levels.Add(level);
            if (element.Type == ElementType.Indicator && level != 1)
            {
                Add(DiagnosticKind.LevelGap, code, Invariant.Format($"an indicator must be at level 1, not {level}"));
            }
            if (element.Type == ElementType.Aggregate && level < 2)
            {
                Add(DiagnosticKind.LevelGap, code, Invariant.Format($"an aggregate must be at level 2 or above, not {level}"));
            }
            if (element.Direction is not (1 or -1))
            {
                Add(DiagnosticKind.ValueOutOfRange, code, Invariant.Format($"direction must be 1 or -1, not {element.Direction}"));
            }
            if (element.Weight is not { } weight)
            {
                Add(DiagnosticKind.MissingAttribute, code, "an indicator or aggregate needs a weight");
            }
            else if (!double.IsFinite(weight) || weight < 0)
            {
                Add(DiagnosticKind.ValueOutOfRange, code, "the weight must be a finite number, zero or more, not " + weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }
            if (element.Denominator is { } denominator && (!elements.TryGetValue(denominator, out var d) || d.Type != ElementType.Denominator))
            {
                Add(DiagnosticKind.UnknownCode, code, "the denominator " + denominator + " is not a denominator of the metadata");
            }
        }
        var max = levels.Count == 0 ? 0 : levels.Max;
        if (levels.Count == 0 || !levels.Contains(1))
        {
            Add(DiagnosticKind.Empty, null, "the metadata has no indicator at level 1");
        }
        for (var level = 1; level <= max; level++)
        {
            if (!levels.Contains(level))
            {
                Add(DiagnosticKind.LevelGap, null, Invariant.Format($"no element is at level {level}, between levels 1 and {max}"));
            }
        }
        if (max < 2 && levels.Count > 0)
        {
            Add(DiagnosticKind.Empty, null, "the metadata has no aggregate (level 2 or above)");
        }
        foreach (var element in model.Elements.Where(e => e.Type is ElementType.Indicator or ElementType.Aggregate && e.Level is not null))
        {
            CheckParent(element, max, elements, problems);
        }
        foreach (var aggregate in model.Elements.Where(e => e.Type == ElementType.Aggregate && e.Code is not null))
        {
            if (!model.Elements.Any(e => string.Equals(e.Parent, aggregate.Code, StringComparison.Ordinal)))
            {
                Add(DiagnosticKind.Empty, aggregate.Code, "the aggregate has no children (no element names it as its parent)");
            }
        }
        ValidateUnits(model, elements, problems);
        foreach (var (name, set) in weightSets ?? new Dictionary<string, IReadOnlyDictionary<string, double>>())
        {
            if (name == CompositeModel.OriginalWeights)
            {
                Add(DiagnosticKind.DuplicateCode, null, "the weight set Original is the metadata's and cannot be given");
            }
            foreach (var (code, weight) in set)
            {
                if (!elements.TryGetValue(code, out var e) || e.Type is not (ElementType.Indicator or ElementType.Aggregate))
                {
                    Add(DiagnosticKind.UnknownCode, code, "weight set " + name + " weights a code that is not an indicator or aggregate");
                }
                else if (!double.IsFinite(weight) || weight < 0)
                {
                    Add(DiagnosticKind.ValueOutOfRange, code, "weight set " + name + ": the weight must be a finite number, zero or more");
                }
            }
        }
        return problems;
    }

    private static void CheckParent(CompositeElement element, int max, Dictionary<string, CompositeElement> elements, List<Diagnostic> problems)
    {
        var level = element.Level!.Value;
        if (element.Parent is not { } parent)
        {
            if (level < max)
            {
                problems.Add(new Diagnostic(DiagnosticKind.MissingAttribute, element.Code, Invariant.Format($"an element below the top level ({max}) needs a parent")));
            }
            return;
        }
        if (level >= max)
        {
            problems.Add(new Diagnostic(DiagnosticKind.LevelGap, element.Code, "an element at the top level cannot have a parent (" + parent + ")"));
        }
        else if (!elements.TryGetValue(parent, out var p) || p.Type != ElementType.Aggregate)
        {
            problems.Add(new Diagnostic(DiagnosticKind.UnknownCode, element.Code, "the parent " + parent + " is not an aggregate of the metadata"));
        }
        else if (p.Level != level + 1)
        {
            problems.Add(new Diagnostic(DiagnosticKind.LevelGap, element.Code, Invariant.Format($"the parent {parent} is at level {p.Level}, not one level up ({level + 1})")));
        }
    }

    private static void ValidateUnits(CompositeModel model, Dictionary<string, CompositeElement> elements, List<Diagnostic> problems)
    {
        var seen = new HashSet<(string, int?)>();
        var columns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in model.Units)
        {
            if (CheckCode(unit.Code, "unit", unit.Code, problems) && !seen.Add((unit.Code, unit.Time)))
            {
                problems.Add(new Diagnostic(DiagnosticKind.DuplicateCode, null, "the unit appears more than once" + (unit.Time is { } t ? Invariant.Format($" for time {t}") : string.Empty), unit.Code));
            }
            // Ordered, so that the problems come in the same order in every process (string hashes are randomised).
            foreach (var code in unit.Values.Keys.Order(StringComparer.Ordinal))
            {
                columns.Add(code);
                if (model.Find(code) is not { } element)
                {
                    problems.Add(new Diagnostic(DiagnosticKind.UnknownCode, code, "the column is not described in the metadata", unit.Code));
                }
                else if (element.Type == ElementType.Aggregate)
                {
                    problems.Add(new Diagnostic(DiagnosticKind.AggregateAsData, code, "the aggregate is given as data; aggregates are computed", unit.Code));
                }
                else if (element.Type == ElementType.Group)
                {
                    problems.Add(new Diagnostic(DiagnosticKind.NotANumber, code, "a group column is given as a number", unit.Code));
                }
            }
            foreach (var code in unit.Groups.Keys.Order(StringComparer.Ordinal))
            {
                columns.Add(code);
                if (model.Find(code) is not { } element || element.Type is not (ElementType.Group or ElementType.Other))
                {
                    problems.Add(new Diagnostic(DiagnosticKind.UnknownCode, code, "the label column is not a group of the metadata", unit.Code));
                }
            }
        }
        if (model.Units.Length == 0)
        {
            problems.Add(new Diagnostic(DiagnosticKind.Empty, null, "there are no units"));
            return;
        }
        foreach (var element in model.Elements.Where(e => e.Type is ElementType.Indicator or ElementType.Denominator && e.Code is not null && !columns.Contains(e.Code)))
        {
            problems.Add(new Diagnostic(DiagnosticKind.MissingIndicator, element.Code, "the " + element.Type.ToString().ToLowerInvariant() + " has no column in the unit data"));
        }
    }

    /// <summary>COINr forbids blank codes, white space and a leading digit (they break R's column names); so do we,
    /// so that a model reads the same in both.</summary>
    private static bool CheckCode(string? code, string what, string? unit, List<Diagnostic> problems)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            problems.Add(new Diagnostic(DiagnosticKind.MissingAttribute, null, "a " + what + " has a blank code", unit));
            return false;
        }
        if (code.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            // A zero-width space or a direction mark would make "A" and "A\u200B" two codes that read alike.
            problems.Add(new Diagnostic(DiagnosticKind.InvalidCode, what == "unit" ? null : code, "the " + what + " code '" + code + "' holds an invisible character", unit));
            return false;
        }
        if (code.Any(char.IsWhiteSpace) || char.IsAsciiDigit(code[0]))
        {
            problems.Add(new Diagnostic(DiagnosticKind.InvalidCode, what == "unit" ? null : code, "the " + what + " code '" + code + "' contains white space or begins with a digit", unit));
            return false;
        }
        return true;
    }
}
