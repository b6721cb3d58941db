using System.Buffers;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;

namespace ParIndex.Utility;

/// <summary>
/// Passes of <see cref="Utf8JsonReader"/> over a document. <see cref="Check"/> runs before it is parsed: syntax,
/// depth, and repeated property names (System.Text.Json would keep the last one silently), allocating nothing unless
/// it finds a problem. <see cref="Locate"/> runs only when problems were found: it records where every value starts,
/// so that a problem known by its JSON path can name its line and column.
/// </summary>
internal static class JsonLocator
{
    /// <summary>Checks syntax, depth and repeated property names; problems are added with their place.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="maxDepth">The deepest nesting allowed.</param>
    /// <param name="problems">Where to add the problems.</param>
    /// <param name="allowComments">Whether comments are skipped, as the readers of the package's own formats do, or refused.</param>
    internal static void Check(ReadOnlySpan<byte> utf8, int maxDepth, List<Diagnostic> problems, bool allowComments = true)
    {
        if (Utf16(utf8) is { } utf16)
        {
            problems.Add(utf16);
            return;
        }
        // The reader checks UTF-8 only where it transcodes a string, and then throws InvalidOperationException.
        if (!Utf8.IsValid(utf8))
        {
            problems.Add(InvalidUtf8(utf8));
            return;
        }
        var reader = NewReader(utf8, maxDepth, allowComments);
        var lines = new LineCounter();
        var frames = new List<Frame>();
        var names = new List<Name>(); // the property names of the open objects, innermost last
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !Unescapes(ref reader))
                {
                    var (line, column) = lines.At(utf8, reader.TokenStartIndex);
                    problems.Add(new Diagnostic(DiagnosticKind.MalformedJson, null, JsonMessages.LoneSurrogate) { JsonPath = "$", Line = line, Column = column });
                    return;
                }
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    var closed = frames[^1];
                    frames.RemoveAt(frames.Count - 1);
                    if (!closed.IsArray)
                    {
                        names.RemoveRange(closed.NamesStart, names.Count - closed.NamesStart);
                    }
                    continue;
                }
                if (token == JsonTokenType.PropertyName)
                {
                    var name = new Name((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped ? reader.GetString() : null);
                    var frame = frames[^1];
                    for (var i = frame.NamesStart; i < names.Count; i++)
                    {
                        if (SameName(utf8, names[i], name))
                        {
                            var property = name.Text(utf8);
                            var (line, column) = lines.At(utf8, reader.TokenStartIndex);
                            problems.Add(new Diagnostic(DiagnosticKind.DuplicateProperty, null, JsonMessages.RepeatedProperty(property))
                            {
                                JsonPath = Child(PathOf(utf8, frames, frames.Count - 1), property),
                                Line = line,
                                Column = column,
                            });
                            break;
                        }
                    }
                    names.Add(name);
                    frames[^1] = frame with { Current = name };
                    continue;
                }
                // A value: it takes the next slot of an enclosing array.
                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
                }
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame(token == JsonTokenType.StartArray, 0, names.Count, default));
                }
            }
        }
        catch (JsonException error)
        {
            var within = frames.Count == 0 ? (bool?)null : frames[^1].IsArray;
            problems.Add(Malformed(error, utf8, reader.BytesConsumed, reader.TokenStartIndex, reader.TokenType, reader.CurrentDepth, within, maxDepth, "$"));
        }
    }

    /// <summary>Whether an escaped string can be read as text. The reader checks an escape's form only: an escaped
    /// surrogate without its pair ("\ud800") passes, and reading the string later would throw.</summary>
    private static bool Unescapes(ref Utf8JsonReader reader)
    {
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A problem when the document's first bytes say UTF-16: JSON text begins with ASCII, so a NUL among the
    /// first two bytes, or a UTF-16 byte order mark, is UTF-16.</summary>
    internal static Diagnostic? Utf16(ReadOnlySpan<byte> start) =>
        start.Length >= 2 && (start[0] == 0 || start[1] == 0 || (start[0], start[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            ? new Diagnostic(DiagnosticKind.MalformedJson, null, "the document looks like UTF-16; save it as UTF-8") { JsonPath = "$", Line = 1, Column = 1 }
            : null;

    /// <summary>Moves a problem found in one value of a larger document (read on its own, as its own "$") to its place in
    /// the document: the value's JSON path and the line and column where the value starts.</summary>
    internal static Diagnostic Within(Diagnostic problem, string path, int line, int column) =>
        new(problem.Kind, problem.ItemCode, problem.Message, problem.UnitCode)
        {
            Item = problem.Item,
            JsonPath = problem.JsonPath is { } inner ? path + inner[1..] : path,
            Line = problem.Line is { } l ? line + l - 1 : null,
            Column = problem.Line == 1 ? column + problem.Column - 1 : problem.Column,
        };

    /// <summary>Records the line and column where each value starts, by JSON path; call only for a well-formed document.</summary>
    internal static Dictionary<string, (int Line, int Column)> Locate(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var positions = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var reader = NewReader(utf8, maxDepth);
        var frames = new Stack<(string Path, bool IsArray, int[] Index)>();
        var lines = new LineCounter();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString()!;
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    continue;
            }
            // A value: an object, an array or a scalar, at the path of its property or array slot.
            var path = frames.Count == 0 ? "$"
                : frames.Peek().IsArray ? frames.Peek().Path + Invariant.Format($"[{frames.Peek().Index[0]++}]")
                : Child(frames.Peek().Path, property!);
            positions.TryAdd(path, lines.At(utf8, reader.TokenStartIndex));
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Push((path, reader.TokenType == JsonTokenType.StartArray, [0]));
            }
        }
        return positions;
    }

    /// <summary>
    /// Words a syntax error of the reader from the reader's state when it stopped, with the package's own messages
    /// (<see cref="JsonMessages"/>): the last token it read, how deep it was, whether inside an array or an object, and the
    /// text around the place it stopped. The runtime's message is neither parsed nor shown; the place is the reader's
    /// line and byte in the line.
    /// </summary>
    /// <param name="error">The reader's error, for its line and byte position.</param>
    /// <param name="utf8">The text the reader read.</param>
    /// <param name="consumed">The reader's <see cref="Utf8JsonReader.BytesConsumed"/> when it stopped.</param>
    /// <param name="tokenStart">The reader's <see cref="Utf8JsonReader.TokenStartIndex"/> when it stopped.</param>
    /// <param name="last">The last token read (<see cref="JsonTokenType.None"/> at the start).</param>
    /// <param name="depth">The reader's depth at that token.</param>
    /// <param name="inArray">Whether the innermost open container is an array, an object, or unknown.</param>
    /// <param name="maxDepth">The deepest nesting allowed.</param>
    /// <param name="path">The JSON path to report.</param>
    internal static Diagnostic Malformed(JsonException error, ReadOnlySpan<byte> utf8, long consumed, long tokenStart, JsonTokenType last, int depth, bool? inArray, int maxDepth, string path) =>
        new(DiagnosticKind.MalformedJson, null, Syntax(utf8, (int)consumed, (int)tokenStart, last, depth, inArray, maxDepth))
        {
            JsonPath = path,
            Line = error.LineNumber is { } line ? (int)line + 1 : null,
            Column = error.BytePositionInLine is { } column ? (int)column + 1 : null,
        };

    /// <summary>What the reader expected next and what it found instead.</summary>
    private static string Syntax(ReadOnlySpan<byte> utf8, int consumed, int tokenStart, JsonTokenType last, int depth, bool? inArray, int maxDepth)
    {
        var rest = utf8[consumed..];
        var at = SkipSpace(rest, 0);
        if (at == rest.Length)
        {
            return last == JsonTokenType.None ? JsonMessages.EmptyDocument : JsonMessages.EndsEarly;
        }
        var open = depth + (last is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0);
        if (rest[at] is (byte)'{' or (byte)'[' && open >= maxDepth)
        {
            return JsonMessages.TooDeep(maxDepth);
        }
        switch (last)
        {
            case JsonTokenType.None:
            case JsonTokenType.StartArray:
            case JsonTokenType.PropertyName:
                return Value(rest, at);
            case JsonTokenType.StartObject:
                return PropertyName(rest, at);
        }

        // After a value: a comma and the next item, or the end of the container (or of the document). The reader may
        // have taken the comma already.
        var before = utf8[..consumed].TrimEnd(" \t\r\n"u8);
        if (before.Length == 0 || before[^1] != (byte)',')
        {
            // A string in an object not after a colon is a property name the reader stopped after: its colon is missing.
            var beforeToken = utf8[..Math.Min(tokenStart, consumed)].TrimEnd(" \t\r\n"u8);
            if (last == JsonTokenType.String && inArray == false && beforeToken.Length > 0 && beforeToken[^1] != (byte)':')
            {
                return JsonMessages.ExpectedColon(Found(rest, at));
            }
            if (depth == 0)
            {
                return JsonMessages.TextAfterEnd(Found(rest, at));
            }
            if (rest[at] != (byte)',')
            {
                return JsonMessages.ExpectedCommaOr(inArray switch { true => "']'", false => "'}'", null => "a closing bracket" }, Found(rest, at));
            }
            at = SkipSpace(rest, at + 1);
        }
        return at == rest.Length ? JsonMessages.EndsEarly
            : rest[at] is (byte)'}' or (byte)']' ? JsonMessages.TrailingComma(Found(rest, at))
            : inArray == false ? PropertyName(rest, at)
            : Value(rest, at);
    }

    /// <summary>Where a value should start.</summary>
    private static string Value(ReadOnlySpan<byte> rest, int at) => rest[at] switch
    {
        (byte)'"' => rest[(at + 1)..].Contains((byte)'"') ? JsonMessages.MalformedString : JsonMessages.EndsInString,
        (byte)'-' or (>= (byte)'0' and <= (byte)'9') => JsonMessages.MalformedNumber(Token(rest, at)),
        (byte)'t' or (byte)'f' or (byte)'n' => JsonMessages.MalformedLiteral(Token(rest, at)),
        _ => JsonMessages.ExpectedValue(Found(rest, at)),
    };

    /// <summary>Where a property name should start: a string, then a colon.</summary>
    private static string PropertyName(ReadOnlySpan<byte> rest, int at)
    {
        if (rest[at] != (byte)'"')
        {
            return JsonMessages.ExpectedPropertyName(Found(rest, at));
        }
        var end = rest[(at + 1)..].IndexOfAny((byte)'"', (byte)'\\');
        if (end < 0)
        {
            return JsonMessages.EndsInString;
        }
        if (rest[at + 1 + end] == (byte)'\\')
        {
            return JsonMessages.MalformedString; // an escape: the reader may have found fault inside the string
        }
        var colon = SkipSpace(rest, at + end + 2);
        return colon == rest.Length ? JsonMessages.EndsEarly : JsonMessages.ExpectedColon(Found(rest, colon));
    }

    private static int SkipSpace(ReadOnlySpan<byte> text, int from)
    {
        while (from < text.Length)
        {
            if (text[from] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                from++;
            }
            else if (text[from..].StartsWith("//"u8))
            {
                var end = text[from..].IndexOf((byte)'\n');
                from = end < 0 ? text.Length : from + end + 1;
            }
            else if (text[from..].StartsWith("/*"u8))
            {
                var end = text[(from + 2)..].IndexOf("*/"u8);
                from = end < 0 ? text.Length : from + end + 4;
            }
            else
            {
                break;
            }
        }
        return from;
    }

    /// <summary>The character found, quoted as written, or its byte when it is not printable.</summary>
    private static string Found(ReadOnlySpan<byte> text, int at) =>
        Rune.DecodeFromUtf8(text[at..], out var rune, out _) == OperationStatus.Done && !Rune.IsControl(rune) && !Rune.IsWhiteSpace(rune)
            ? (rune.Value == '\'' ? "\"'\"" : "'" + rune + "'")
            : Invariant.Format($"byte 0x{text[at]:X2}");

    /// <summary>A word of letters, digits and signs starting here, as written (at most 20 characters): "tru", "1.2.3".</summary>
    private static string Token(ReadOnlySpan<byte> text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 20 && (char.IsAsciiLetterOrDigit((char)text[end]) || text[end] is (byte)'-' or (byte)'+' or (byte)'.'))
        {
            end++;
        }
        return System.Text.Encoding.UTF8.GetString(text[at..end]);
    }

    /// <summary>Gives a problem found at a JSON path the line and column where that value starts.</summary>
    internal static Diagnostic Place(Diagnostic diagnostic, string path, Dictionary<string, (int Line, int Column)> positions)
    {
        positions.TryGetValue(path, out var position);
        return new Diagnostic(diagnostic.Kind, diagnostic.ItemCode, diagnostic.Message, diagnostic.UnitCode)
        {
            Item = diagnostic.Item,
            JsonPath = path,
            Line = position.Line == 0 ? null : position.Line,
            Column = position.Column == 0 ? null : position.Column,
        };
    }

    internal static string Child(string parent, string property)
    {
        foreach (var c in property)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return parent + "['" + property.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }
        return parent + "." + property;
    }

    private static Utf8JsonReader NewReader(ReadOnlySpan<byte> utf8, int maxDepth, bool allowComments = true) => new(utf8, new JsonReaderOptions
    {
        CommentHandling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = maxDepth,
    });

    private static bool SameName(ReadOnlySpan<byte> utf8, Name a, Name b) =>
        a.Unescaped is null && b.Unescaped is null
            ? utf8.Slice(a.Start, a.Length).SequenceEqual(utf8.Slice(b.Start, b.Length))
            : string.Equals(a.Text(utf8), b.Text(utf8), StringComparison.Ordinal);

    /// <summary>The JSON path of the object or array a frame stands for, built only when a problem needs it.</summary>
    private static string PathOf(ReadOnlySpan<byte> utf8, List<Frame> frames, int frame)
    {
        var path = "$";
        for (var i = 0; i < frame; i++)
        {
            path = frames[i].IsArray ? path + Invariant.Format($"[{frames[i].Index - 1}]") : Child(path, frames[i].Current.Text(utf8));
        }
        return path;
    }

    private readonly record struct Name(int Start, int Length, string? Unescaped)
    {
        public string Text(ReadOnlySpan<byte> utf8) => Unescaped ?? System.Text.Encoding.UTF8.GetString(utf8.Slice(Start, Length));
    }

    private readonly record struct Frame(bool IsArray, int Index, int NamesStart, Name Current);

    private static Diagnostic InvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (Rune.DecodeFromUtf8(utf8[offset..], out _, out var length) == OperationStatus.Done)
        {
            offset += length;
        }
        var (line, column) = LineAndColumn(utf8, offset);
        return new Diagnostic(DiagnosticKind.MalformedJson, null, Invariant.Format($"the document is not valid UTF-8 (byte 0x{utf8[offset]:X2} at offset {offset})"))
        {
            JsonPath = "$",
            Line = line,
            Column = column,
        };
    }

    /// <summary>Lines and columns of offsets met in increasing order, as a reader meets its tokens: each byte is counted
    /// once, where counting from the start for every place would take time quadratic in the document's size.</summary>
    private sealed class LineCounter
    {
        private int _offset;
        private int _line = 1;
        private int _lineStart;

        public (int Line, int Column) At(ReadOnlySpan<byte> utf8, long offset)
        {
            var passed = utf8[_offset..(int)offset];
            if (passed.LastIndexOf((byte)'\n') is var last and >= 0)
            {
                _line += passed.Count((byte)'\n');
                _lineStart = _offset + last + 1;
            }
            _offset = (int)offset;
            return (_line, _offset - _lineStart + 1);
        }
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, (int)offset - lineStart + 1);
    }
}
