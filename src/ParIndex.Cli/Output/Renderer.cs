using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using Spectre.Console;

namespace ParIndex.Cli.Output;

/// <summary>Writes result tables as a console table, CSV or JSON.</summary>
internal static partial class Renderer
{
    /// <summary>The width given to output that is not a terminal (a file, a pipe): wide enough not to wrap names.</summary>
    public const int UnwrappedWidth = 200;

    /// <summary>Terminals narrower than this whose table would not fit get the narrow layout (see <see cref="Layout"/>).</summary>
    private const int NarrowBelow = 120;

    /// <summary>Writes the tables. A console table is laid out for <c>width</c> columns; when it is null, for the
    /// terminal's width (found by the console) or, not on a terminal, <see cref="UnwrappedWidth"/>.</summary>
    public static void Write(IReadOnlyList<ResultTable> tables, OutputFormat format, TextWriter writer, CultureInfo tableCulture, bool colours, int? width = null)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                WriteCsv(tables, writer);
                break;
            case OutputFormat.Json:
                WriteJson(tables, writer);
                break;
            default:
                WriteTables(tables, writer, tableCulture, colours, width);
                break;
        }
    }

    private static void WriteTables(IReadOnlyList<ResultTable> tables, TextWriter writer, CultureInfo culture, bool colours, int? width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colours ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (width is { } columns)
        {
            console.Profile.Width = columns;
        }
        else if (!colours)
        {
            console.Profile.Width = UnwrappedWidth; // a file or a pipe: do not wrap names at 80 columns
        }
        foreach (var result in tables)
        {
            var layout = Layout.Of(result, culture, console.Profile.Width);
            if (layout.Stacked)
            {
                WriteStacked(result.Title, layout, writer);
            }
            else
            {
                var table = new Table { Title = new TableTitle(Markup.Escape(result.Title)) };
                for (var c = 0; c < layout.Headers.Length; c++)
                {
                    var column = new TableColumn(new Text(layout.Headers[c]));
                    if (layout.Numeric[c])
                    {
                        column.RightAligned();
                        column.NoWrap = layout.Narrow; // a number is never cut in two
                    }
                    table.AddColumn(column);
                }
                foreach (var row in layout.Cells)
                {
                    table.AddRow([.. row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell))]);
                }
                console.Write(table);
            }
            foreach (var note in layout.Notes)
            {
                console.Write(new Text(note + Environment.NewLine, new Style(decoration: Decoration.Dim)));
            }
            if (layout.EmptyColumns.Count > 0)
            {
                writer.WriteLine("Empty in every row, left out at this width: " + string.Join(", ", layout.EmptyColumns));
            }
            for (var i = 0; i < layout.Links.Count; i++)
            {
                // Whole, on a line of their own: a terminal wraps them softly, so an address can still be copied.
                writer.WriteLine(FormattableString.Invariant($"[{i + 1}] {layout.Links[i]}"));
            }
        }
    }

    /// <summary>A table too wide for the terminal even in the narrow layout: one block of "column: value" lines a row.</summary>
    private static void WriteStacked(string title, Layout layout, TextWriter writer)
    {
        writer.WriteLine(title);
        var names = layout.Headers.Select(h => h.Replace('\n', '_')).ToArray();
        var pad = names.Max(n => n.Length);
        foreach (var row in layout.Cells)
        {
            writer.WriteLine(new string('─', Math.Min(pad + 2, 40)));
            for (var c = 0; c < names.Length; c++)
            {
                if (row[c].Length > 0)
                {
                    writer.WriteLine(names[c].PadRight(pad) + "  " + row[c]);
                }
            }
        }
    }

    /// <summary>How a table fits the terminal. Wide enough (or not a terminal): every column as it is. Narrower than
    /// the table: columns empty in every row are left out (and named below it), web addresses move below it as
    /// numbered notes ([1] …), in the notes below it too, and headers break at their underscores, so that a row takes a line or two; if even that cannot fit, each row becomes a block of "column: value" lines.</summary>
    private sealed partial class Layout
    {
        public required string[] Headers { get; init; }

        public required bool[] Numeric { get; init; }

        public required List<string[]> Cells { get; init; }

        public List<string> Links { get; } = [];

        public required IReadOnlyList<string> Notes { get; init; }

        public List<string> EmptyColumns { get; } = [];

        public bool Narrow { get; init; }

        public bool Stacked { get; init; }

        public static Layout Of(ResultTable table, CultureInfo culture, int width)
        {
            var shown = Enumerable.Range(0, table.Columns.Length).Where(c => !table.NotInTables.Contains(table.Columns[c])).ToArray();
            var headers = shown.Select(c => table.Columns[c]).ToArray();
            var numeric = shown.Select(c => table.Rows.Length > 0 && table.Rows.All(r => r[c] is null or int or decimal)).ToArray();
            var cells = table.Rows.Select(r => shown.Select(c => Format(r[c], culture)).ToArray()).ToList();
            if (width >= NarrowBelow || Width(headers, cells, c => c.Length) <= width)
            {
                return new Layout { Headers = headers, Numeric = numeric, Cells = cells, Notes = table.Notes };
            }
            // A column empty in every row (group, for a year whose thresholds have no source) only takes width here.
            var empty = Enumerable.Range(0, headers.Length).Where(c => cells.Count > 0 && cells.All(r => r[c].Length == 0)).ToHashSet();
            var kept = Enumerable.Range(0, headers.Length).Where(c => !empty.Contains(c)).ToArray();
            var left = empty.Order().Select(c => headers[c]).ToList();
            headers = [.. kept.Select(c => headers[c])];
            numeric = [.. kept.Select(c => numeric[c])];
            cells = [.. cells.Select(r => kept.Select(c => r[c]).ToArray())];
            // Each address once, numbered in order of appearance, shown with the longest citation that holds it.
            var links = new List<string>();
            var texts = new List<string>();
            string Reference(string link, string text)
            {
                var k = links.IndexOf(link);
                if (k < 0)
                {
                    links.Add(link);
                    texts.Add(text);
                    k = links.Count - 1;
                }
                else if (text.Length > texts[k].Length)
                {
                    texts[k] = text;
                }
                return FormattableString.Invariant($"[{k + 1}]");
            }
            foreach (var row in cells)
            {
                for (var c = 0; c < row.Length; c++)
                {
                    if (IsLink(row[c]))
                    {
                        row[c] = Reference(row[c], row[c]);
                    }
                }
            }
            // A citation inside a note (publisher, date, “title”, address: the sources of a national average) would be
            // cut across lines just the same: it moves below the table whole, as would a bare address.
            var notes = table.Notes
                .Select(n => CitationInText().Replace(n, m => Reference(LinkInText().Match(m.Value).Value, m.Value)))
                .Select(n => LinkInText().Replace(n, m => Reference(m.Value, m.Value)))
                .ToArray();
            var broken = headers.Select(h => h.Replace('_', '\n')).ToArray();
            var stacked = Width(broken, cells, c => c.Split(' ', '\n').Max(w => w.Length)) > width;
            var layout = new Layout { Headers = broken, Numeric = numeric, Cells = cells, Notes = notes, Narrow = true, Stacked = stacked };
            layout.Links.AddRange(texts);
            layout.EmptyColumns.AddRange(left);
            return layout;
        }

        // A table's width in columns with each cell as wide as measure says: contents, one space either side, borders.
        private static int Width(string[] headers, List<string[]> cells, Func<string, int> measure) =>
            Enumerable.Range(0, headers.Length).Sum(c => Math.Max(measure(headers[c]), cells.Count == 0 ? 0 : cells.Max(r => measure(r[c])))) + (3 * headers.Length) + 1;

        // An address ends before white space, a separator or a closing parenthesis, and not on a full stop.
        private const string Address = @"https?://[^\s;,)]*[^\s;,).]";

        [GeneratedRegex(Address, RegexOptions.CultureInvariant)]
        private static partial Regex LinkInText();

        // A citation starts after an opening parenthesis or a "; ", quotes its title and ends on its address.
        [GeneratedRegex(@"(?<=\(|; )[^;“]*“[^”]*”[^;“]*?" + Address, RegexOptions.CultureInvariant)]
        private static partial Regex CitationInText();

        private static bool IsLink(string text) =>
            (text.StartsWith("https://", StringComparison.Ordinal) || text.StartsWith("http://", StringComparison.Ordinal)) && !text.Contains(' ', StringComparison.Ordinal);
    }

    private static void WriteCsv(IReadOnlyList<ResultTable> tables, TextWriter writer)
    {
        // Each table is a CSV of its own (its own header and width); tables after the first start after an empty line.
        for (var t = 0; t < tables.Count; t++)
        {
            if (t > 0)
            {
                writer.Write('\n');
            }
            using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, true);
            csv.WriteRecord([.. tables[t].Columns]);
            foreach (var row in tables[t].Rows)
            {
                csv.WriteRecord([.. row.Select(cell => SpreadsheetSafe(cell, Format(cell, CultureInfo.InvariantCulture)))]);
            }
            csv.Flush();
        }
    }

    private static void WriteJson(IReadOnlyList<ResultTable> tables, TextWriter writer)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var table in tables)
            {
                json.WriteStartObject(table.Name);
                json.WriteString("title", table.Title);
                json.WriteStartArray("rows");
                foreach (var row in table.Rows)
                {
                    json.WriteStartObject();
                    for (var c = 0; c < row.Length; c++)
                    {
                        json.WritePropertyName(table.Columns[c]);
                        switch (row[c])
                        {
                            case null: json.WriteNullValue(); break;
                            case int whole: json.WriteNumberValue(whole); break;
                            case decimal number: json.WriteNumberValue(number); break;
                            case var other: json.WriteStringValue(Convert.ToString(other, CultureInfo.InvariantCulture)); break;
                        }
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("notes");
                foreach (var note in table.Notes)
                {
                    json.WriteStringValue(note);
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        writer.WriteLine();
    }

    /// <summary>A text cell as a spreadsheet may open it without running it: text that begins with <c>=</c>, <c>+</c>,
    /// <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe (OWASP, "CSV Injection",
    /// https://owasp.org/www-community/attacks/CSV_Injection). Numbers stay numbers: numeric cells, and text that is a
    /// plain number such as "-3" or "+1.5", are left as they are.</summary>
    internal static string SpreadsheetSafe(object? cell, string text) =>
        cell is string && ParIndex.Excel.TablesXlsx.IsFormulaLike(text) ? "'" + text : text;

    /// <summary>Writes the tables as a workbook, one sheet a table, its title first among the notes under it.</summary>
    public static void WriteXlsx(IReadOnlyList<ResultTable> tables, Stream output) =>
        ParIndex.Excel.TablesXlsx.Write(output, tables.Select(t => new ParIndex.Excel.SpreadsheetTable(
            t.Name,
            t.Columns,
            t.Rows.Select(r => (IReadOnlyList<object?>)[.. r.Select(c => c is null or string or int or decimal ? c : Format(c, CultureInfo.InvariantCulture))]),
            [t.Title, .. t.Notes],
            t.Columns.Where(IsPercent))));

    /// <summary>Says whether a column holds percentages on the 0–100 scale: by the tables' naming, "percent" or
    /// "…_percent" (explain's areas, rank by area, sipas). An index ("index", 85.71 of 100) is points, not a percentage.</summary>
    private static bool IsPercent(string column) => column == "percent" || column.EndsWith("_percent", StringComparison.Ordinal);

    internal static string Format(object? cell, CultureInfo culture) => cell switch
    {
        null => string.Empty,
        decimal number => number.ToString(culture),
        int whole => whole.ToString(culture),
        _ => Convert.ToString(cell, culture) ?? string.Empty,
    };
}
