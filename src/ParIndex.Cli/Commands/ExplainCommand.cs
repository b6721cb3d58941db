using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using ParIndex.Cli.Output;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex explain</c>: one unit's scorecard point by point: every leaf's input, rule, status and points,
/// and the sums of its criteria and areas.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var methodology = Options.Methodology();
        var indicators = Options.Indicators();
        var unit = new Option<string?>("--unit", "-u") { Description = "The unit to explain (its code in the indicator files); the only unit when omitted." };
        var command = new Command("explain", "Explain one unit's points: every leaf's input, rule and points, not-applicable and missing leaves, and the sums.\n" +
            "Example:\n  parindex explain --methodology CA-MAU-1880-2013-FRAGMENT --indicators samples/data/indicators-ca-mau-fragment.csv --unit C")
        {
            methodology, indicators, unit,
        };
        CommandContext.Bind(command, context =>
        {
            var (_, scorecards) = ScoreCommand.Score(context, methodology, indicators);
            var card = Pick(scorecards, context.Parse.GetValue(unit));
            var leaves = new ResultTable(
                "leaves",
                $"{card.Unit.Code} {card.Unit.Name} {card.Year}: every point",
                ["code", "criterion", "status", "input", "points", "max_points", "explanation"],
                card.Explanations.Select(e => new object?[]
                {
                    e.Leaf.Code, e.Leaf.Name, Status(e.Status), e.Input?.ToString(), e.Points, e.Leaf.MaxPoints, e.Text,
                }),
                [
                    FormattableString.Invariant($"Total {card.Points} of {card.MaxPoints} applicable points → index {Figures.Index(card.RoundedIndex)} (exact {card.Index.ToString(CultureInfo.InvariantCulture)})."),
                    "Leaves not applicable to the unit leave the maxima of their criteria and areas; missing leaves are errors unless scored as zero.",
                ]);
            var sums = new ResultTable(
                "nodes",
                "Criteria and areas",
                ["code", "name", "points", "max_points", "percent"],
                card.Nodes.Where(n => !n.Node.IsLeaf).Select(n => new object?[] { n.Code, n.Node.Name, n.Points, n.MaxPoints, Figures.Index(n.Percent) }));
            context.Write([leaves, sums]);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Scorecard Pick(System.Collections.Immutable.ImmutableArray<Scorecard> scorecards, string? unit)
    {
        if (unit is null)
        {
            return scorecards.Length == 1
                ? scorecards[0]
                : throw new CliException($"the files hold {scorecards.Length} units; choose one with --unit ({string.Join(", ", scorecards.Select(c => c.Unit.Code))})", "--unit");
        }
        return scorecards.FirstOrDefault(c => string.Equals(c.Unit.Code, unit, StringComparison.Ordinal))
            ?? throw new CliException($"no unit '{unit}' in the indicator files; units: {string.Join(", ", scorecards.Select(c => c.Unit.Code))}", "--unit");
    }

    private static string Status(LeafStatus status) => status switch
    {
        LeafStatus.Scored => "scored",
        LeafStatus.GivenPoints => "given points",
        LeafStatus.NotApplicable => "not applicable",
        LeafStatus.MissingScoredZero => "missing (scored 0)",
        LeafStatus.NoSurvey => "no survey",
        _ => status.ToString(),
    };
}
