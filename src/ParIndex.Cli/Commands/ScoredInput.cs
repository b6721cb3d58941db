using ParIndex.Cli.Input;
using ParIndex.Methodologies;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary>The methodology and the indicator files scored under it (<c>--methodology</c>, <c>--indicators</c>): the pair
/// every command that scores units takes, read one way.</summary>
internal sealed class ScoredInput
{
    public Option<string?> Methodology { get; } = Options.Methodology();

    public Option<FileInfo[]> Indicators { get; } = new("--indicators", "-i")
    {
        Description = "Reported indicators, CSV (unit,name,year,code,value), an Excel workbook (.xlsx: the same columns, or a filled-in `parindex template` form) or JSON; one file or many, one unit or many.",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Whether indicator files were given (without them, some commands read a published year instead).</summary>
    public bool Given(CommandContext context) => context.Parse.GetValue(Indicators) is { Length: > 0 };

    /// <summary>The methodology, loaded; refused when not given.</summary>
    public Methodology Load(CommandContext context, string missing = "give the methodology to score with") =>
        MethodologySource.Load(context.Required(Methodology, missing));

    /// <summary>The indicator files; refused when none is given.</summary>
    public FileInfo[] Files(CommandContext context) =>
        context.Parse.GetValue(Indicators) is { Length: > 0 } given ? given : throw new CliException("give at least one indicator file", Indicators.Name);

    /// <summary>Loads the methodology and scores every unit of the indicator files.</summary>
    public (Methodology Methodology, ImmutableArray<Scorecard> Scorecards) Score(CommandContext context)
    {
        var loaded = Load(context);
        var files = Files(context);
        var units = IndicatorFiles.Read(files, loaded, context.Csv, context.Sheet);
        try
        {
            return (loaded, new Scorer(loaded).ScoreAll(units));
        }
        catch (DiagnosticException e)
        {
            throw new CliException($"the indicators cannot be scored under {loaded.Id}", string.Join(", ", files.Select(f => f.ToString())), e, e.Diagnostics);
        }
    }
}
