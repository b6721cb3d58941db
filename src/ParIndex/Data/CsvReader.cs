using System.Globalization;
using System.Text;

namespace ParIndex.Data;

/// <summary>Reads the CSV files the package embeds (RFC 4180: commas, double-quoted fields, LF or CRLF), by header
/// name; a problem is an <see cref="InvalidEmbeddedDataException"/>. Small on purpose: the core package depends on
/// NodaTime only, so no CSV library.</summary>
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

    internal static CsvReader Parse(string name, string text)
    {
        var records = Records(text);
        if (records.Count == 0)
        {
            throw EmbeddedData.Invalid(name, "no header line");
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
                throw EmbeddedData.Invalid(name, Invariant.Format($"record {r + 1} has {records[r].Length} fields, the header {records[0].Length}"));
            }
        }
        records.RemoveAt(0);
        return new CsvReader(name, columns, records);
    }

    internal string Get(int row, string column) =>
        _columns.TryGetValue(column, out var index) ? _rows[row][index] : throw EmbeddedData.Invalid(Name, "no column " + column);

    internal decimal? GetDecimal(int row, string column) =>
        Get(row, column) is not { Length: > 0 } text ? null
        : decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value
        : throw Invalid(row, column, "expected a number", text);

    internal int? GetInt(int row, string column) =>
        Get(row, column) is not { Length: > 0 } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw Invalid(row, column, "expected a whole number", text);

    internal bool GetYesNo(int row, string column) => Get(row, column) switch
    {
        "yes" => true,
        "no" => false,
        var other => throw Invalid(row, column, "expected yes or no", other),
    };

    /// <summary>The failure of a field, placed by its line in the file (the header is line 1).</summary>
    internal InvalidEmbeddedDataException Invalid(int row, string column, string problem, string found) =>
        EmbeddedData.Invalid(Name, Invariant.Format($"line {row + 2}, {column}: {problem}, found '{found}'"));

    internal static List<string[]> Records(string text)
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
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r': // a lone carriage return ends a line too (old Mac files, mixed endings): never glues two rows
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
