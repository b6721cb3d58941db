using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ParIndex.Utility;

/// <summary>
/// The one way the package reads a JSON document of its own formats (methodologies, reform plans, the catalogue, the
/// survey instruments, units' indicators). <see cref="Open"/>
/// is the front door: size, byte order mark, syntax, depth and repeated property names. The walker then reads the
/// document's values with their JSON paths, each read reporting its own problem (worded in <see cref="JsonMessages"/>)
/// and returning <see langword="null"/>, so that every problem of a document is found in one pass;
/// <see cref="Placed(ReadOnlySpan{byte}, int, bool)"/> finally gives each problem the line and column where its value starts.
/// </summary>
internal sealed class JsonWalker
{
    private readonly List<(Diagnostic Diagnostic, string Path, bool Type)> _problems = [];

    /// <summary>Gets the number of problems found so far.</summary>
    internal int ProblemCount => _problems.Count;

    /// <summary>Checks the limits and the syntax and parses; returns <see langword="null"/> with the problems (each
    /// placed) when the document cannot be walked.</summary>
    internal static JsonDocument? Open(ref ReadOnlySpan<byte> utf8, int maxBytes, int maxDepth, List<Diagnostic> problems)
    {
        if (utf8.Length > maxBytes)
        {
            problems.Add(new Diagnostic(DiagnosticKind.LimitExceeded, null, JsonMessages.TooLarge(utf8.Length, maxBytes)) { JsonPath = "$" });
            return null;
        }
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }
        JsonLocator.Check(utf8, maxDepth, problems);
        return problems.Count > 0 ? null
            : JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = maxDepth });
    }

    /// <summary>Gives every problem found its line and column. When <paramref name="firstTypeErrorOnly"/> is set and a
    /// value had the wrong JSON type, only the first such problem in the document is given: the rest may follow from it.</summary>
    internal IEnumerable<Diagnostic> Placed(ReadOnlySpan<byte> utf8, int maxDepth, bool firstTypeErrorOnly) =>
        Placed(JsonLocator.Locate(utf8, maxDepth), firstTypeErrorOnly);

    /// <summary>Gives every problem found its line and column from the places of <see cref="JsonLocator.Locate"/>, for a
    /// reader that needed them already (to place what the model finds in the values it reads).</summary>
    internal IEnumerable<Diagnostic> Placed(Dictionary<string, (int Line, int Column)> positions, bool firstTypeErrorOnly)
    {
        var placed = _problems.Select(p => (Diagnostic: JsonLocator.Place(p.Diagnostic, p.Path, positions), p.Type)).ToList();
        return firstTypeErrorOnly && placed.Any(p => p.Type)
            ? [placed.Where(p => p.Type).MinBy(p => (p.Diagnostic.Line ?? 0, p.Diagnostic.Column ?? 0)).Diagnostic]
            : placed.Select(p => p.Diagnostic);
    }

    /// <summary>Records a problem at a JSON path.</summary>
    internal void Add(DiagnosticKind kind, string path, string message, string? code = null) =>
        _problems.Add((new Diagnostic(kind, code, message), path, false));

    /// <summary>Records a problem the model found, at the JSON path of the element it concerns.</summary>
    internal void Add(Diagnostic diagnostic, string path) => _problems.Add((diagnostic, path, false));

    /// <summary>Checks that a value is an object with only the <paramref name="allowed"/> properties; an unknown one is a problem.</summary>
    internal bool Object(JsonElement element, string path, params string[] allowed)
    {
        if (!AnyObject(element, path))
        {
            return false;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, property.Name), JsonMessages.NoSuchProperty(property.Name));
            }
        }
        return true;
    }

    /// <summary>Checks that a value is an object, whatever its properties: one whose names are data (codes), or one of a
    /// format that leaves room for properties it does not read.</summary>
    internal bool AnyObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }
        WrongType(path, JsonMessages.ExpectedObject);
        return false;
    }

    /// <summary>Gets a property's value; <see langword="null"/> stands for absent, and a required one absent is a problem.</summary>
    internal JsonElement? Property(JsonElement owner, string path, string name, bool required)
    {
        if (owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }
        if (required)
        {
            Add(DiagnosticKind.MissingAttribute, path, JsonMessages.Missing(name));
        }
        return null;
    }

    internal string? String(JsonElement owner, string path, string name, bool required, bool nonEmpty = false)
    {
        if (Property(owner, path, name, required) is not { } value)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(JsonLocator.Child(path, name), nonEmpty ? JsonMessages.ExpectedNonEmptyString : JsonMessages.ExpectedString);
            return null;
        }
        if (nonEmpty && string.IsNullOrWhiteSpace(value.GetString()))
        {
            Add(DiagnosticKind.MalformedJson, JsonLocator.Child(path, name), JsonMessages.ExpectedNonEmptyString);
            return null;
        }
        return Text(value, JsonLocator.Child(path, name));
    }

    // An escaped control character ("\u0000", "\u0007") would pass into every output that shows the text, and an Excel
    // workbook cannot hold one at all (the tool's xlsx output failed on it); a tab or a line break in a note is let be.
    private string? Text(JsonElement value, string path)
    {
        var text = value.GetString()!;
        if (CellText.ControlCharacter(text, breaksAllowed: true) is { } control)
        {
            Add(DiagnosticKind.InvalidCode, path, "the string " + control);
            return null;
        }
        return text;
    }

    internal int? Int(JsonElement owner, string path, string name, bool required) =>
        Property(owner, path, name, required) is not { } value ? null : Whole(value, JsonLocator.Child(path, name));

    /// <summary>Reads a whole number, or records why it is not one: a value of another type or a fraction, or a whole
    /// number beyond an <see cref="int"/>, said as too large.</summary>
    internal int? Whole(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            // "-0" reads as 0, and a year of -0 was then "year 0": a sign on zero is a slip, refused as written.
            ? number == 0 && value.GetRawText().StartsWith('-') ? OutOfRange<int>(path, JsonMessages.NegativeZero(value.GetRawText())) : number
        : IsWholeBeyondInt(value) ? OutOfRange<int>(path, JsonMessages.BeyondRange(value.GetRawText(), "whole number", int.MaxValue))
        : WrongType<int>(path, JsonMessages.ExpectedWholeNumber);

    internal decimal? Decimal(JsonElement owner, string path, string name, bool required) =>
        Property(owner, path, name, required) is not { } value ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number
        : value.ValueKind == JsonValueKind.Number // a number, but beyond a decimal's range (1e30): "expected a number" was false of it
            ? OutOfRange<decimal>(JsonLocator.Child(path, name), JsonMessages.BeyondRange(value.GetRawText(), "number", decimal.MaxValue))
        : WrongType<decimal>(JsonLocator.Child(path, name), JsonMessages.ExpectedNumber);

    /// <summary>The decimal places of a JSON number as written, its trailing zeros not counted: 2 for 1.25 and 1.250, 11 for
    /// 0.00000000001, 30 for 1e-30 (which reads as the decimal 0), 0 for 12.0, 1e3 and 0e-40. A format that holds its
    /// numbers in whole units (points, in 10⁻¹⁰) refuses a number by this count, not by the decimal read, which rounds.</summary>
    internal static long DecimalPlaces(string number)
    {
        var e = number.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? number : number[..e];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var fraction = point < 0 ? 0 : mantissa.Length - point - 1;
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('-');
        var significant = digits.TrimEnd('0');
        if (significant.TrimStart('0').Length == 0)
        {
            return 0; // zero, however written
        }
        // An exponent beyond a long's range is beyond any decimal too: read as the most it can be either way. Held to half
        // a long's range either way, so that taking it from the count of decimals cannot overflow (1e-9223372036854775808
        // counted a negative number of places, and read as 0).
        var exponent = e < 0 ? 0 : long.TryParse(number.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var x) ? Math.Clamp(x, long.MinValue / 2, long.MaxValue / 2)
            : number[e + 1] == '-' ? long.MinValue / 2 : long.MaxValue / 2;
        return Math.Max(0, fraction - (digits.Length - significant.Length) - exponent);
    }

    /// <summary>Whether a JSON number is whole but beyond an <see cref="int"/> (1e30, 3000000000, 1e400), where "expected a
    /// whole number" would be false of it; 2023.5 and 2023.0 are not whole as written, and a number within an int's range
    /// that is not read as one (1e-400, 2e0) is not too large.</summary>
    private static bool IsWholeBeyondInt(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && (!value.TryGetDouble(out var number)
            || (Math.Abs(number) > int.MaxValue && !value.GetRawText().Contains('.', StringComparison.Ordinal)));

    internal bool? Bool(JsonElement owner, string path, string name, bool required) =>
        Property(owner, path, name, required) is not { } value ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : WrongType<bool>(JsonLocator.Child(path, name), JsonMessages.ExpectedBoolean);

    internal LocalDate? Date(JsonElement owner, string path, string name, bool required = false) =>
        Property(owner, path, name, required) is not { } value ? null
        : value.ValueKind == JsonValueKind.String && LocalDatePattern.Iso.Parse(value.GetString()!) is { Success: true } parsed ? parsed.Value
        : WrongType<LocalDate>(JsonLocator.Child(path, name), JsonMessages.NotADate(value.ValueKind == JsonValueKind.String ? value.GetString() : null));

    internal AnnualDate? AnnualDate(JsonElement owner, string path, string name, bool required) =>
        Property(owner, path, name, required) is not { } value ? null
        : value.ValueKind == JsonValueKind.String && AnnualDatePattern.Iso.Parse(value.GetString()!) is { Success: true } parsed ? parsed.Value
        : WrongType<AnnualDate>(JsonLocator.Child(path, name), JsonMessages.ExpectedAnnualDate);

    /// <summary>The closed set of names that <see cref="Choice"/> reads for the members given: each member's name in
    /// camelCase ("sumOfPoints" for <c>SumOfPoints</c>), in the order given, which is the order an unknown name's message
    /// lists them in.</summary>
    internal static Dictionary<string, T> Names<T>(params T[] members)
        where T : struct, Enum =>
        members.ToDictionary(m => JsonNamingPolicy.CamelCase.ConvertName(m.ToString()), StringComparer.Ordinal);

    /// <summary>The writers' side of a table made by <see cref="Names"/>, so that a format's names are written once: the
    /// name of <paramref name="member"/>, or of <paramref name="otherwise"/> when the table has no such member (a number
    /// cast to the enum).</summary>
    internal static string NameOf<T>(IReadOnlyDictionary<string, T> names, T member, T? otherwise = null)
        where T : struct, Enum
    {
        var written = otherwise is { } fallback && !names.Values.Contains(member) ? fallback : member;
        return names.First(n => EqualityComparer<T>.Default.Equals(n.Value, written)).Key;
    }

    /// <summary>Reads one of a closed set of names; another string is an unknown value.</summary>
    internal T? Choice<T>(JsonElement owner, string path, string name, IReadOnlyDictionary<string, T> choices, bool required = false, string? what = null)
        where T : struct
    {
        if (String(owner, path, name, required) is not { } text)
        {
            return null;
        }
        if (choices.TryGetValue(text, out var choice))
        {
            return choice;
        }
        Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, name), JsonMessages.UnknownChoice(what ?? name, text, choices.Keys));
        return null;
    }

    /// <summary>Gets an array's elements with their paths; absent is empty.</summary>
    internal IReadOnlyList<(JsonElement Element, string Path)> Array(JsonElement owner, string path, string name, bool required)
    {
        if (Property(owner, path, name, required) is not { } value)
        {
            return [];
        }
        var arrayPath = JsonLocator.Child(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(arrayPath, JsonMessages.ExpectedArray);
            return [];
        }
        return [.. value.EnumerateArray().Select((element, i) => (element, Invariant.Format($"{arrayPath}[{i}]")))];
    }

    /// <summary>Gets an array of strings; absent is empty.</summary>
    internal List<string> Strings(JsonElement owner, string path, string name, bool required)
    {
        var strings = new List<string>();
        foreach (var (element, elementPath) in Array(owner, path, name, required))
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                if (Text(element, elementPath) is { } text)
                {
                    strings.Add(text);
                }
            }
            else
            {
                WrongType(elementPath, JsonMessages.ExpectedString);
            }
        }
        return strings;
    }

    /// <summary>Records a value of the wrong JSON type.</summary>
    internal void WrongType(string path, string message) =>
        _problems.Add((new Diagnostic(DiagnosticKind.MalformedJson, null, message), path, true));

    private T? WrongType<T>(string path, string message)
        where T : struct
    {
        WrongType(path, message);
        return null;
    }

    // Counted as a value of the wrong type is (its value is not read, and what follows from that is not said), but in
    // the words of a range: the value is a number of the right kind, too large for what reads it.
    private T? OutOfRange<T>(string path, string message)
        where T : struct
    {
        _problems.Add((new Diagnostic(DiagnosticKind.ValueOutOfRange, null, message), path, true));
        return null;
    }
}
