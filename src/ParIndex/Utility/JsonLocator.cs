using System;
using System.Buffers;
using System.Collections.Generic;
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
    internal static void Check(ReadOnlySpan<byte> utf8, int maxDepth, List<Diagnostic> problems)
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
        var reader = NewReader(utf8, maxDepth);
        var frames = new List<Frame>();
        var names = new List<Name>(); // the property names of the open objects, innermost last
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
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
                            var (line, column) = LineAndColumn(utf8, reader.TokenStartIndex);
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
            problems.Add(Malformed(error));
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
        new(problem.Kind, problem.CriterionCode, problem.Message, problem.UnitCode)
        {
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
            positions.TryAdd(path, LineAndColumn(utf8, reader.TokenStartIndex));
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Push((path, reader.TokenType == JsonTokenType.StartArray, [0]));
            }
        }
        return positions;
    }

    /// <summary>Turns a syntax error of the reader into a diagnostic with its place.</summary>
    internal static Diagnostic Malformed(JsonException error, string? path = null)
    {
        // Messages end with "Path: … | LineNumber: n | BytePositionInLine: m."; the place goes into the fields instead.
        var message = error.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }
        message = (cut >= 0 ? message[..cut] : message).TrimEnd();
        return new Diagnostic(DiagnosticKind.MalformedJson, null, message)
        {
            JsonPath = error.Path ?? path ?? "$",
            Line = error.LineNumber is { } line ? (int)line + 1 : null,
            Column = error.BytePositionInLine is { } column ? (int)column + 1 : null,
        };
    }

    /// <summary>Gives a problem found at a JSON path the line and column where that value starts.</summary>
    internal static Diagnostic Place(Diagnostic diagnostic, string path, Dictionary<string, (int Line, int Column)> positions)
    {
        positions.TryGetValue(path, out var position);
        return new Diagnostic(diagnostic.Kind, diagnostic.CriterionCode, diagnostic.Message, diagnostic.UnitCode)
        {
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

    private static Utf8JsonReader NewReader(ReadOnlySpan<byte> utf8, int maxDepth) => new(utf8, new JsonReaderOptions
    {
        CommentHandling = JsonCommentHandling.Skip,
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

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, (int)offset - lineStart + 1);
    }
}
