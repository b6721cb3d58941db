using System.Globalization;
using ParIndex.Data;
using ParIndex.Rules;

namespace ParIndex.Composites;

// COINr's two tables as CSV, beside the model they are read into.
public sealed partial class CompositeModel
{
    private static readonly string[] MetaRequired = ["iCode", "Level", "Parent", "Direction", "Weight", "Type"];

    /// <summary>Reads and validates a model from the texts of COINr's two tables as CSV (as <c>write.csv(ASEM_iData)</c>
    /// writes them): the unit data (<c>uCode</c>, optional <c>uName</c> and <c>Time</c>, then group, denominator and
    /// indicator columns) and the indicator metadata (<c>iCode</c>, <c>Level</c>, <c>Parent</c>, <c>Direction</c>,
    /// <c>Weight</c>, <c>Type</c>, optional <c>iName</c>, <c>Unit</c>, <c>Target</c>, <c>Denominator</c>; other columns
    /// are ignored) (chỉ số tổng hợp).</summary>
    /// <param name="unitData">The unit data (<c>iData</c>) as text.</param>
    /// <param name="metadata">The indicator metadata (<c>iMeta</c>) as text.</param>
    /// <param name="unitDataName">The unit data's file name, used in messages.</param>
    /// <param name="metadataName">The metadata's file name, used in messages.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DiagnosticException">Every problem of both files at once, each message beginning with
    /// its place ("asem-imeta.csv line 4, column Direction: …"): missing columns, text where a number belongs, unknown
    /// types, and every problem <see cref="CompositeModel"/> finds.</exception>
    /// <remarks>
    /// <para>RFC 4180: commas, double-quoted fields, LF or CRLF. <c>NA</c> or an empty cell is a missing value. Numbers are
    /// read with a decimal point ("0.5"; "0,5" is not a number). Text with a percent sign ("15%") is not a number: an
    /// indicator's unit is the metadata's, and 15% could be 15 or 0.15.</para>
    /// <para>This reader needs no CSV library: it reads the files R writes. Files as Excel writes them (";"-separated with
    /// decimal commas, another encoding) are read by <c>ParIndex.Csv.CompositeTablesCsv</c>, and workbooks by
    /// <c>ParIndex.Excel.CompositeXlsx</c>; both pass their cells to <see cref="ReadRows"/>, so every problem is found and
    /// worded the same way.</para>
    /// </remarks>
    public static CompositeModel ReadCsv(string unitData, string metadata, string unitDataName = "iData.csv", string metadataName = "iMeta.csv")
    {
        Preconditions.CheckNotNull(unitData, nameof(unitData));
        Preconditions.CheckNotNull(metadata, nameof(metadata));
        var problems = new List<Diagnostic>();
        foreach (var (text, file) in new[] { (metadata, metadataName), (unitData, unitDataName) })
        {
            if (Text.ReplacementCharacter(text) is { } at)
            {
                problems.Add(new Diagnostic(DiagnosticKind.InvalidEncoding, null, Where(file, at.Line, null) + Invariant.Format($", character {at.Column}: the text holds U+FFFD, the mark a decoder leaves for bytes it could not read; read the file as UTF-8 (or its own encoding)")));
            }
        }
        if (problems.Count > 0)
        {
            throw new InvalidCompositeException("The composite indicator's data or metadata is not in the expected encoding", problems);
        }
        return ReadTables(
            new Table(CsvReader.Records(unitData), (line, column) => Where(unitDataName, line, column), PointEverywhere),
            new Table(CsvReader.Records(metadata), (line, column) => Where(metadataName, line, column), PointEverywhere),
            problems);
    }

    /// <summary>Reads and validates a model from the two tables as rows of cells, the header first, however they were
    /// read (ParIndex.Csv reads them from files in any Excel dialect, ParIndex.Excel from a workbook's sheets); each
    /// cell as its text, an empty one or <c>NA</c> missing.</summary>
    /// <param name="unitData">The unit data's rows, each as long as its header.</param>
    /// <param name="metadata">The metadata's rows, each as long as its header.</param>
    /// <param name="unitDataPlace">Names a place of the unit data in messages, from the 1-based row of
    /// <paramref name="unitData"/> and a column's name (or <see langword="null"/> for the row): "book.xlsx 'iData'!C4".</param>
    /// <param name="metadataPlace">Names a place of the metadata, the same way.</param>
    /// <param name="unitDataMark">How a cell of the unit data writes decimals, from its 1-based row and its column's
    /// name: <see cref="DecimalMark.Comma"/> reads "86,19" and refuses "1.234" (a decimal point or thousands?), as
    /// <see cref="DecimalMark"/> says; <see langword="null"/> (the default) for a decimal point everywhere.</param>
    /// <param name="metadataMark">How a cell of the metadata writes decimals, the same way.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">A table or a place is null.</exception>
    /// <exception cref="DiagnosticException">Every problem of both tables at once, each message beginning with
    /// its place, as <see cref="ReadCsv(string, string, string, string)"/> says.</exception>
    public static CompositeModel ReadRows(
        IReadOnlyList<IReadOnlyList<string>> unitData,
        IReadOnlyList<IReadOnlyList<string>> metadata,
        Func<int, string?, string> unitDataPlace,
        Func<int, string?, string> metadataPlace,
        Func<int, string, DecimalMark>? unitDataMark = null,
        Func<int, string, DecimalMark>? metadataMark = null)
    {
        Preconditions.CheckNotNull(unitData, nameof(unitData));
        Preconditions.CheckNotNull(metadata, nameof(metadata));
        Preconditions.CheckNotNull(unitDataPlace, nameof(unitDataPlace));
        Preconditions.CheckNotNull(metadataPlace, nameof(metadataPlace));
        return ReadTables(new Table([.. unitData.Select(r => r.ToArray())], unitDataPlace, unitDataMark ?? PointEverywhere), new Table([.. metadata.Select(r => r.ToArray())], metadataPlace, metadataMark ?? PointEverywhere), []);
    }

    private static readonly Func<int, string, DecimalMark> PointEverywhere = (_, _) => DecimalMark.Point;

    /// <summary>A table's rows (the header first), how to name a place of it, and how its cells write decimals.</summary>
    private sealed record Table(List<string[]> Rows, Func<int, string?, string> Place, Func<int, string, DecimalMark> Mark);

    private static CompositeModel ReadTables(Table data, Table meta, List<Diagnostic> problems)
    {
        Func<int, string?, string> dataPlace = data.Place, metaPlace = meta.Place;
        var (elements, elementLines) = ReadMeta(meta, problems);
        var byCode = elements.GroupBy(e => e.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var (units, unitLines, repeats) = ReadData(data, byCode, problems);
        if (problems.Count > 0 && (elements.Count == 0 || units.Count == 0))
        {
            throw new InvalidCompositeException("The composite indicator's data or metadata cannot be read", problems);
        }
        CompositeModel? model = null;
        try
        {
            model = new CompositeModel(units, elements);
        }
        catch (InvalidCompositeException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                // A unit given twice is named at both rows, in the model's order of its repeats (the reader's order).
                if (diagnostic is { Kind: DiagnosticKind.DuplicateCode, ItemCode: null, UnitCode: { } twice } && repeats.TryGetValue(twice, out var queue) && queue.TryDequeue(out var repeat))
                {
                    problems.Add(Place(Again(diagnostic, dataPlace(repeat.Line, null), repeat.Text != repeat.FirstText), dataPlace(repeat.FirstLine, null)));
                    continue;
                }
                problems.Add(Place(diagnostic, diagnostic.UnitCode is { } unit && unitLines.TryGetValue(unit, out var u) ? dataPlace(u, null)
                    : diagnostic.ItemCode is { } code && elementLines.TryGetValue(code, out var m) ? metaPlace(m, null)
                    : null));
            }
        }
        return problems.Count == 0 && model is not null ? model
            : throw new InvalidCompositeException("The composite indicator's data or metadata is invalid", problems);
    }

    private static (List<CompositeElement>, Dictionary<string, int>) ReadMeta(Table table, List<Diagnostic> problems)
    {
        var (rows, file) = (table.Rows, table.Place);
        var elements = new List<CompositeElement>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!Header(rows, file, MetaRequired, "elements", problems, out var columns))
        {
            return (elements, lines);
        }
        foreach (var (row, line) in Records(rows, file, problems))
        {
            string? Cell(string column) => columns.TryGetValue(column, out var i) && !IsMissing(row[i]) ? row[i] : null;
            var code = Cell("iCode") ?? string.Empty;
            double? Number(string column)
            {
                var text = Cell(column);
                if (text is null)
                {
                    return null;
                }
                if (NumberText.TryParseDouble(text, table.Mark(line, column), out var value, out var hint))
                {
                    return value;
                }
                problems.Add(Problem(DiagnosticKind.NotANumber, code, null, file, line, column, "'" + text + "' is not a number" + hint));
                return null;
            }
            var type = ElementType.Other;
            if (Cell("Type") is not { } typeText || !Enum.TryParse(typeText, ignoreCase: false, out type) || !Enum.IsDefined(type) || char.IsAsciiDigit(typeText[0]))
            {
                problems.Add(Problem(DiagnosticKind.UnknownValue, code, null, file, line, "Type", "'" + Cell("Type") + "' is not one of Indicator, Aggregate, Group, Denominator, Other"));
                type = ElementType.Other;
            }
            var level = Number("Level");
            if (level is { } l && l != Math.Floor(l))
            {
                problems.Add(Problem(DiagnosticKind.NotANumber, code, null, file, line, "Level", "'" + Cell("Level") + "' is not a whole number"));
                level = null;
            }
            else if (level is { } big && Math.Abs(big) > 1_000)
            {
                // Cast to int, 1e10 became int.MinValue and was reported as that.
                problems.Add(Problem(DiagnosticKind.ValueOutOfRange, code, null, file, line, "Level", "'" + Cell("Level") + "' is not a level (a whole number such as 1 or 2)"));
                level = null;
            }
            var direction = Number("Direction");
            if (direction is { } d && d is not (1 or -1) && type is ElementType.Indicator or ElementType.Aggregate)
            {
                problems.Add(Problem(DiagnosticKind.ValueOutOfRange, code, null, file, line, "Direction", "direction must be 1 or -1, not " + Cell("Direction")));
                direction = 1;
            }
            var weight = Number("Weight");
            if (weight is null && Cell("Weight") is not null)
            {
                weight = 1; // 'abc' is said above: "needs a weight" would say it a second time, as if the cell were empty
            }
            else if (weight is { } w && double.IsInfinity(w))
            {
                // Read as a double, 1e400 is ∞, which the model refused as "not Infinity": said here, quoting the text.
                problems.Add(Problem(DiagnosticKind.ValueOutOfRange, code, null, file, line, "Weight", "the weight '" + Cell("Weight") + "' is too large, not a finite number (a weight is zero or more and below about 1.8e308)"));
                weight = 1;
            }
            lines.TryAdd(code, line);
            elements.Add(new CompositeElement
            {
                Code = code,
                Name = Cell("iName"),
                Type = type,
                Level = level is { } lv && type is ElementType.Indicator or ElementType.Aggregate ? (int)lv : null,
                Parent = Cell("Parent"),
                Direction = direction is { } dir ? (int)dir : 1,
                Weight = weight,
                Denominator = Cell("Denominator"),
                Target = Number("Target"),
                Unit = Cell("Unit"),
            });
        }
        return (elements, lines);
    }

    /// <summary>A unit code's row given again for the same period: the first row and this one, each code as written.</summary>
    private readonly record struct Repeat(int FirstLine, string FirstText, int Line, string Text);

    private static Diagnostic Again(Diagnostic duplicate, string place, bool writtenApart) =>
        new(duplicate.Kind, duplicate.ItemCode, duplicate.Message + " (again at " + place + ")"
            + (writtenApart ? ": the two are written with different characters that are the same text in Unicode normalisation NFC" : string.Empty),
            duplicate.UnitCode) { Item = duplicate.Item };

    private static (List<CompositeUnit>, Dictionary<string, int>, Dictionary<string, Queue<Repeat>>) ReadData(Table table, Dictionary<string, CompositeElement> elements, List<Diagnostic> problems)
    {
        var (rows, file) = (table.Rows, table.Place);
        var units = new List<CompositeUnit>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new Dictionary<(string Code, int? Time), (int Line, string Text)>();
        var repeats = new Dictionary<string, Queue<Repeat>>(StringComparer.Ordinal);
        if (!Header(rows, file, ["uCode"], "units", problems, out var columns))
        {
            return (units, lines, repeats);
        }
        var numeric = new List<(string Code, int Index)>();
        var labels = new List<(string Code, int Index)>();
        var undescribed = new List<string>();
        foreach (var (name, index) in columns.OrderBy(c => c.Value))
        {
            if (name is "uCode" or "uName" or "Time")
            {
                continue;
            }
            if (!elements.TryGetValue(name, out var element))
            {
                undescribed.Add(name);
            }
            else if (element.Type == ElementType.Aggregate)
            {
                problems.Add(Problem(DiagnosticKind.AggregateAsData, name, null, file, 1, name, "the aggregate is given as data; aggregates are computed"));
            }
            else if (element.Type is ElementType.Group or ElementType.Other)
            {
                labels.Add((name, index));
            }
            else
            {
                numeric.Add((name, index));
            }
        }
        // Columns the metadata does not describe are each said at their place, but a flood of them (a sheet of another
        // index, thousands of columns) is one cause: said once at the first, naming a few, where it was a line a column.
        if (undescribed.Count > ListText.Named)
        {
            problems.Add(Problem(DiagnosticKind.UnknownCode, undescribed[0], null, file, 1, undescribed[0], "the columns " + ListText.FirstFew(undescribed) + " are not described in the metadata"));
        }
        else
        {
            problems.AddRange(undescribed.Select(name => Problem(DiagnosticKind.UnknownCode, name, null, file, 1, name, "the column is not described in the metadata")));
        }
        foreach (var (row, line) in Records(rows, file, problems))
        {
            var code = row[columns["uCode"]];
            var values = new List<KeyValuePair<string, double?>>(numeric.Count);
            foreach (var (column, index) in numeric)
            {
                double? value = null;
                if (!IsMissing(row[index]))
                {
                    if (NumberText.TryParseDouble(row[index], table.Mark(line, column), out var v, out var hint) && double.IsFinite(v))
                    {
                        value = v;
                    }
                    else
                    {
                        // 1e400 reads as ∞: a number, beyond what a value can be ("not a number" was false of it);
                        // "Infinity" written as a word is none.
                        var beyond = double.IsInfinity(v) && row[index].Any(char.IsAsciiDigit);
                        problems.Add(Problem(DiagnosticKind.NotANumber, column, code, file, line, column, "'" + row[index] + "' is "
                            + (beyond ? "beyond a double's range (about ±1.8e308): no value can be that large" : "not a number" + hint)));
                    }
                }
                values.Add(new(column, value));
            }
            int? time = null;
            if (columns.TryGetValue("Time", out var t) && !IsMissing(row[t]))
            {
                if (int.TryParse(row[t], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year))
                {
                    time = year;
                }
                else
                {
                    problems.Add(Problem(DiagnosticKind.NotANumber, null, code, file, line, "Time", "'" + row[t] + "' is not a whole number"));
                }
            }
            string? name = columns.TryGetValue("uName", out var n) && !IsMissing(row[n]) ? row[n] : null;
            var unit = new CompositeUnit(code, name, values, labels.Select(c => new KeyValuePair<string, string?>(c.Code, IsMissing(row[c.Index]) ? null : row[c.Index])), time);
            units.Add(unit);
            // Keyed by the code in NFC, as the model's diagnostics name it.
            lines.TryAdd(unit.Code, line);
            if (!first.TryAdd((unit.Code, time), (line, code)))
            {
                var (firstLine, firstText) = first[(unit.Code, time)];
                (repeats.TryGetValue(unit.Code, out var queue) ? queue : repeats[unit.Code] = new()).Enqueue(new Repeat(firstLine, firstText, line, code));
            }
        }
        return (units, lines, repeats);
    }

    /// <summary>The records after the header with their lines; a record with another number of fields than the header is reported and skipped.</summary>
    private static IEnumerable<(string[] Row, int Line)> Records(List<string[]> rows, Func<int, string?, string> file, List<Diagnostic> problems)
    {
        for (var r = 1; r < rows.Count; r++)
        {
            if (rows[r].Length == rows[0].Length)
            {
                yield return (rows[r], r + 1);
            }
            else
            {
                problems.Add(Problem(DiagnosticKind.MalformedRow, null, null, file, r + 1, null, Invariant.Format($"{rows[r].Length} fields, the header has {rows[0].Length}")));
            }
        }
    }

    private static bool Header(List<string[]> rows, Func<int, string?, string> file, string[] required, string rowsOf, List<Diagnostic> problems, out Dictionary<string, int> columns)
    {
        columns = new Dictionary<string, int>(StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            problems.Add(Problem(DiagnosticKind.MalformedRow, null, null, file, 1, null, "the file is empty (no header line)"));
            return false;
        }
        if (rows.Count == 1)
        {
            // Said where it is, as every table reader says it: unplaced, "there are no units" named no file, and a
            // metadata table without rows was only "the column is not described in the metadata" for each data column.
            problems.Add(Problem(DiagnosticKind.Empty, null, null, file, 2, null, $"the file has no rows of {rowsOf} after its header"));
        }
        for (var i = 0; i < rows[0].Length; i++)
        {
            if (!columns.TryAdd(rows[0][i], i))
            {
                problems.Add(Problem(DiagnosticKind.DuplicateCode, rows[0][i], null, file, 1, rows[0][i], "the column appears more than once in the header"));
            }
        }
        var present = columns;
        var missing = required.Where(c => !present.ContainsKey(c)).ToArray();
        foreach (var column in missing)
        {
            problems.Add(Problem(DiagnosticKind.MissingAttribute, null, null, file, 1, null, "the header has no column " + column));
        }
        return missing.Length == 0;
    }

    private static bool IsMissing(string cell) => cell.Length == 0 || cell == "NA";

    private static Diagnostic Problem(DiagnosticKind kind, string? code, string? unit, Func<int, string?, string> file, int line, string? column, string message) =>
        new(kind, code, file(line, column) + ": " + message, unit);

    private static Diagnostic Place(Diagnostic diagnostic, string? place) =>
        place is null ? diagnostic : new Diagnostic(diagnostic.Kind, diagnostic.ItemCode, place + ": " + diagnostic.Message, diagnostic.UnitCode) { Item = diagnostic.Item };

    private static string Where(string file, int line, string? column) =>
        Invariant.Format($"{file} line {line}") + (column is null ? string.Empty : ", column " + column);
}
