using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ParIndex.Cli.Input;
using ParIndex.Cli.Output;
using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex score</c>: units' indicators scored under a methodology into scorecards (total, index, group,
/// area indices).</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var methodology = Options.Methodology();
        var indicators = Options.Indicators();
        var command = new Command("score", "Score units' reported indicators under a methodology: points, index, group and area indices.\n" +
            "Example:\n  parindex score --methodology CA-MAU-1880-2013-FRAGMENT --indicators samples/data/indicators-ca-mau-fragment.csv")
        {
            methodology, indicators,
        };
        CommandContext.Bind(command, context =>
        {
            var (loaded, scorecards) = Score(context, methodology, indicators);
            var areas = loaded.Areas;
            var columns = new List<string> { "code", "unit", "year", "points", "max_points", "index", "group" };
            columns.AddRange(areas.Select(a => "area_" + a.Code));
            var rows = scorecards.Select(card =>
            {
                var cells = new List<object?> { card.Unit.Code, card.Unit.Name, card.Year, card.Points, card.MaxPoints, Figures.Index(card.RoundedIndex), GroupScheme.Ministry.Classify(card.RoundedIndex)?.Name };
                cells.AddRange(areas.Select(a => card[a.Code].Percent is { } percent ? (object)Figures.Index(percent) : null));
                return cells;
            });
            context.Write(
            [
                new ResultTable(
                    "scorecards",
                    $"{loaded.Title} ({loaded.Id})",
                    columns,
                    rows,
                    [
                        "index = points ÷ applicable maximum × 100, shown to 2 decimals (half away from zero); area_N = the area's points as % of its applicable maximum.",
                        "Areas: " + string.Join("; ", areas.Select(a => $"{a.Code} {a.Name} (max {a.MaxPoints})")),
                    ]),
            ]);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Loads the methodology and scores every unit of the indicator files; shared with explain and rank.</summary>
    public static (Methodologies.Methodology Methodology, System.Collections.Immutable.ImmutableArray<Scorecard> Scorecards) Score(
        CommandContext context, Option<string?> methodology, Option<System.IO.FileInfo[]> indicators)
    {
        var loaded = MethodologySource.Load(context.Required(methodology, "give the methodology to score with"));
        var files = context.Parse.GetValue(indicators) is { Length: > 0 } given ? given : throw new CliException("give at least one indicator file", indicators.Name);
        return (loaded, new Scorer(loaded).ScoreAll(IndicatorFiles.Read(files, loaded)));
    }
}
