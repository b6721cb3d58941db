using System.CommandLine.Help;
using System.Text;
using NodaTime;
using ParIndex.Cli.Commands;
using ParIndex.Utility;

namespace ParIndex.Cli;

/// <summary>The <c>parindex</c> command line: builds the commands and runs one, turning every user error into a
/// message on stderr and an exit code (see <see cref="ExitCodes"/>).</summary>
internal static class Cli
{
    /// <summary>The command users type, as installed (<c>ToolCommandName</c>): the usage lines say it whatever the
    /// entry assembly is called.</summary>
    public const string CommandName = "parindex";

    /// <summary>Builds the command tree.</summary>
    /// <param name="clock">Where "today" comes from (the calendar day in Việt Nam is taken from it).</param>
    public static Command CreateRoot(IClock clock)
    {
        // Not a RootCommand: that one takes its name from the entry assembly (ParIndex.Cli), a command nobody can type.
        var root = new Command(
            CommandName,
            "parindex: Vietnam's PAR Index (Chỉ số cải cách hành chính) and SIPAS from the command line.\n" +
            "Exit codes: 0 ok, 1 problems found (validate), 2 bad usage or input, 3 internal error.\n" +
            "Example: parindex rank --year 2023")
        {
            RankCommand.Create(),
            HistoryCommand.Create(),
            ScoreCommand.Create(),
            ExplainCommand.Create(),
            ValidateCommand.Create(),
            TargetsCommand.Create(clock),
            SipasCommand.Create(),
            ReportCommand.Create(),
            CompositeCommand.Create(),
            GapCommand.Create(),
            WhatIfCommand.Create(),
            UncertaintyCommand.Create(),
            TemplateCommand.Create(),
        };
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(CommandContext.FormatOption);
        root.Options.Add(CommandContext.OutputOption);
        root.Options.Add(CommandContext.CultureOption);
        root.Options.Add(CommandContext.VerboseOption);
        root.Options.Add(CommandContext.SeparatorOption);
        root.Options.Add(CommandContext.EncodingOption);
        root.Options.Add(CommandContext.SheetOption);
        NumberOptions.Apply(root);
        return root;
    }

    /// <summary>Help with the default of each word option (--format, --index, --ties) as it is typed, "[default: table]"
    /// beside the lower-case choices, not as the .NET name "Table". System.CommandLine 2.0 writes a default with
    /// ToString and keeps its help builder internal, so the words are put right in the text it wrote.</summary>
    private static string DefaultsAsTyped(string help, Command command)
    {
        foreach (var option in command.Options.Where(o => o.HasDefaultValue && o.ValueType.IsEnum))
        {
            var name = option.GetDefaultValue()?.ToString();
            help = help.Replace("[default: " + name + "]", "[default: " + name?.ToLowerInvariant() + "]", StringComparison.Ordinal);
        }
        return command.Subcommands.Aggregate(help, (text, subcommand) => DefaultsAsTyped(text, subcommand));
    }

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go (stdout).</param>
    /// <param name="error">Where errors and warnings go (stderr).</param>
    /// <param name="clock">The clock for "today"; <see cref="SystemClock.Instance"/> when null (tests pass a fake one).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock? clock = null)
    {
        var root = CreateRoot(clock ?? SystemClock.Instance);
        var parse = root.Parse(args);
        if (!IsHelp(args) && HelpAsked(root, parse) is { } help)
        {
            return Run(help, output, error, clock);
        }
        // With help asked, System.CommandLine lists no errors; a word the command does not take is still refused
        // ("rank score --help", "help rank score"), in the words it uses without help.
        var extra = IsHelp(args) ? parse.UnmatchedTokens.Where(t => !IsHelpWord(t)).ToList() : [];
        if ((parse.Errors.Count > 0 && !IsHelp(args)) || extra.Count > 0)
        {
            if (UnknownCommand(root, parse) is { } unknown)
            {
                error.WriteLine("error: " + unknown);
                error.WriteLine("Run '" + CommandName + " --help' for usage.");
                return ExitCodes.BadInput;
            }
            foreach (var problem in extra.Count > 0 ? extra.Select(word => $"Unrecognized command or argument {CellText.Quote(word)}.") : parse.Errors.Select(e => e.Message))
            {
                error.WriteLine("error: " + problem);
            }
            var command = parse.CommandResult.Command;
            error.WriteLine("Run '" + CommandName + " " + (command == root ? string.Empty : command.Name + " ") + "--help' for usage.");
            return ExitCodes.BadInput;
        }

        var verbose = args.Contains("--verbose");
        using var helpText = parse.Action is HelpAction ? new StringWriter() : null;
        try
        {
            var code = parse.Invoke(new InvocationConfiguration { Output = helpText ?? output, Error = error, EnableDefaultExceptionHandler = false });
            output.Write(helpText is null ? string.Empty : DefaultsAsTyped(helpText.ToString(), root));
            return code;
        }
        catch (CliException e)
        {
            Report(error, e.Where, e.Message, e, verbose);
            foreach (var diagnostic in e.Diagnostics)
            {
                error.WriteLine("  " + Describe(diagnostic, e.Where));
            }
            return ExitCodes.BadInput;
        }
        catch (DiagnosticException e)
        {
            // The message lists the problems as well; they follow once, each with its place, so only its headline here.
            Report(error, null, CliException.Headline(e) + ":", e, verbose);
            foreach (var diagnostic in e.Diagnostics)
            {
                error.WriteLine("  " + Describe(diagnostic, null));
            }
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(error, null, e.Message, e, verbose);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (!verbose)
        {
            error.WriteLine("internal error: " + e.Message + " (run again with --verbose for details, and report it)");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>A diagnostic as one line: where (file:line:column, JSON path), unit, criterion, message.</summary>
    public static string Describe(Diagnostic diagnostic, string? file)
    {
        var where = new StringBuilder();
        file = diagnostic.File ?? file;
        if (file is not null)
        {
            where.Append(file);
            if (diagnostic.Line is { } line)
            {
                where.Append(':').Append(line);
                if (diagnostic.Column is { } column)
                {
                    where.Append(':').Append(column);
                }
            }
            where.Append(": ");
        }
        else if (diagnostic.Line is { } line)
        {
            where.Append("line ").Append(line).Append(": ");
        }
        if (diagnostic.JsonPath is { } path)
        {
            where.Append(path).Append(": ");
        }
        if (diagnostic.UnitCode is { } unit)
        {
            where.Append("unit ").Append(unit).Append(": ");
        }
        if (diagnostic.ItemCode is { } code)
        {
            where.Append(diagnostic.Item.ToString().ToLowerInvariant()).Append(' ').Append(code).Append(": ");
        }
        return where.Append(diagnostic.Message).Append(" (").Append(diagnostic.Kind).Append(')').ToString();
    }

    private static void Report(TextWriter error, string? where, string message, Exception e, bool verbose)
    {
        error.WriteLine("error: " + (where is null ? string.Empty : where + ": ") + message);
        if (verbose)
        {
            error.WriteLine(e.ToString());
        }
    }

    /// <summary>"'scroe' is not a parindex command; did you mean 'score'?" when the first word is no command (rather
    /// than System.CommandLine's "Required command was not provided" and a line per word after it); null otherwise.</summary>
    private static string? UnknownCommand(Command root, ParseResult parse)
    {
        if (parse.CommandResult.Command != root || parse.UnmatchedTokens is not [var typed, ..] || typed.StartsWith('-'))
        {
            return null;
        }
        var commands = root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        if (typed.Equals(HelpWord, StringComparison.OrdinalIgnoreCase) && parse.UnmatchedTokens is [_, var asked, ..])
        {
            if (asked.StartsWith('-'))
            {
                // "help -x": help is a word of the tool; what follows it is what it cannot take.
                return $"{CellText.Quote(HelpWord + " " + asked)}: help takes the name of a command, as in '{CommandName} help rank'; the commands are {string.Join(", ", commands)}.";
            }
            typed = asked; // "help nosuch": the word after help is what is not a command
        }
        // "help" is no typo of a command (it is 3 edits from "gap"): the list of commands answers it.
        var closest = typed.Equals(HelpWord, StringComparison.OrdinalIgnoreCase) ? [] : Closest(typed, commands);
        return $"{CellText.Quote(typed)} is not a {CommandName} command; " + (closest.Count > 0
            ? "did you mean " + string.Join(" or ", closest.Select(c => "'" + c + "'")) + "?"
            : "the commands are " + string.Join(", ", commands) + ".");
    }

    /// <summary>The names nearest to what was typed, as System.CommandLine's own typo suggestions choose them (it
    /// prints them to standard output only, with its help): at most 3 edits away, only the nearest, those sharing the
    /// longest start first.</summary>
    private static List<string> Closest(string typed, IEnumerable<string> names)
    {
        // The start of a command names it ("exp", "s"), and a capital is no edit ("RANK"): otherwise every short word
        // would be near "gap" alone, three edits from any word of up to three letters.
        var starting = names.Where(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (starting.Count > 0)
        {
            return starting;
        }
        typed = typed.ToLowerInvariant();
        var near = names.Select(n => (Name: n, Edits: Edits(typed, n))).Where(n => n.Edits <= 3).ToList();
        return near.Count == 0 ? [] :
            [.. near.Where(n => n.Edits == near.Min(m => m.Edits))
                .OrderByDescending(n => n.Name.Zip(typed).TakeWhile(p => p.First == p.Second).Count())
                .Select(n => n.Name)];
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int Edits(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>The command line of a command's help when the word <c>help</c> stands beside a command ("help rank",
    /// "rank help"): what its --help prints is what was meant. A positional argument that reads "help" asks for help
    /// too, unless a file or folder of that name exists (then it is the file; "./help" always is).</summary>
    private static string[]? HelpAsked(Command root, ParseResult parse)
    {
        var result = parse.CommandResult;
        if (result.Command == root)
        {
            // "help" alone (or "help help") asks for the tool's own help, as --help does.
            return parse.UnmatchedTokens is [_] or [_, _] && parse.UnmatchedTokens.All(IsHelpWord) ? ["--help"]
                : parse.UnmatchedTokens is [var help, var name, ..] && IsHelpWord(help) && root.Subcommands.Any(c => c.Name == name) ? [name, .. parse.UnmatchedTokens.Skip(2), "--help"]
                : null;
        }
        var asked = parse.UnmatchedTokens.Any(IsHelpWord) || result.Children.OfType<System.CommandLine.Parsing.ArgumentResult>()
            .SelectMany(a => a.Tokens).Any(t => IsHelpWord(t.Value) && !File.Exists(t.Value) && !Directory.Exists(t.Value));
        if (!asked)
        {
            return null;
        }
        // Any other word stays, to be refused as it is without help ("rank help score").
        var path = parse.UnmatchedTokens.Where(t => !IsHelpWord(t)).Append("--help").ToList();
        for (var command = result; command is not null && command.Command != root; command = command.Parent as System.CommandLine.Parsing.CommandResult)
        {
            path.Insert(0, command.Command.Name);
        }
        return [.. path];
    }

    private const string HelpWord = "help";

    private static bool IsHelpWord(string token) => token.Equals(HelpWord, StringComparison.OrdinalIgnoreCase);

    private static bool IsHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "-?");
}
