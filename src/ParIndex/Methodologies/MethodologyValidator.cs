using System.Globalization;
using ParIndex.Rules;

namespace ParIndex.Methodologies;

/// <summary>Collects every problem of a methodology's tree at once.</summary>
internal sealed class MethodologyValidator
{
    private readonly List<Diagnostic> _problems = [];
    private readonly HashSet<string> _codes = new(System.StringComparer.Ordinal);

    internal static List<Diagnostic> Validate(string id, string title, decimal maxPoints, Aggregation aggregation, IReadOnlyList<Area?> areas)
    {
        var validator = new MethodologyValidator();
        validator.CheckMethodology(id, title, maxPoints, aggregation, areas);
        return validator._problems;
    }

    private void CheckMethodology(string id, string title, decimal maxPoints, Aggregation aggregation, IReadOnlyList<Area?> areas)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            Add(DiagnosticKind.MissingAttribute, null, "the methodology has no id");
        }
        if (string.IsNullOrWhiteSpace(title))
        {
            Add(DiagnosticKind.MissingAttribute, null, "the methodology has no title");
        }
        // A NUL or a bell in a title or a name would pass into every output that shows it, as in a unit's name.
        else if (CellText.ControlCharacter(title) is { } control)
        {
            Add(DiagnosticKind.InvalidCode, null, "the title " + control);
        }
        if (areas.Count == 0)
        {
            Add(DiagnosticKind.Empty, null, "the methodology has no areas");
            return;
        }
        for (var i = 0; i < areas.Count; i++)
        {
            if (areas[i] is { } area)
            {
                CheckNode(area, aggregation, "the methodology");
            }
            else
            {
                Add(DiagnosticKind.MissingAttribute, null, Invariant.Format($"area #{i + 1} is null"));
            }
        }
        CheckAggregation(null, "the methodology", aggregation, [.. areas.OfType<MethodologyNode>()]);
        // Maxima that do not fit are reported on their own nodes; summing them could overflow decimal.
        var sum = areas.Sum(a => a is not null && Points.Fits(a.MaxPoints) ? a.MaxPoints : 0m);
        if (!Points.Fits(maxPoints))
        {
            Add(DiagnosticKind.InvalidMaximum, null, Invariant.Format($"the total {Invariant.Format(maxPoints)} must have at most {Points.DecimalPlaces} decimal places and be at most {Invariant.Format(Points.MethodologyLimit)}"));
        }
        else if (aggregation != Aggregation.SumOfPoints)
        {
            if (maxPoints <= 0m)
            {
                Add(DiagnosticKind.InvalidMaximum, null, Invariant.Format($"the total {Invariant.Format(maxPoints)} must be more than 0"));
            }
        }
        else if (sum != maxPoints)
        {
            Add(DiagnosticKind.MaximaMismatch, null, Invariant.Format($"the areas sum to {Invariant.Format(sum)} points but the methodology has {Invariant.Format(maxPoints)}"));
        }
    }

    private void CheckNode(MethodologyNode node, Aggregation parentAggregation, string parent)
    {
        var code = node.Code;
        if (string.IsNullOrWhiteSpace(code))
        {
            Add(DiagnosticKind.MissingAttribute, code, Invariant.Format($"a node named \"{node.Name}\" has no code"));
        }
        else if (code.Trim() != code || code.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            // A zero-width space or a direction mark would make "1.1" and "1.1\u200B" two codes that read alike.
            Add(DiagnosticKind.InvalidCode, code, Invariant.Format($"the code \"{Escaped(code)}\" holds an invisible character or spaces at its ends"));
        }
        else if (!_codes.Add(code))
        {
            Add(DiagnosticKind.DuplicateCode, code, "the code is used by more than one node");
        }
        if (string.IsNullOrWhiteSpace(node.Name))
        {
            Add(DiagnosticKind.MissingAttribute, code, "the node has no name");
        }
        else if (CellText.ControlCharacter(node.Name) is { } control)
        {
            Add(DiagnosticKind.InvalidCode, code, "the name " + control);
        }
        if (node.EnglishName is { } english && CellText.ControlCharacter(english) is { } englishControl)
        {
            Add(DiagnosticKind.InvalidCode, code, "the English name " + englishControl);
        }
        if (node.MaxPoints <= 0m)
        {
            Add(DiagnosticKind.InvalidMaximum, code, Invariant.Format($"maximum points {Invariant.Format(node.MaxPoints)} must be more than 0"));
        }
        else if (!Points.Fits(node.MaxPoints))
        {
            Add(DiagnosticKind.InvalidMaximum, code, Invariant.Format($"maximum points {Invariant.Format(node.MaxPoints)} must have at most {Points.DecimalPlaces} decimal places and be at most {Invariant.Format(Points.MethodologyLimit)}"));
        }

        CheckWeight(node, parentAggregation, parent);

        var rule = (node as Criterion)?.Rule;
        if (node.IsLeaf)
        {
            if (node.Aggregation != Aggregation.SumOfPoints)
            {
                Add(DiagnosticKind.AggregationMisplaced, code, Invariant.Format($"the leaf declares {node.Aggregation}, but it has no children to combine"));
            }
            if (node is Area)
            {
                Add(DiagnosticKind.Empty, code, "the area has no criteria");
            }
            else if (rule is null)
            {
                Add(DiagnosticKind.RuleMisplaced, code, "the leaf has no scoring rule");
            }
            else if (node.MaxPoints > 0m && Points.Fits(node.MaxPoints))
            {
                // A rule is checked against a valid maximum only, so one bad maximum is reported once.
                _problems.AddRange(rule.Validate(code, node.MaxPoints));
            }
            return;
        }

        if (rule is not null)
        {
            Add(DiagnosticKind.RuleMisplaced, code, "a criterion with sub-criteria must not carry a scoring rule");
        }
        var sum = 0m;
        foreach (var child in node.Children)
        {
            if (child is null)
            {
                Add(DiagnosticKind.MissingAttribute, code, "a child is null");
                continue;
            }
            sum += Points.Fits(child.MaxPoints) ? child.MaxPoints : 0m;
            CheckNode(child, node.Aggregation, "node " + code);
        }
        CheckAggregation(code, "node " + code, node.Aggregation, [.. node.Children.Where(c => c is not null)]);
        // Under a weighted mean the children's maxima are their own scales: only a sum of points ties them to the parent's.
        if (sum != node.MaxPoints && node.Aggregation == Aggregation.SumOfPoints)
        {
            Add(DiagnosticKind.MaximaMismatch, code, Invariant.Format($"the children sum to {Invariant.Format(sum)} points but the node has {Invariant.Format(node.MaxPoints)}"));
        }
    }

    /// <summary>What is wrong with a weight's value on its own, or <see langword="null"/>: the reader reports it at the
    /// weight's JSON path, the model at the node.</summary>
    internal static string? WeightProblem(decimal weight) => weight <= 0m || !Points.Fits(weight)
        ? Invariant.Format($"weight {Invariant.Format(weight)} must be more than 0 and at most {Invariant.Format(Points.MethodologyLimit)}, with at most {Points.DecimalPlaces} decimal places")
        : null;

    /// <summary>A node's own weight against the way its parent combines its children.</summary>
    private void CheckWeight(MethodologyNode node, Aggregation parentAggregation, string parent)
    {
        var code = node.Code;
        if (node.Weight is { } weight)
        {
            if (WeightProblem(weight) is { } problem)
            {
                Add(DiagnosticKind.InvalidNodeWeight, code, problem);
            }
            if (parentAggregation == Aggregation.SumOfPoints)
            {
                Add(DiagnosticKind.WeightNotUsed, code, Invariant.Format($"the weight {Invariant.Format(weight)} is never used: {parent} sums points, so the maxima weigh the children; declare a weighted mean there or remove the weight"));
            }
        }
        else if (parentAggregation != Aggregation.SumOfPoints)
        {
            Add(DiagnosticKind.MissingNodeWeight, code, Invariant.Format($"the node has no weight, but {parent} takes a weighted mean of its children"));
        }
    }

    /// <summary>A node's (or the methodology's) aggregation and, under a weighted mean, the sum of its children's weights.</summary>
    private void CheckAggregation(string? code, string owner, Aggregation aggregation, IReadOnlyList<MethodologyNode> children)
    {
        if (!System.Enum.IsDefined(aggregation))
        {
            Add(DiagnosticKind.AggregationMisplaced, code, Invariant.Format($"{owner} declares aggregation {(int)aggregation}, which is not defined"));
            return;
        }
        if (aggregation != Aggregation.WeightedMean || children.Any(c => c.Weight is not > 0m))
        {
            // Missing and non-positive weights are reported on the children; a sum over them would say nothing more.
            return;
        }
        var sum = children.Sum(c => c.Weight!.Value);
        if (sum != 1m)
        {
            Add(DiagnosticKind.WeightsSumMismatch, code, Invariant.Format($"the weights of the children of {owner} sum to {Invariant.Format(sum)}, not 1 ({string.Join(" + ", children.Select(c => Invariant.Format(c.Weight!.Value)))}); declare {nameof(Aggregation.NormalisedWeightedMean)} to divide them by their sum"));
        }
    }

    // Invisible characters written as \uXXXX, so that the message shows them.
    private static string Escaped(string code) => string.Concat(code.Select(c =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format ? Invariant.Format($"\\u{(int)c:X4}") : c.ToString()));

    private void Add(DiagnosticKind kind, string? code, string message) =>
        _problems.Add(new Diagnostic(kind, string.IsNullOrWhiteSpace(code) ? null : code, message));
}
