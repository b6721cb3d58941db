using ParIndex.Cli.Input;
using ParIndex.Csv;
using ParIndex.Surveys;
using ParIndex.Utility;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex sipas</c>: survey answers (CSV) streamed into satisfaction indices per province and nationally,
/// each with its confidence interval and sample size, ranked; bad rows reported with their lines.</summary>
internal static class SipasCommand
{
    public static Command Create()
    {
        var answers = new Option<FileInfo?>("--answers") { Description = "Survey answers, one respondent a row: CSV or an Excel workbook (year,province[,district,commune,group,weight],<question codes>) or JSON ([{\"year\", \"province\", \"weight\", \"answers\": [5, 4, 9]}])." };
        var instrument = new Option<string?>("--instrument") { Description = "The survey instrument's id (e.g. SIPAS-2640-2017); by default the one in force in --year." };
        var year = Options.Year("The survey year: picks the instrument and is checked against every row.");
        var weighted = new Option<bool>("--weighted") { Description = "Weight answers by the rows' sampling weights (default: unweighted)." };
        var satisfied = new Option<string?>("--satisfied") { Description = "The answer codes that count as satisfied, e.g. 4,5 (default) or 5." };
        var minimum = new Option<int?>("--min-answers") { Description = "Flag figures resting on fewer valid answers than this (default 30)." };
        var keepBadRows = new Option<bool>("--count-invalid") { Description = "Keep rows with answers out of scale, counting those answers as invalid (default: reject the row)." };
        var replicates = new Option<int?>("--replicates") { Description = "Bootstrap replicates for combined figures (default 200; 0 for none)." };
        var questions = new Option<bool>("--questions") { Description = "Also list every question's share nationally (pooled respondents) with its Wilson interval." };
        var command = new Command("sipas", "SIPAS from raw answers: satisfaction per province and nationally with confidence intervals, ranked.\n" +
            "Example:\n  parindex sipas --answers samples/data/sipas-answers-2019.csv --year 2019 --min-answers 20")
        {
            answers, instrument, year, weighted, satisfied, minimum, keepBadRows, replicates, questions,
        };
        CommandContext.Bind(command, context =>
        {
            var file = context.Required(answers, "give the survey answers file");
            InputFile.RequireFile(file, file.ToString());
            var surveyYear = context.CheckedYear(year);
            var chosen = Instrument(context.Parse.GetValue(instrument), surveyYear);
            var options = SurveyOptions(context.Parse.GetValue(weighted), context.Parse.GetValue(keepBadRows), context.Parse.GetValue(satisfied),
                (context.Parse.GetValue(minimum), context.Typed(minimum)), (context.Parse.GetValue(replicates), context.Typed(replicates)));
            var tally = new SurveyTally(chosen, options);
            try
            {
                Read(context, file, tally, new SurveyCsvOptions { Year = surveyYear, Csv = context.Csv });
            }
            catch (DiagnosticException e)
            {
                throw new CliException("the answers cannot be read", file.ToString(), e, e.Diagnostics);
            }
            var result = tally.ToResult();
            foreach (var problem in result.Problems)
            {
                context.Warn(Cli.Describe(problem, file.Name));
            }
            if (result.RowsUsed == 0)
            {
                throw new CliException("no row could be used; see the problems above", file.ToString());
            }
            context.Write(Tables(result, context.Parse.GetValue(questions)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static SurveyInstrument Instrument(string? id, int? year)
    {
        if (id is not null)
        {
            return SurveyInstrument.All.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase))
                ?? throw new CliException($"no instrument {CellText.Quote(id)}; instruments: {string.Join(", ", SurveyInstrument.All.Select(i => i.Id))}", "--instrument");
        }
        return year is { } y
            ? SurveyInstrument.ForYear(y) is { Questions.Length: > 0 } found ? found : throw new CliException(FormattableString.Invariant($"no instrument with questions is in force in {y}; give --instrument"), "--year")
            : throw new CliException("give --instrument or --year", "--instrument");
    }

    // The counts come with their text as typed, so that a refusal quotes "-0001" as written.
    private static SipasOptions SurveyOptions(bool weighted, bool keepBadRows, string? satisfied, (int? Value, string? Typed) minimum, (int? Value, string? Typed) replicates)
    {
        var defaults = SipasOptions.Default;
        var codes = satisfied?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : throw new CliException($"{CellText.Quote(c)} is not an answer code", "--satisfied"))
            .ToArray();
        try
        {
            return new SipasOptions
            {
                Weighting = weighted ? SurveyWeighting.SamplingWeights : SurveyWeighting.Unweighted,
                BadRows = keepBadRows ? BadRowPolicy.CountAsInvalid : BadRowPolicy.Reject,
                SatisfiedCodes = codes is null ? defaults.SatisfiedCodes : [.. codes],
                MinimumAnswers = minimum.Value ?? defaults.MinimumAnswers,
                BootstrapReplicates = replicates.Value ?? defaults.BootstrapReplicates,
            };
        }
        catch (ArgumentException e)
        {
            // A code outside the valid ones, a negative count: named by the option typed, in the library's words without
            // the .NET parameter and "Actual value" lines.
            var option = e.ParamName switch
            {
                nameof(SipasOptions.BootstrapReplicates) => "--replicates",
                nameof(SipasOptions.MinimumAnswers) => "--min-answers",
                nameof(SipasOptions.SatisfiedCodes) => "--satisfied",
                _ => "options",
            };
            var given = e.ParamName switch
            {
                nameof(SipasOptions.BootstrapReplicates) => replicates.Typed,
                nameof(SipasOptions.MinimumAnswers) => minimum.Typed,
                _ => satisfied,
            };
            throw new CliException($"{CellText.Quote(given ?? string.Empty)}: {CliException.Said(e)}", option, e);
        }
    }

    /// <summary>Streams the file (CSV, JSON or an Excel workbook, each by extension or content) into the tally; on a terminal, a progress bar on stderr
    /// follows the bytes read.</summary>
    private static void Read(CommandContext context, FileInfo file, SurveyTally tally, SurveyCsvOptions options)
    {
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Action read = Input.InputFile.IsJson(file, stream) ? () => tally.ReadJsonAsync(stream).GetAwaiter().GetResult()
            : Input.InputFile.IsWorkbook(file, stream) ? () => ParIndex.Excel.SurveyXlsx.ReadInto(stream, tally, context.Sheet, options.Year, options.Provinces, file.Name)
            : () => SurveyCsv.ReadInto(stream, tally, options);
        if (file.Length <= (1 << 20))
        {
            read(); // a small file is read before a bar could say anything
            return;
        }
        TerminalProgress.Run(context.Error, "Reading " + file.Name, file.Length, () => stream.Position, read);
    }

    /// <summary>How each interval was made, as the "interval" column says it.</summary>
    private static string? MethodName(IntervalMethod method) => method switch
    {
        IntervalMethod.Bootstrap => "bootstrap",
        IntervalMethod.Wilson => "wilson",
        IntervalMethod.WilsonAtBoundary => "wilson at 0/100%",
        IntervalMethod.NotEstimable => "none: replicates equal",
        _ => null,
    };

    private static ResultTable[] Tables(SipasResult result, bool questions)
    {
        var ranking = result.Rank(SipasMeasure.Overall);
        int? RankOf(SatisfactionProfile profile) => profile.Province is { } province ? ranking.Find(province.Code)?.Rank : null;
        var weighted = result.Options.IsWeighted;
        object?[] Figure(SurveyFigure? figure, string missing = "no valid answers")
        {
            object?[] cells = figure is null
                ? [null, null, null, null, null, missing]
                : [Figures.Index(figure.Value), Figures.Index(figure.Lower), Figures.Index(figure.Upper), MethodName(figure.Method), (int)Math.Min(figure.Answers, int.MaxValue), figure.IsBelowMinimum ? "few answers" : null];
            // Weighted, a Wilson interval rests on fewer effective answers than are counted: both are shown.
            return weighted ? [.. cells[..5], figure?.EffectiveAnswers is { } effective ? Math.Round((decimal)effective, 1) : null, cells[5]] : cells;
        }
        var provinces = result.Provinces
            .OrderBy(p => RankOf(p) ?? int.MaxValue)
            .Select(p => new object?[] { RankOf(p), p.Province?.Name ?? p.Scope, (int)p.Respondents }
                .Concat(Figure(p.Overall, "not ranked: no valid answers")).ToArray());
        var national = new[] { ("pooled respondents", result.NationalPooled), ("mean of provinces", result.NationalMeanOfProvinces) }
            .Select(n => new object?[] { n.Item1, (int)n.Item2.Respondents }.Concat(Figure(n.Item2.Overall)).ToArray());
        var elements = result.Instrument.Elements
            .Select(e => new object?[] { e.Code, e.Name }.Concat(Figure(result.NationalPooled.Find(SipasMeasure.Element(e.Code)))).ToArray());
        var input = result;
        var notes = new List<string>
        {
            FormattableString.Invariant($"{result.Instrument}; {input.RowsRead} rows read, {input.RowsUsed} used, {input.RowsRejected} rejected, {input.RowsWithInvalidAnswers} with invalid answers."),
            FormattableString.Invariant($"Satisfied = answers {string.Join(",", result.Options.SatisfiedCodes)} over valid answers {string.Join(",", result.Options.ValidCodes)}; {result.Options.Weighting}; {result.Options.ConfidenceLevel * 100:0}% intervals (Wilson for a question, bootstrap over respondent groups for combined figures, seed {result.Options.Seed}); flagged below {result.Options.MinimumAnswers} answers."),
            "'interval' says where each interval comes from. At 0% or 100% every bootstrap replicate is equal: such a figure gets the Wilson interval on the fewest (effective) answers of its questions ('wilson at 0/100%'), or none when it is not a share of respondents ('none: replicates equal').",
            "The official aggregation is not confirmed (see the README's SIPAS section): every step is an option of the library.",
            "'overall' combines the service domain index (the five service elements) and, from 2022, the policy domain index by their mean, an unconfirmed combination; the service elements alone measure the service part only.",
            FormattableString.Invariant($"{ranking.Entries.Length} of the {result.Provinces.Length} provinces with responses are ranked; ranks are among those {ranking.Entries.Length}."),
        };
        if (weighted)
        {
            notes.Add("'answers' counts the valid answers; a Wilson interval of weighted answers rests on Kish's effective number of them, (Σw)² ÷ Σw², in 'effective_answers' (at 0/100%, its questions' fewest).");
        }
        notes.AddRange(ranking.Unranked.Select(u => $"Not ranked: {u.Unit.Name}, {u.Reason}."));
        string[] figureColumns = weighted
            ? ["percent", "lower", "upper", "interval", "answers", "effective_answers", "flag"]
            : ["percent", "lower", "upper", "interval", "answers", "flag"];
        var tables = new List<ResultTable>
        {
            new("provinces", "SIPAS per province (overall)", ["rank", "province", "respondents", .. figureColumns], provinces, notes),
            new("national", "SIPAS nationally (overall)", ["scope", "respondents", .. figureColumns], national),
            new("elements", "National elements (pooled respondents)", ["code", "element", .. figureColumns], elements),
        };
        if (questions)
        {
            tables.Add(new("questions", "National questions (pooled respondents)", ["code", "question", .. figureColumns],
                result.Instrument.Questions.Select(q => (Question: q, Figure: result.NationalPooled.Find(SipasMeasure.Question(q.Code)))).Where(q => q.Figure is not null)
                    .Select(q => new object?[] { q.Question.Code, q.Question.Name }.Concat(Figure(q.Figure)).ToArray())));
        }
        return [.. tables];
    }
}
