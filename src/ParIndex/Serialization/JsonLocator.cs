using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using ParIndex.Utility;

namespace ParIndex.Serialization;

/// <summary>
/// One pass of <see cref="Utf8JsonReader"/> over a document before it is deserialised: it checks the syntax and the
/// depth, rejects repeated property names (System.Text.Json would keep the last one silently), and records where
/// every value starts, so that a problem found later by path can name its line and column.
/// </summary>
internal sealed class JsonLocator
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    private JsonLocator()
    {
    }

    /// <summary>Scans a document; problems are added to <paramref name="problems"/> and stop the scan only for bad syntax.</summary>
    internal static JsonLocator Scan(ReadOnlySpan<byte> utf8, int maxDepth, List<Diagnostic> problems)
    {
        var locator = new JsonLocator();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = false,
            MaxDepth = maxDepth,
        });
        var frames = new Stack<Frame>();
        var lines = new LineCounter(utf8);
        string? property = null;
        try
        {
            while (reader.Read())
            {
                var (line, column) = lines.At(reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString()!;
                        var frame = frames.Peek();
                        var path = Child(frame.Path, property);
                        if (!frame.Names!.Add(property))
                        {
                            problems.Add(new Diagnostic(DiagnosticKind.DuplicateProperty, null, Invariant.Format($"property \"{property}\" appears more than once in this object"))
                            {
                                JsonPath = path,
                                Line = line,
                                Column = column,
                            });
                        }
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        continue;
                }

                // A value: an object, an array or a scalar, at the path of its property or array slot.
                var valuePath = frames.Count == 0 ? "$"
                    : frames.Peek().IsArray ? frames.Peek().Path + Invariant.Format($"[{frames.Peek().NextIndex()}]")
                    : Child(frames.Peek().Path, property!);
                locator._positions.TryAdd(valuePath, (line, column));
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    frames.Push(new Frame(valuePath, isArray: false));
                }
                else if (reader.TokenType == JsonTokenType.StartArray)
                {
                    frames.Push(new Frame(valuePath, isArray: true));
                }
            }
        }
        catch (JsonException error)
        {
            problems.Add(Malformed(error));
        }
        return locator;
    }

    /// <summary>Turns an exception of the reader or the deserialiser into a diagnostic with its place.</summary>
    internal static Diagnostic Malformed(JsonException error)
    {
        // The reader appends "LineNumber: n | BytePositionInLine: m." to its messages; the place goes into the fields instead.
        var message = error.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }
        message = (cut >= 0 ? message[..cut] : message).TrimEnd();
        return new Diagnostic(DiagnosticKind.MalformedJson, null, Friendly(message))
        {
            JsonPath = error.Path ?? "$",
            Line = error.LineNumber is { } line ? (int)line + 1 : null,
            Column = error.BytePositionInLine is { } column ? (int)column + 1 : null,
        };
    }

    // The deserialiser names .NET types ("could not be converted to System.Nullable`1[System.Decimal]"); a person
    // writing the file wants to know what to write instead.
    private static readonly (string Type, string Expected)[] Expectations =
    [
        ("System.Decimal", "a number"),
        ("System.Int32", "a whole number"),
        ("System.String", "a string"),
        ("System.Boolean", "true or false"),
        ("NodaTime.LocalDate", "a date such as \"2022-11-10\""),
        ("NodaTime.AnnualDate", "a day of the year such as \"12-31\""),
        ("System.Collections.Generic.List", "an array"),
        ("ParIndex.Serialization.", "an object"),
    ];

    private static string Friendly(string message)
    {
        const string Prefix = "The JSON value could not be converted to ";
        if (!message.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return message;
        }
        var type = message[Prefix.Length..];
        foreach (var (name, expected) in Expectations)
        {
            if (type.Contains(name, StringComparison.Ordinal))
            {
                return "expected " + expected;
            }
        }
        return message;
    }

    /// <summary>Gives a problem found at a JSON path the line and column where that value starts.</summary>
    internal Diagnostic Place(Diagnostic diagnostic, string path)
    {
        _positions.TryGetValue(path, out var position);
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

    private sealed class Frame(string path, bool isArray)
    {
        private int _index;

        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public HashSet<string>? Names { get; } = isArray ? null : new HashSet<string>(StringComparer.Ordinal);

        public int NextIndex() => _index++;
    }

    /// <summary>Turns byte offsets into 1-based lines and columns, moving forward only.</summary>
    private ref struct LineCounter(ReadOnlySpan<byte> utf8)
    {
        private readonly ReadOnlySpan<byte> _text = utf8;
        private int _offset;
        private int _line = 1;
        private int _lineStart;

        public (int Line, int Column) At(long offset)
        {
            for (; _offset < offset && _offset < _text.Length; _offset++)
            {
                if (_text[_offset] == (byte)'\n')
                {
                    _line++;
                    _lineStart = _offset + 1;
                }
            }
            return (_line, (int)offset - _lineStart + 1);
        }
    }
}
