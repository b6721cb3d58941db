using NodaTime;
using NodaTime.Text;
using ParIndex.Cli.Input;
using ParIndex.Geography;
using ParIndex.Targets;
using ParIndex.Utility;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex targets</c>: a reform plan's targets (chỉ tiêu) evaluated against reported values and the
/// published record: met, missed, not yet due, no data; the gap, the value used and its source; the targets at risk.</summary>
internal static class TargetsCommand
{

    /// <summary>Creates the command.</summary>
    /// <param name="clock">The clock behind the default --as-of: its instant read as the calendar day in Việt Nam.</param>
    public static Command Create(IClock clock)
    {
        var plan = new Option<string?>("--plan") { Description = "A seed plan's id (e.g. khanh-hoa-2021) or a plans JSON file; without it, the seed plans are listed." };
        var values = new Option<FileInfo?>("--values") { Description = "Reported values, CSV or an Excel workbook: indicator,year,value,source[,reported_on]; value as 84.4%, 12, rank 3, group tốt, yes/no." };
        var asOf = new Option<string?>("--as-of") { Description = "Evaluate as of this date (yyyy-MM-dd); default today in Việt Nam (Asia/Ho_Chi_Minh, UTC+7), whatever the machine's time zone." };
        var noRecord = new Option<bool>("--no-record") { Description = "Do not consult the embedded published record (PAR Index, SIPAS)." };
        var command = new Command("targets", "Evaluate a provincial reform plan's targets: attainment, gaps, sources, targets at risk.\n" +
            "Examples:\n  parindex targets\n  parindex targets --plan khanh-hoa-2021 --as-of 2022-06-30\n  parindex targets --plan thua-thien-hue-2019 --values reported.csv")
        {
            plan, values, asOf, noRecord,
        };
        CommandContext.Bind(command, context =>
        {
            if (context.Parse.GetValue(plan) is not { } reference)
            {
                context.Write([Seeds()]);
                return ExitCodes.Ok;
            }
            var chosen = Load(reference);
            var given = context.Parse.GetValue(asOf);
            var date = given is { } text
                ? LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : throw new CliException(DateText.NotADate(text, "2022-06-30"), "--as-of")
                : VietnamTime.Today(clock);
            var reported = context.Parse.GetValue(values) is { } file ? ReadValues(file, chosen, context.Csv, context.Sheet) : [];
            var dayUsed = given is null ? "today in Việt Nam, " + VietnamTime.Zone.Id : "--as-of";
            context.Write([Attainment(chosen, date, chosen.Evaluate(reported, date, consultPublishedRecord: !context.Parse.GetValue(noRecord)), dayUsed)]);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ResultTable Seeds() => new(
        "plans",
        "Seed plans (embedded, each citing its article)",
        ["id", "province", "document", "issued", "period", "targets", "source"],
        ReformPlan.Seeds.Select(p => new object?[]
        {
            p.Id, p.Province.Name, p.DocumentNumber, p.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            p.FirstYear == p.LastYear ? p.FirstYear.ToString(CultureInfo.InvariantCulture) : FormattableString.Invariant($"{p.FirstYear}–{p.LastYear}"),
            p.Targets.Length, p.Source,
        }),
        ["Evaluate one with: parindex targets --plan <id> [--values reported.csv] [--as-of yyyy-MM-dd]"]);

    internal static ReformPlan Load(string reference)
    {
        if (ReformPlan.Seeds.FirstOrDefault(p => string.Equals(p.Id, reference, StringComparison.OrdinalIgnoreCase)) is { } seed)
        {
            return seed;
        }
        if (!File.Exists(reference))
        {
            throw new CliException($"no seed plan or file {CellText.Quote(reference)}; seed plans: {string.Join(", ", ReformPlan.Seeds.Select(p => p.Id))}", "--plan");
        }
        try
        {
            var plans = ReformPlan.ReadJson(File.ReadAllBytes(reference));
            return plans.Length == 1 ? plans[0] : throw new CliException($"the file holds {plans.Length} plans; give a file with one plan", reference);
        }
        catch (DiagnosticException e)
        {
            throw new CliException($"not a valid plans file ({CliException.Problems(e.Diagnostics.Length)})", reference, e, e.Diagnostics);
        }
    }

    private static List<ReportedValue> ReadValues(FileInfo file, ReformPlan plan, ParIndex.Csv.CsvOptions csv, string? sheet)
    {
        using var stream = InputFile.Open(file);
        return [.. InputFile.ValueOrThrow(
            InputFile.IsWorkbook(file, stream) ? ParIndex.Excel.ReportedValuesXlsx.Read(stream, plan, sheet, file.ToString()) : ParIndex.Csv.ReportedValuesCsv.Read(stream, plan, csv, file.ToString()),
            file, "values")];
    }

    /// <summary>The evaluation, every row carrying the day it was made on (as_of, in CSV and JSON; a line under the
    /// table), since a target's status depends on it.</summary>
    private static ResultTable Attainment(ReformPlan plan, LocalDate day, ImmutableArray<TargetEvaluation> evaluations, string dayUsed)
    {
        var asOf = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        int Count(TargetStatus status) => evaluations.Count(e => e.Status == status);
        var notes = new List<string>
        {
            FormattableString.Invariant($"As of {asOf} ({dayUsed}): {Count(TargetStatus.Met)} met, {Count(TargetStatus.NotMet)} missed, {Count(TargetStatus.NotYetDue)} not yet due, {Count(TargetStatus.NoData)} without data; {evaluations.Count(e => e.IsAtRisk)} at risk."),
            "gap is in the goal's unit: value − threshold for ≥, > and =; threshold − value for ≤ and <; N − rank for top N; negative when short.",
        };
        if (plan.Source is { } source)
        {
            notes.Add("Plan: " + source);
        }
        return new ResultTable(
            "targets",
            $"{plan.Province.Name}: {plan.Title}{(plan.DocumentNumber is { } number ? " (" + number + ")" : string.Empty)}",
            ["target", "indicator", "goal", "deadline", "status", "at_risk", "value", "gap", "explanation", "as_of"],
            evaluations.Select(e => new object?[]
            {
                e.Target.Id, e.Target.Indicator.Wording, e.Goal.ToString(), e.Target.Deadline.ToString(), Status(e.Status), e.IsAtRisk ? "yes" : null,
                e.Value?.ToString(), Figures.Plain(e.Gap), e.Explanation, asOf,
            }),
            notes)
        {
            NotInTables = ["as_of"], // the line under the table says it once
        };
    }

    private static string Status(TargetStatus status) => status switch
    {
        TargetStatus.Met => "met",
        TargetStatus.NotMet => "not met",
        TargetStatus.NotYetDue => "not yet due",
        _ => "no data",
    };
}
