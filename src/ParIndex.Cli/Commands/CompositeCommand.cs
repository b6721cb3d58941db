using System.Threading;
using ParIndex.Analysis;
using ParIndex.Cli.Input;
using ParIndex.Composites;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex composite</c>: a composite indicator from COINr's two tables (unit data, indicator metadata) and a
/// pipeline (JSON): every unit's index, rank and aggregates.</summary>
internal static class CompositeCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo?>("--data", "-d") { Description = "The unit data, CSV (any separator, decimal commas in a ';' file) as COINr's iData: uCode, uName, groups, Time, denominators, indicators; or an Excel workbook with the sheets iData and iMeta (--sheet names the data's)." };
        var meta = new Option<FileInfo?>("--meta") { Description = "The indicator metadata, CSV as COINr's iMeta: Level, iCode, Parent, Direction, Weight, Type, …; not needed when --data is a workbook." };
        var pipeline = new Option<FileInfo?>("--pipeline") { Description = "The pipeline, JSON (docs/composite-pipeline.schema.json): denominate, impute, screen, treat, normalise, aggregate." };
        var decimals = new Option<int>("--decimals") { Description = "Decimals of the scores shown (ranks use exact values); 2 as COINr's results tables.", DefaultValueFactory = _ => 2 };
        var runs = new Option<int?>("--runs") { Description = "Monte Carlo runs of the rank intervals (e.g. 10000): each run perturbs the weights and draws a pipeline, re-aggregates and re-ranks." };
        var noise = new Option<decimal?>("--weight-noise") { Description = "Noise on the weights, ± this many percent (e.g. 25; COINr's get_noisy_weights); default 25 with --runs." };
        var levels = new Option<int[]>("--noise-levels") { Description = "The levels whose weights get noise (default: 2 up to one below the index).", AllowMultipleArgumentsPerToken = true };
        var alternatives = new Option<FileInfo[]>("--alternative") { Description = "Another pipeline (JSON) each run may draw instead, e.g. another normalisation or aggregation.", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<ulong?>("--seed") { Description = "The seed (default 2017): the same seed gives the same output." };
        var threads = new Option<int?>("--threads") { Description = "The most threads (default: all processors); the output does not depend on it." };
        var time = new Option<int?>("--time") { Description = "Panel data (a Time column): the results of this period only; without it, every period, each ranked on its own." };
        var sensitivity = new Option<int?>("--sensitivity") { Description = "Also the Sobol indices of the mean absolute rank shift per noisy level and the pipeline choice, from N base samples (e.g. 1024)." };
        var command = new Command("composite", "A composite indicator (COINr's method): normalise and aggregate raw indicators, rank the units; with --runs, rank intervals under noisy weights and alternative pipelines.\n" +
            "Examples:\n  parindex composite --data samples/data/composites/asem-idata.csv --meta samples/data/composites/asem-imeta.csv " +
            "--pipeline samples/data/composites/asem.json\n  parindex composite -d asem-idata.csv --meta asem-imeta.csv --pipeline asem.json --runs 10000 --weight-noise 25 --seed 7")
        {
            data, meta, pipeline, decimals, time, runs, noise, levels, alternatives, seed, threads, sensitivity,
        };
        CommandContext.Bind(command, context =>
        {
            var dataFile = Existing(context.Required(data, "give the unit data (CSV)"), data.Name);
            var pipelineFile = Existing(context.Required(pipeline, "give the pipeline (JSON)"), pipeline.Name);
            var places = context.Parse.GetValue(decimals);
            if (places is < 0 or > 10)
            {
                throw new CliException("decimals must be between 0 and 10", decimals.Name);
            }
            var model = Model(context, dataFile, context.Parse.GetValue(meta), meta.Name);
            var steps = Read(pipelineFile);
            var parse = context.Parse;
            var periods = model.Raw.Times.OfType<int>().Distinct().Order().ToArray();
            if (parse.GetValue(time) is { } period && !periods.Contains(period))
            {
                throw new CliException(periods.Length == 0 ? "the data has no Time column" : FormattableString.Invariant($"the data has no period {period} (periods: {string.Join(", ", periods)})"), time.Name);
            }
            if (parse.GetValue(runs) is not { } count)
            {
                var result = steps.Run(model);
                // One Time for every row is a cross-section: its period is the whole result.
                context.Write([Table(parse.GetValue(time) is { } t && !result.Periods.IsEmpty ? result.ForPeriod(t) : result, steps.Title ?? pipelineFile.Name, places)]);
                return ExitCodes.Ok;
            }
            // --time cannot pick the period here: the pipeline normalises across periods, so one period's runs would
            // not be that period's nominal result; the user is told so rather than left to think --time was used.
            Check(periods.Length <= 1, runs.Name, "rank intervals are for one period, and the data has " + string.Join(", ", periods) + "; give the data of one period"
                + (parse.GetValue(time) is null ? string.Empty : " (--time picks a period of the results, not of the data the runs redraw)"));
            Check(count is >= 1 and <= 10_000_000, runs.Name, "runs must be between 1 and 10,000,000");
            var percent = parse.GetValue(noise) ?? 25m;
            Check(percent is >= 0m and < 100m, noise.Name, "the noise must be a percentage in [0, 100), e.g. 25");
            Check(parse.GetValue(threads) is null or >= 1, threads.Name, "at least one thread");
            var options = new CompositeUncertaintyOptions
            {
                Runs = count,
                Seed = parse.GetValue(seed) ?? new CompositeUncertaintyOptions().Seed,
                WeightNoise = (double)(percent / 100m),
                NoiseLevels = [.. parse.GetValue(levels) ?? []],
                Alternatives = [.. (parse.GetValue(alternatives) ?? []).Select(f => Read(Existing(f, alternatives.Name)))],
                MaxThreads = parse.GetValue(threads),
            };
            try
            {
                var done = 0L;
                ImmutableArray<CompositeUnitUncertainty> units = [];
                TerminalProgress.Run(context.Error, "Monte Carlo runs", count, () => Interlocked.Read(ref done),
                    () => units = RankUncertainty.Run(model, steps, options, new UncertaintyCommand.Progress(n => Interlocked.Exchange(ref done, n))));
                var tables = new List<ResultTable> { Uncertainty(units, options, steps.Title ?? pipelineFile.Name, places) };
                if (parse.GetValue(sensitivity) is { } samples)
                {
                    Check(samples is >= 2 and <= 1_000_000, sensitivity.Name, "the design needs between 2 and 1,000,000 base samples");
                    tables.Add(UncertaintyCommand.Sensitivity(RankUncertainty.Sensitivity(model, steps, options, samples)));
                }
                context.Write(tables);
            }
            catch (ArgumentException e)
            {
                // The library names the option refused (RankUncertainty.Run's exceptions); the rest is the pipeline's.
                var option = e.ParamName switch
                {
                    "options." + nameof(CompositeUncertaintyOptions.NoiseLevels) => levels.Name,
                    "options." + nameof(CompositeUncertaintyOptions.Alternatives) => alternatives.Name,
                    _ => pipeline.Name,
                };
                throw new CliException(CliException.Said(e), option, e);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Per ranked unit, in nominal rank order: the index and rank without noise, the mean and median rank, the
    /// 5–95 % interval (COINr's <c>get_sensitivity</c> summary: Nominal, Mean, Median, Q5, Q95).</summary>
    internal static ResultTable Uncertainty(ImmutableArray<CompositeUnitUncertainty> units, CompositeUncertaintyOptions options, string title, int decimals)
    {
        var levels = options.NoiseLevels.IsDefaultOrEmpty ? "2 up to one below the index" : string.Join(", ", options.NoiseLevels.Order().Select(l => l.ToString(CultureInfo.InvariantCulture)));
        return new ResultTable(
            "composite-uncertainty",
            FormattableString.Invariant($"{title}: rank intervals over {options.Runs} runs (seed {options.Seed})"),
            ["nominal_rank", "uCode", "unit", "index", "mean_rank", "median_rank", "rank_5", "rank_95"],
            units.Select(u => new object?[]
            {
                u.NominalRank, u.UnitCode, u.UnitName, Math.Round((decimal)u.NominalValue, decimals, MidpointRounding.AwayFromZero), Math.Round((decimal)u.MeanRank, 2) + 0.00m, u.MedianRank, u.Low, u.High,
            }),
            [
                FormattableString.Invariant($"Each run multiplies every weight of levels {levels} by 1 + {options.WeightNoise:0.###} × u, u uniform in [−1, 1) (COINr's get_noisy_weights), ") +
                (options.Alternatives.IsDefaultOrEmpty ? string.Empty : FormattableString.Invariant($"draws the pipeline or one of {options.Alternatives.Length} alternatives, ")) +
                "re-aggregates the normalised data and re-ranks (ties share the lowest rank); rank_5 and rank_95 bound the middle 90 % of the runs.",
            ]);
    }

    private static CompositePipeline Read(FileInfo file)
    {
        try
        {
            return CompositePipeline.Parse(File.ReadAllText(file.FullName));
        }
        catch (DiagnosticException e)
        {
            // Named by the file, so that each problem reads pipeline.json:line:column: $.steps[0]...; the headline only, as
            // the exception's message lists the problems that follow it again.
            throw new CliException(CliException.Headline(e), file.Name, e, e.Diagnostics);
        }
    }

    private static void Check(bool condition, string option, string message)
    {
        if (!condition)
        {
            throw new CliException(message, option);
        }
    }

    /// <summary>One row per unit, ranked ones first: uCode, the index, the rank, then the other aggregates from the highest
    /// level down (COINr's <c>get_results</c> layout); units not ranked last, with the reason in the notes. Panel data
    /// has a first column Time and the periods in order, each ranked on its own (as each coin of a COINr purse).</summary>
    internal static ResultTable Table(CompositeResult result, string title, int decimals)
    {
        var model = result.Model;
        var panel = !result.Periods.IsEmpty;
        // An aggregate is one level above its children, and an indicator is level 1 (the model checks both).
        int Level(string code) => model.Children.TryGetValue(code, out var children) ? 1 + Level(children[0]) : 1;
        var aggregates = model.Aggregates.OrderByDescending(Level).Where(a => a != result.IndexCode && result.Scores.HasColumn(a)).ToArray();
        var rows = new List<object?[]>();
        foreach (var (time, part) in panel ? result.Periods.Select(p => ((int?)p, result.ForPeriod(p))) : [(null, result)])
        {
            decimal? Score(string unit, string column) =>
                part.Scores.UnitCodes.Contains(unit) && part.Scores[unit, column] is { } v ? Math.Round((decimal)v, decimals, MidpointRounding.AwayFromZero) : null;
            object?[] Row(string unit, int? rank) =>
                [.. panel ? [time] : Array.Empty<object?>(), unit, Score(unit, result.IndexCode), rank, .. aggregates.Select(a => (object?)Score(unit, a))];
            rows.AddRange(part.Ranking.Select(entry => Row(entry.UnitCode, entry.Rank)));
            rows.AddRange(part.Unranked.Select(unit => Row(unit.Unit.Code, null)));
        }
        var ranked = panel
            ? FormattableString.Invariant($"{result.Ranking.Length} of {result.Ranking.Length + result.Unranked.Length} rows (a unit at a period) ranked by {result.IndexCode} within each period")
            : $"{result.Ranking.Length} of {model.Raw.UnitCodes.Length} units ranked by {result.IndexCode}";
        var notes = new List<string>
        {
            ranked + $" (highest first, ties share the lowest rank, exact values); steps: {string.Join("; ", result.DataSets.Skip(1).Select(d => d.Name))}.",
        };
        notes.AddRange(result.Unranked.Select(u => "Not ranked: " + u.Unit + ": " + u.Reason));
        return new ResultTable("composite", title, [.. panel ? ["Time"] : Array.Empty<string>(), "uCode", result.IndexCode, "Rank", .. aggregates], rows, notes);
    }

    private static FileInfo Existing(FileInfo file, string option) =>
        InputFile.RequireFile(file, option, "file not found: " + file.FullName);

    /// <summary>Reads the model: two CSV files, or a workbook's iData and iMeta sheets (COINr's names; --sheet names the
    /// data's sheet).</summary>
    private static CompositeModel Model(CommandContext context, FileInfo dataFile, FileInfo? metaOption, string metaName)
    {
        bool workbook;
        using (var stream = Input.InputFile.Open(dataFile))
        {
            workbook = Input.InputFile.IsWorkbook(dataFile, stream);
        }
        if (workbook)
        {
            if (metaOption is not null && Path.GetFullPath(metaOption.FullName) != Path.GetFullPath(dataFile.FullName))
            {
                throw new CliException("with the unit data in a workbook, the metadata is its sheet " + ParIndex.Excel.CompositeXlsx.MetaSheet + ": leave --meta out", metaName);
            }
            return ParIndex.Excel.CompositeXlsx.Read(dataFile.FullName, context.Sheet ?? ParIndex.Excel.CompositeXlsx.DataSheet, ParIndex.Excel.CompositeXlsx.MetaSheet);
        }
        var metaFile = Existing(metaOption ?? throw new CliException("give the indicator metadata (CSV), or the unit data as a workbook with an iMeta sheet", metaName), metaName);
        // As every CSV the tool reads: the separator detected or --separator, decimal commas in a ';' file, --encoding.
        using var dataStream = InputFile.Open(dataFile);
        using var metaStream = InputFile.Open(metaFile);
        return ParIndex.Csv.CompositeTablesCsv.Read(dataStream, metaStream, context.Csv, dataFile.Name, metaFile.Name);
    }
}
