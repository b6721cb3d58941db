using System.Text;
using ParIndex.Utility;

namespace ParIndex.Cli;

/// <summary>The options every command shares, and where its output goes.</summary>
internal sealed class CommandContext
{
    public static readonly Option<OutputFormat> FormatOption = Commands.Options.Words(new Option<OutputFormat>("--format", "-f")
    {
        Description = "Output format: table (for people), csv or json (invariant numbers), or xlsx (an Excel workbook, with --output).",
        DefaultValueFactory = _ => OutputFormat.Table,
        Recursive = true,
    });

    public static readonly Option<FileInfo?> OutputOption = new("--output", "-o")
    {
        Description = "Write the result to this file (UTF-8) instead of the console.",
        Recursive = true,
    };

    public static readonly Option<string?> CultureOption = new("--culture")
    {
        Description = "Culture for numbers in tables, e.g. vi-VN (CSV and JSON are always invariant).",
        Recursive = true,
    };

    public static readonly Option<bool> VerboseOption = new("--verbose")
    {
        Description = "Show stack traces and extra detail on errors.",
        Recursive = true,
    };

    public static readonly Option<string?> SeparatorOption = new("--separator")
    {
        Description = "The field separator of CSV input: ',', ';' or tab (\\t); by default detected from the file. ';' and tab files have decimal commas (86,19).",
        Recursive = true,
    };

    public static readonly Option<string?> EncodingOption = new("--encoding")
    {
        Description = "The encoding of CSV input without a byte order mark, e.g. windows-1258 (Excel's CSV on Vietnamese Windows); by default UTF-8, checked.",
        Recursive = true,
    };

    public static readonly Option<string?> SheetOption = new("--sheet")
    {
        Description = "The sheet of Excel workbook input (.xlsx, or a workbook by its content) to read; by default the first.",
        Recursive = true,
    };

    /// <summary>Sets a command's action: the body gets the context and returns the exit code.</summary>
    public static void Bind(Command command, System.Func<CommandContext, int> body) =>
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var terminal = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
            return body(new CommandContext(parse, output, parse.InvocationConfiguration.Error, terminal));
        });

    public CommandContext(ParseResult parse, TextWriter output, TextWriter error, bool consoleIsTerminal)
    {
        Parse = parse;
        Out = output;
        Error = error;
        Format = parse.GetValue(FormatOption);
        OutputFile = parse.GetValue(OutputOption);
        if (OutputFile is { } target && InputNamed(parse, target) is { } input)
        {
            throw new CliException($"{CellText.Quote(target.Name)} is one of this command's input files ({input}); the result would overwrite it, so choose another --output file", "--output");
        }
        Verbose = parse.GetValue(VerboseOption);
        Csv = CsvOptionsOf(parse.GetValue(SeparatorOption), parse.GetValue(EncodingOption));
        ConsoleIsTerminal = consoleIsTerminal;
        var culture = parse.GetValue(CultureOption);
        try
        {
            TableCulture = culture is null ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture, predefinedOnly: true);
        }
        catch (CultureNotFoundException e)
        {
            throw new CliException($"unknown culture {CellText.Quote(culture!)}", "--culture", e);
        }
    }

    public ParseResult Parse { get; }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public OutputFormat Format { get; }

    /// <summary>Refuses a --format that a command writing one kind of file (report's HTML page, template's workbook) would
    /// ignore, before any work; the place names the format typed ("--format csv").</summary>
    /// <param name="ignored">Whether the command would ignore the format.</param>
    /// <param name="message">What to say, from the format's name.</param>
    public void RefuseFormat(Func<OutputFormat, bool> ignored, Func<string, string> message)
    {
        if (ignored(Format))
        {
            var format = Format.ToString().ToLowerInvariant();
            throw new CliException(message(format), "--format " + format);
        }
    }

    public FileInfo? OutputFile { get; }

    public bool Verbose { get; }

    /// <summary>Gets how CSV input is read: --separator and --encoding, or found from each file.</summary>
    public ParIndex.Csv.CsvOptions Csv { get; }

    private static ParIndex.Csv.CsvOptions CsvOptionsOf(string? separator, string? encoding)
    {
        char? sep = separator switch
        {
            null => null,
            "\\t" or "tab" or "\t" => '\t',
            { Length: 1 } one when one[0] is ',' or ';' or '\t' or '|' => one[0],
            _ => throw new CliException($"{CellText.Quote(separator)} is not a separator; use ',', ';', '|' or \\t (tab)", "--separator"),
        };
        try
        {
            return new ParIndex.Csv.CsvOptions { Separator = sep, Encoding = encoding is null ? null : ParIndex.Csv.CsvOptions.GetEncoding(encoding) };
        }
        catch (ArgumentException e)
        {
            throw new CliException(CliException.Said(e), "--encoding", e);
        }
    }

    public bool ConsoleIsTerminal { get; }

    public CultureInfo TableCulture { get; }

    /// <summary>Writes the tables to the output file, or to the console.</summary>
    public void Write(IReadOnlyList<ResultTable> tables)
    {
        if (Format == OutputFormat.Xlsx)
        {
            AtomicFile.WriteBytes(XlsxTarget(), stream => Renderer.WriteXlsx(tables, stream));
            return;
        }
        if (OutputFile is { } file)
        {
            AtomicFile.Write(file, writer => Renderer.Write(tables, Format, writer, TableCulture, colours: false));
            return;
        }
        Renderer.Write(tables, Format, Out, TableCulture, colours: ConsoleIsTerminal && Format == OutputFormat.Table);
    }

    /// <summary>Gets the --output file a workbook goes to: a workbook is bytes, never written to the console.</summary>
    public FileInfo XlsxTarget() => OutputFile ?? throw new CliException("a workbook is a file, not text for the console: give --output FILE.xlsx", "--format xlsx");

    /// <summary>Gets the sheet of .xlsx input to read: --sheet, or the first.</summary>
    public string? Sheet => Parse.GetValue(SheetOption);

    /// <summary>Writes a whole document (an HTML report) to the output file, or to the console.</summary>
    public void WriteDocument(string text)
    {
        if (OutputFile is { } file)
        {
            AtomicFile.Write(file, writer => writer.Write(text));
            return;
        }
        Out.Write(text);
    }

    /// <summary>The option or argument of the command line that names <paramref name="target"/> as an existing file
    /// read by the command, or null.</summary>
    private static string? InputNamed(ParseResult parse, FileInfo target)
    {
        if (!target.Exists)
        {
            return null;
        }
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        // The output is written through a link to the file it names, so links are followed on both sides.
        var written = AtomicFile.FinalPath(target);
        foreach (var child in parse.CommandResult.Children)
        {
            var (name, tokens) = child switch
            {
                System.CommandLine.Parsing.OptionResult option when option.Option != OutputOption => (option.Option.Name, option.Tokens),
                System.CommandLine.Parsing.ArgumentResult argument => (argument.Argument.Name, argument.Tokens),
                _ => (null, null),
            };
            foreach (var token in tokens ?? [])
            {
                if (File.Exists(token.Value) && string.Equals(AtomicFile.FinalPath(new FileInfo(token.Value)), written, comparison))
                {
                    return name;
                }
            }
        }
        return null;
    }

    /// <summary>Writes a line of progress or a warning to stderr (never into the result).</summary>
    public void Warn(string message) => Error.WriteLine("warning: " + message);
}
