using ParIndex.Cli.Input;
using ParIndex.Cli.Output;
using ParIndex.Excel;
using ParIndex.Scoring;
using ParIndex.Utility;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex template</c>: the self-assessment form of a methodology as an Excel workbook, which
/// <c>score --indicators</c> reads back once filled in.</summary>
internal static class TemplateCommand
{
    public static Command Create()
    {
        var methodology = Options.Methodology();
        var unit = new Option<string?>("--unit", "-u") { Description = "The code of the unit the form is for, written on every row; left for the unit to fill in when omitted." };
        var name = new Option<string?>("--name") { Description = "The unit's name (with --unit); the code when omitted." };
        var year = Options.Year("The assessment year, written on every row; left to fill in when omitted.");
        var command = new Command("template", "Write the self-assessment form of a methodology as an Excel workbook (needs --output): one row per criterion with its\n" +
            "maximum, rule and an input cell (a drop-down for yes/no); score it once filled in with score --indicators FORM.xlsx.\n" +
            "Example:\n  parindex template --methodology CA-MAU-1880-2013-FRAGMENT --unit A --name \"Sở A\" --year 2023 --output form.xlsx")
        {
            methodology, unit, name, year,
        };
        CommandContext.Bind(command, context =>
        {
            var loaded = MethodologySource.Load(context.Required(methodology, "give the methodology whose form to write"));
            var code = context.Parse.GetValue(unit);
            var given = context.Parse.GetValue(name);
            if (code is null && given is not null)
            {
                throw new CliException("--name names the unit of --unit: give --unit too", "--name");
            }
            foreach (var (text, option) in new[] { (code, "--unit"), (given, "--name") })
            {
                // The form's own rule, checked here too so that the refusal names the option the text came from.
                if (text is not null && CellText.NotForWorkbook(text, "the text") is { } bad)
                {
                    throw new CliException(bad, option);
                }
            }
            // A blank code or name given is refused: main wrote a form with no unit for --unit ' ' and dropped --name
            // without a word; leaving the option out is how a form is left for the unit to fill in.
            if (code is not null && string.IsNullOrWhiteSpace(code))
            {
                throw new CliException($"{CellText.Quote(code)} is blank: give the unit's code, or leave --unit out for a form the unit fills in", "--unit");
            }
            if (given is not null && string.IsNullOrWhiteSpace(given))
            {
                throw new CliException($"{CellText.Quote(given)} is blank: give the unit's name, or leave --name out to use the code", "--name");
            }
            var assessed = code is null ? null : new AssessedUnit(code, given ?? code);
            context.CheckedYear(year);
            // The form is a workbook whatever --format says: csv or json would be ignored, so they are refused, and the
            // missing file is named as what it is, --output (not "--format xlsx", which was not typed).
            context.RefuseFormat(f => f is OutputFormat.Csv or OutputFormat.Json, _ => "the self-assessment form is an Excel workbook only; give --output FILE.xlsx (and no --format)");
            var target = context.OutputFile ?? throw new CliException("the self-assessment form is a workbook, a file, not text for the console: give --output FILE.xlsx", "--output");
            AtomicFile.WriteBytes(target, stream => SelfAssessmentForm.Write(stream, loaded, assessed, context.Parse.GetValue(year)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
