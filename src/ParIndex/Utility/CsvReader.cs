using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;

namespace ParIndex.Utility;

/// <summary>Reads the CSV files the package embeds (RFC 4180: commas, double-quoted fields, LF or CRLF), by header
/// name. Small on purpose: the core package depends on NodaTime only, so no CSV library.</summary>
internal sealed class CsvReader
{
    private readonly Dictionary<string, int> _columns;
    private readonly List<string[]> _rows;

    private CsvReader(string name, Dictionary<string, int> columns, List<string[]> rows)
    {
        Name = name;
        _columns = columns;
        _rows = rows;
    }

    internal string Name { get; }

    internal int Count => _rows.Count;

    /// <summary>Reads an embedded resource of this assembly, e.g. "provinces-63.csv" (in Data/).</summary>
    internal static CsvReader FromResource(string fileName)
    {
        var assembly = typeof(CsvReader).Assembly;
        using var stream = assembly.GetManifestResourceStream("ParIndex.Data." + fileName)
            ?? throw new InvalidOperationException("Embedded resource ParIndex.Data." + fileName + " is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(fileName, reader.ReadToEnd());
    }

    internal static CsvReader Parse(string name, string text)
    {
        var records = Records(text);
        if (records.Count == 0)
        {
            throw new InvalidDataException(name + ": no header line.");
        }
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records[0].Length; i++)
        {
            columns.Add(records[0][i], i);
        }
        for (var r = 1; r < records.Count; r++)
        {
            if (records[r].Length != records[0].Length)
            {
                throw new InvalidDataException(Invariant.Format($"{name}, record {r + 1}: {records[r].Length} fields, the header has {records[0].Length}."));
            }
        }
        records.RemoveAt(0);
        return new CsvReader(name, columns, records);
    }

    internal string Get(int row, string column) =>
        _columns.TryGetValue(column, out var index) ? _rows[row][index] : throw new InvalidDataException(Name + ": no column " + column + ".");

    internal decimal? GetDecimal(int row, string column) => Get(row, column) switch
    {
        { Length: 0 } => null,
        var text when decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) => number,
        var text => throw NotANumber(row, column, text, "a number such as 86.19 (decimals with a dot)"),
    };

    internal int? GetInt(int row, string column) => Get(row, column) switch
    {
        { Length: 0 } => null,
        var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
        var text => throw NotANumber(row, column, text, "a whole number such as 23"),
    };

    // A decimal comma ("86,19") is rejected with the cell quoted, never read up to the comma.
    private InvalidDataException NotANumber(int row, string column, string text, string expected) =>
        new(Invariant.Format($"{Name}, row {row + 2}, {column}: '{text}' is not {expected}."));

    internal bool GetYesNo(int row, string column) => Get(row, column) switch
    {
        "yes" => true,
        "no" => false,
        var other => throw new InvalidDataException(Invariant.Format($"{Name}, row {row + 2}, {column}: expected yes or no, found '{other}'.")),
    };

    private static List<string[]> Records(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        records.Add([.. fields]);
                    }
                    fields.Clear();
                    field.Clear();
                    any = false;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }
        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }
        return records;
    }
}
