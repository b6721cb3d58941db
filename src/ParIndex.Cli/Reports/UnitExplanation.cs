using System.Globalization;
using System.Linq;
using ParIndex.Cli.Output;
using ParIndex.Scoring;

namespace ParIndex.Cli.Reports;

/// <summary>A scored unit's explanation as a table: every leaf with its status, input, points of its maximum and the
/// rule's own account of the points; the areas and the total in the notes.</summary>
internal static class UnitExplanation
{
    public static ResultTable Of(Scorecard scorecard)
    {
        var rows = scorecard.Explanations.Select(e => new object?[]
        {
            e.Leaf.Code,
            e.Leaf.Name,
            Status(e.Status),
            e.Input?.ToString(),
            e.Points,
            e.Leaf.MaxPoints,
            e.Text,
        });
        var notes = scorecard.Areas
            .Select(a => $"Area {a.Code} {a.Node.Name}: {Number(a.Points)} of {Number(a.MaxPoints)} points" + (a.Percent is { } p ? $" ({Number(decimal.Round(p, 2))}%)." : " (nothing applies)."))
            .Prepend($"{scorecard.Unit.Name} ({scorecard.Unit.Code}), {scorecard.Year.ToString(CultureInfo.InvariantCulture)}, {scorecard.Methodology.Id}: " +
                $"{Number(scorecard.Points)} of {Number(scorecard.MaxPoints)} applicable points, index {Number(scorecard.RoundedIndex)}.");
        return new ResultTable(
            "explanation",
            $"{scorecard.Unit.Name}: every point explained ({scorecard.Methodology.Title})",
            ["code", "criterion", "status", "input", "points", "max", "rule"],
            rows,
            notes);
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Status(LeafStatus status) => status switch
    {
        LeafStatus.GivenPoints => "given points",
        LeafStatus.NotApplicable => "not applicable",
        LeafStatus.MissingScoredZero => "missing, scored 0",
        LeafStatus.NoSurvey => "no survey",
        _ => "scored",
    };
}
