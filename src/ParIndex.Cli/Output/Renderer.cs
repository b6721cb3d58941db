using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Spectre.Console;

namespace ParIndex.Cli.Output;

/// <summary>Writes result tables as a console table, CSV or JSON.</summary>
internal static class Renderer
{
    public static void Write(IReadOnlyList<ResultTable> tables, OutputFormat format, TextWriter writer, CultureInfo tableCulture, bool colours)
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
                WriteTables(tables, writer, tableCulture, colours);
                break;
        }
    }

    private static void WriteTables(IReadOnlyList<ResultTable> tables, TextWriter writer, CultureInfo culture, bool colours)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colours ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!colours)
        {
            console.Profile.Width = 200; // a file or a pipe: do not wrap names at 80 columns
        }
        foreach (var result in tables)
        {
            var table = new Table { Title = new TableTitle(Markup.Escape(result.Title)) };
            for (var c = 0; c < result.Columns.Length; c++)
            {
                var column = new TableColumn(Markup.Escape(result.Columns[c]));
                if (result.Rows.Length > 0 && result.Rows.All(r => r[c] is null or int or decimal))
                {
                    column.RightAligned();
                }
                table.AddColumn(column);
            }
            foreach (var row in result.Rows)
            {
                table.AddRow([.. row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(Format(cell, culture)))]);
            }
            console.Write(table);
            foreach (var note in result.Notes)
            {
                console.Write(new Text(note + Environment.NewLine, new Style(decoration: Decoration.Dim)));
            }
        }
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
        cell is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(text)
            ? "'" + text
            : text;

    private static bool IsPlainNumber(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    internal static string Format(object? cell, CultureInfo culture) => cell switch
    {
        null => string.Empty,
        decimal number => number.ToString(culture),
        int whole => whole.ToString(culture),
        _ => Convert.ToString(cell, culture) ?? string.Empty,
    };
}
