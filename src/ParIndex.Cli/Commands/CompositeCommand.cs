using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ParIndex.Cli.Output;
using ParIndex.Composites;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex composite</c>: a composite indicator from COINr's two tables (unit data, indicator metadata) and a
/// pipeline (JSON): every unit's index, rank and aggregates.</summary>
internal static class CompositeCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo?>("--data", "-d") { Description = "The unit data, CSV as COINr's iData: uCode, uName, groups, Time, denominators, indicators." };
        var meta = new Option<FileInfo?>("--meta") { Description = "The indicator metadata, CSV as COINr's iMeta: Level, iCode, Parent, Direction, Weight, Type, …" };
        var pipeline = new Option<FileInfo?>("--pipeline") { Description = "The pipeline, JSON (docs/composite-pipeline.schema.json): denominate, impute, screen, treat, normalise, aggregate." };
        var decimals = new Option<int>("--decimals") { Description = "Decimals of the scores shown (ranks use exact values); 2 as COINr's results tables.", DefaultValueFactory = _ => 2 };
        var command = new Command("composite", "A composite indicator (COINr's method): normalise and aggregate raw indicators, rank the units.\n" +
            "Example:\n  parindex composite --data samples/data/composites/asem-idata.csv --meta samples/data/composites/asem-imeta.csv " +
            "--pipeline samples/data/composites/asem.json")
        {
            data, meta, pipeline, decimals,
        };
        CommandContext.Bind(command, context =>
        {
            var dataFile = Existing(context.Required(data, "give the unit data (CSV)"), data.Name);
            var metaFile = Existing(context.Required(meta, "give the indicator metadata (CSV)"), meta.Name);
            var pipelineFile = Existing(context.Required(pipeline, "give the pipeline (JSON)"), pipeline.Name);
            var places = context.Parse.GetValue(decimals);
            if (places is < 0 or > 10)
            {
                throw new CliException("decimals must be between 0 and 10", decimals.Name);
            }
            var model = CompositeCsv.Read(File.ReadAllText(dataFile.FullName), File.ReadAllText(metaFile.FullName), dataFile.Name, metaFile.Name);
            CompositePipeline steps;
            try
            {
                steps = CompositePipeline.Parse(File.ReadAllText(pipelineFile.FullName));
            }
            catch (InvalidCompositeException e)
            {
                // Named by the file, so that each problem reads pipeline.json:line:column: $.steps[0]...
                throw new CliException(e.Message, pipelineFile.Name, e, e.Diagnostics);
            }
            context.Write([Table(steps.Run(model), steps.Title ?? pipelineFile.Name, places)]);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One row per unit, ranked ones first: uCode, the index, the rank, then the other aggregates from the highest
    /// level down (COINr's <c>get_results</c> layout); units not ranked last, with the reason in the notes.</summary>
    internal static ResultTable Table(CompositeResult result, string title, int decimals)
    {
        var model = result.Model;
        var aggregates = model.Aggregates.OrderByDescending(a => model.Find(a)!.Level).Where(a => a != result.IndexCode && result.Scores.HasColumn(a)).ToArray();
        decimal? Score(string unit, string column) =>
            result.Scores.UnitCodes.Contains(unit) && result.Scores[unit, column] is { } v ? Math.Round((decimal)v, decimals, MidpointRounding.AwayFromZero) : null;
        var rows = new List<object?[]>();
        foreach (var entry in result.Ranking)
        {
            rows.Add([entry.UnitCode, Score(entry.UnitCode, result.IndexCode), entry.Rank, .. aggregates.Select(a => (object?)Score(entry.UnitCode, a))]);
        }
        foreach (var unit in result.Unranked)
        {
            rows.Add([unit.Code, Score(unit.Code, result.IndexCode), null, .. aggregates.Select(a => (object?)Score(unit.Code, a))]);
        }
        var notes = new List<string>
        {
            $"{result.Ranking.Length} of {model.Units.Length} units ranked by {result.IndexCode} (highest first, ties share the lowest rank, exact values); " +
            $"steps: {string.Join("; ", result.DataSets.Skip(1).Select(d => d.Name))}.",
        };
        notes.AddRange(result.Unranked.Select(u => "Not ranked: " + u));
        return new ResultTable("composite", title, ["uCode", result.IndexCode, "Rank", .. aggregates], rows, notes);
    }

    private static FileInfo Existing(FileInfo file, string option) =>
        file.Exists ? file : throw new CliException("file not found: " + file.FullName, option);
}
