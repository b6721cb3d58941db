using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ParIndex.Composites;

/// <summary>Reads a pipeline document (<c>docs/composite-pipeline.schema.json</c>) through the <see cref="JsonWalker"/>,
/// as a methodology is read: every problem with its JSON path and the line and column where its value starts; a
/// document that is not well-formed JSON (or repeats a property) stops before reading, with line and column.</summary>
internal sealed class PipelineJson
{
    private static readonly Dictionary<string, string> DefaultOutputs = new(StringComparer.Ordinal)
    {
        ["denominate"] = "Denominated",
        ["impute"] = "Imputed",
        ["screen"] = "Screened",
        ["treat"] = "Treated",
        ["normalise"] = "Normalised",
        ["aggregate"] = "Aggregated",
    };

    private static readonly string[] NormaliseProperties = ["method", "range", "mean", "sd", "reference", "capMax", "target", "goalposts", "truncate"];
    private static readonly string[] TreatProperties = ["winmax", "skewThreshold", "kurtosisThreshold", "then", "forceWinsorise", "lambda", "makePositive"];
    private static readonly string[] AggregateProperties = ["method", "p", "shift", "threshold"];

    private const int MaxDepth = 64;

    private readonly JsonWalker _json = new();

    internal static CompositePipeline Parse(string json)
    {
        if (Text.ReplacementCharacter(json) is { } at)
        {
            throw new InvalidCompositeException("The pipeline is not in the expected encoding", [new Diagnostic(DiagnosticKind.InvalidEncoding, null,
                "the text holds U+FFFD, the mark a decoder leaves for bytes it could not read; read the file as UTF-8") { Line = at.Line, Column = at.Column }]);
        }
        ReadOnlySpan<byte> utf8 = Encoding.UTF8.GetBytes(json);
        var problems = new List<Diagnostic>();
        using var document = JsonWalker.Open(ref utf8, int.MaxValue, MaxDepth, problems);
        if (document is null)
        {
            throw new InvalidCompositeException("The pipeline is not well-formed JSON", problems);
        }
        var reader = new PipelineJson();
        var pipeline = reader.Read(document.RootElement);
        return reader._json.ProblemCount == 0 ? pipeline!
            : throw new InvalidCompositeException("The pipeline is invalid", AtOwner(reader._json.Placed(utf8, MaxDepth, firstTypeErrorOnly: false), utf8));
    }

    /// <summary>A problem about a property the document lacks ("$.steps[1].group") takes the line and column of the
    /// nearest enclosing value that is there.</summary>
    private static IEnumerable<Diagnostic> AtOwner(IEnumerable<Diagnostic> placed, ReadOnlySpan<byte> utf8)
    {
        var problems = placed.ToList();
        if (problems.All(p => p.Line is not null))
        {
            return problems;
        }
        var positions = JsonLocator.Locate(utf8, MaxDepth);
        return problems.Select(p =>
        {
            for (var path = p.Line is null ? p.JsonPath : null; path is { Length: > 0 }; path = path[..Math.Max(0, path.LastIndexOfAny(['.', '[']))])
            {
                if (positions.TryGetValue(path, out var at))
                {
                    return new Diagnostic(p.Kind, p.ItemCode, p.Message, p.UnitCode) { Item = p.Item, JsonPath = p.JsonPath, Line = at.Line, Column = at.Column };
                }
            }
            return p;
        });
    }

    private CompositePipeline? Read(JsonElement root)
    {
        if (!Object(root, "$", ["formatVersion", "title", "weightSets", "steps"]))
        {
            return null;
        }
        if (!root.TryGetProperty("formatVersion", out var version) || version.ValueKind != JsonValueKind.Number || version.GetRawText() != "1")
        {
            Add(DiagnosticKind.UnknownValue, "$.formatVersion", "formatVersion must be 1");
        }
        var title = root.TryGetProperty("title", out var t) ? String(t, "$.title") : null;
        var sets = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, double>>(StringComparer.Ordinal);
        if (root.TryGetProperty("weightSets", out var weightSets) && Object(weightSets, "$.weightSets", null))
        {
            foreach (var set in weightSets.EnumerateObject())
            {
                var path = JsonLocator.Child("$.weightSets", set.Name);
                if (set.Name == CompositeModel.OriginalWeights)
                {
                    Add(DiagnosticKind.DuplicateCode, path, "the weight set Original is the metadata's and cannot be redefined");
                }
                if (Object(set.Value, path, null))
                {
                    sets[set.Name] = set.Value.EnumerateObject().ToImmutableDictionary(
                        w => w.Name, w => Number(w.Value, JsonLocator.Child(path, w.Name), 0, double.MaxValue) ?? 0, StringComparer.Ordinal);
                }
            }
        }
        var steps = ImmutableArray.CreateBuilder<PipelineStep>();
        if (!root.TryGetProperty("steps", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            Add(DiagnosticKind.MissingAttribute, "$.steps", "steps must be an array of at least one step");
            return null;
        }
        var written = new List<string> { "Raw" };
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = Invariant.Format($"$.steps[{i++}]");
            if (Step(item, path, written) is { } step)
            {
                steps.Add(step);
            }
        }
        return new CompositePipeline(steps.ToImmutable(), sets.ToImmutable(), title);
    }

    private PipelineStep? Step(JsonElement item, string path, List<string> written)
    {
        var kind = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("step", out var s) ? String(s, path + ".step") : null;
        if (kind is null || !DefaultOutputs.TryGetValue(kind, out var defaultOutput))
        {
            Add(kind is null ? DiagnosticKind.MissingAttribute : DiagnosticKind.UnknownValue, path + ".step",
                "step must be one of " + string.Join(", ", DefaultOutputs.Keys) + (kind is null ? string.Empty : ", not '" + kind + "'"));
            return null;
        }
        string[] common = ["step", "input", "output"];
        string[] own = kind switch
        {
            "denominate" => ["denominators"],
            "impute" => ["method", "group", "by", "normaliseFirst", "groupLevel", "maxTime", "period"],
            "screen" => ["by", "threshold", "zeroThreshold", "include", "exclude"],
            "treat" => [.. TreatProperties, "combine", "indicators"],
            "normalise" => [.. NormaliseProperties, "global", "indicators"],
            _ => [.. AggregateProperties, "weights", "levels", "nodes"],
        };
        Object(item, path, [.. common, .. own]);
        var input = item.TryGetProperty("input", out var i) ? String(i, path + ".input") ?? "Raw" : written[^1];
        var output = item.TryGetProperty("output", out var o) ? String(o, path + ".output") ?? defaultOutput : defaultOutput;
        if (!written.Contains(input))
        {
            Add(DiagnosticKind.UnknownCode, path + ".input", "data set " + input + " is not written before this step (written: " + string.Join(", ", written) + ")");
        }
        if (written.Contains(output))
        {
            Add(DiagnosticKind.DuplicateCode, path + ".output", "data set " + output + " is written already; every step writes a new data set");
        }
        written.Add(output);
        return kind switch
        {
            "denominate" => new DenominateStep(input, output, path, item.TryGetProperty("denominators", out var d) && Object(d, path + ".denominators", null)
                ? d.EnumerateObject().ToImmutableDictionary(p => p.Name, p => String(p.Value, JsonLocator.Child(path + ".denominators", p.Name)) ?? string.Empty, StringComparer.Ordinal)
                : null),
            "impute" => Impute(item, path, input, output),
            "screen" => new ScreenStep(input, output, path,
                Enum(item, path, "by", ScreenRule.Missing, ("missing", ScreenRule.Missing), ("zeros", ScreenRule.Zeros), ("missingOrZeros", ScreenRule.MissingOrZeros)),
                Optional(item, path, "threshold", 0, 1) ?? (2.0 / 3),
                Optional(item, path, "zeroThreshold", 0, 1) ?? 0.05,
                Codes(item, path, "include"),
                Codes(item, path, "exclude")),
            "treat" => Treat(item, path, input, output),
            "normalise" => new NormaliseStep(input, output, path, Normalise(item, path, NormaliseSpec.Default), Overrides(item, path + ".indicators", "indicators", (e, p) => Normalise(e, p, null))!,
                !item.TryGetProperty("global", out var global) || Bool(global, path + ".global")),
            _ => new AggregateStep(input, output, path, Aggregate(item, path, AggregateSpec.Default),
                item.TryGetProperty("weights", out var w) ? String(w, path + ".weights") ?? CompositeModel.OriginalWeights : CompositeModel.OriginalWeights,
                Overrides(item, path + ".levels", "levels", (e, p) => Aggregate(e, p, null)).Where(l => int.TryParse(l.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _) || Bad(JsonLocator.Child(path + ".levels", l.Key), "a level must be a whole number"))
                    .ToImmutableDictionary(l => int.Parse(l.Key, CultureInfo.InvariantCulture), l => l.Value!),
                Overrides(item, path + ".nodes", "nodes", (e, p) => Aggregate(e, p, null))!),
        };
    }

    private TreatStep Treat(JsonElement item, string path, string input, string output)
    {
        var spec = Treat(item, path, TreatSpec.Default, own: false)!;
        return new TreatStep(input, output, path, spec, Overrides(item, path + ".indicators", "indicators", (e, p) => Treat(e, p, spec, own: true)));
    }

    private ImputeStep Impute(JsonElement item, string path, string input, string output)
    {
        var method = Enum(item, path, "method", ImputeMethod.Mean, ("mean", ImputeMethod.Mean), ("median", ImputeMethod.Median), ("groupMean", ImputeMethod.GroupMean),
            ("groupMedian", ImputeMethod.GroupMedian), ("latest", ImputeMethod.Latest), ("linear", ImputeMethod.Linear), ("constant", ImputeMethod.Constant), ("em", ImputeMethod.Em));
        var group = item.TryGetProperty("group", out var g) ? String(g, path + ".group") : null;
        var byGroup = method is ImputeMethod.GroupMean or ImputeMethod.GroupMedian;
        if ((group is null) == byGroup)
        {
            Add(DiagnosticKind.MissingAttribute, path + ".group", group is null ? "a group method needs a group column" : "group is given but the method is not by group");
        }
        // COINr's impute_by: "column", "row" or "df" (the whole table), here "table"; EM works only on a table.
        var by = Enum(item, path, "by", method == ImputeMethod.Em ? 2 : 0, ("column", 0), ("row", 1), ("table", 2));
        var (byRow, byTable) = (by == 1, by == 2);
        var spec = new ImputeSpec(method, group, byRow, byTable,
            !item.TryGetProperty("normaliseFirst", out var n) || Bool(n, path + ".normaliseFirst"),
            Whole(item, path, "groupLevel", 2), Whole(item, path, "maxTime", 1), Whole(item, path, "period", int.MinValue));
        if (byRow && method is not (ImputeMethod.Mean or ImputeMethod.Median))
        {
            Add(DiagnosticKind.UnknownValue, path + ".by", "by row takes the mean or the median of a unit's indicators, not " + item.GetProperty("method").GetString());
        }
        if (byTable != (method == ImputeMethod.Em))
        {
            Add(DiagnosticKind.UnknownValue, path + ".by", byTable
                ? "by table takes the method em (the EM algorithm over the whole table), not " + Name(method)
                : "the method em imputes a whole table: by table, not by " + (byRow ? "row" : "column"));
        }
        foreach (var (property, applies, what) in new[]
        {
            ("normaliseFirst", byRow, "by row"), ("groupLevel", byRow || byTable, "by row or by table"),
            ("maxTime", method == ImputeMethod.Latest, "the method latest"), ("period", spec.Panel, "the panel methods (latest, linear, constant)"),
        })
        {
            if (!applies && item.TryGetProperty(property, out _))
            {
                Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, property), property + " applies only to " + what);
            }
        }
        return new ImputeStep(input, output, path, spec);
    }

    private int? Whole(JsonElement e, string path, string property, int min) =>
        Optional(e, path, property, min, int.MaxValue) is { } n && (n == Math.Floor(n) || Bad(JsonLocator.Child(path, property), property + " must be a whole number")) ? (int)n : null;

    private TreatSpec? Treat(JsonElement e, string path, TreatSpec fallback, bool own)
    {
        if (own)
        {
            if (e.ValueKind == JsonValueKind.String && e.GetString() == "none")
            {
                return null;
            }
            if (!Object(e, path, TreatProperties))
            {
                return fallback;
            }
        }
        var winmax = fallback.Winmax;
        if (e.TryGetProperty("winmax", out var w))
        {
            winmax = w.ValueKind == JsonValueKind.Null ? null : Number(w, path + ".winmax", 0, 10_000) is { } n && n == Math.Floor(n) ? (int)n : Bad(path + ".winmax", "winmax must be a whole number or null") ? null : fallback.Winmax;
        }
        var then = Enum(e, path, "then", fallback.Then, ("logCT", FallbackTransform.LogCT), ("logCTPlus", FallbackTransform.LogCTPlus), ("boxCox", FallbackTransform.BoxCox), ("none", FallbackTransform.None));
        var lambda = Optional(e, path, "lambda", double.MinValue, double.MaxValue);
        if (then == FallbackTransform.BoxCox && lambda is null && !(fallback.Then == FallbackTransform.BoxCox && own))
        {
            Add(DiagnosticKind.MissingAttribute, JsonLocator.Child(path, "lambda"), "boxCox needs its lambda (COINr's boxcox has no default)");
        }
        foreach (var property in new[] { "lambda", "makePositive" })
        {
            if (then != FallbackTransform.BoxCox && e.TryGetProperty(property, out _))
            {
                Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, property), property + " applies only to then boxCox");
            }
        }
        return new TreatSpec(
            winmax,
            Optional(e, path, "skewThreshold", 0, double.MaxValue) ?? fallback.SkewThreshold,
            Optional(e, path, "kurtosisThreshold", double.MinValue, double.MaxValue) ?? fallback.KurtosisThreshold,
            then,
            e.TryGetProperty("forceWinsorise", out var f) ? Bool(f, path + ".forceWinsorise") : fallback.ForceWinsorise,
            lambda ?? fallback.Lambda,
            e.TryGetProperty("makePositive", out var m) ? Bool(m, path + ".makePositive") : fallback.MakePositive,
            !own && e.TryGetProperty("combine", out var c) ? Bool(c, path + ".combine") : fallback.Combine);
    }

    private NormaliseSpec Normalise(JsonElement e, string path, NormaliseSpec? fallback)
    {
        if (fallback is null)
        {
            Object(e, path, NormaliseProperties);
        }
        var method = Enum(e, path, "method", NormaliseMethod.MinMax,
            ("minMax", NormaliseMethod.MinMax), ("zScore", NormaliseMethod.ZScore), ("scaled", NormaliseMethod.Scaled), ("rank", NormaliseMethod.Rank),
            ("percentileRank", NormaliseMethod.PercentileRank), ("borda", NormaliseMethod.Borda), ("distanceToMax", NormaliseMethod.DistanceToMax),
            ("distanceToReference", NormaliseMethod.DistanceToReference), ("distanceToTarget", NormaliseMethod.DistanceToTarget),
            ("fractionOfMax", NormaliseMethod.FractionOfMax), ("goalposts", NormaliseMethod.Goalposts), ("none", NormaliseMethod.None));
        var (lower, upper) = method == NormaliseMethod.MinMax ? (0d, 100d) : (0d, 1d);
        var ranged = e.TryGetProperty("range", out var range);
        if (ranged)
        {
            if (method is NormaliseMethod.ZScore or NormaliseMethod.None)
            {
                Add(DiagnosticKind.UnknownValue, path + ".range", method == NormaliseMethod.ZScore
                    ? "range does not apply to zScore: its scale is set by mean and sd (mapping z-scores onto a range by their extremes is minMax)"
                    : "range does not apply to none, which only applies the direction");
            }
            (lower, upper) = Pair(range, path + ".range", strictlyIncreasing: true) ?? (lower, upper);
        }
        (double, double)? posts = e.TryGetProperty("goalposts", out var g) ? Pair(g, path + ".goalposts", strictlyIncreasing: true) : null;
        if (method is NormaliseMethod.Goalposts or NormaliseMethod.Scaled && posts is null)
        {
            Add(DiagnosticKind.MissingAttribute, path + ".goalposts", Name(method) + " needs goalposts [lower, upper] in the indicator's units");
        }
        var reference = e.TryGetProperty("reference", out var r) ? String(r, path + ".reference") : null;
        if (method == NormaliseMethod.DistanceToReference && reference is null)
        {
            Add(DiagnosticKind.MissingAttribute, path + ".reference", "distanceToReference needs a reference unit code");
        }
        return new NormaliseSpec(method, lower, upper,
            Optional(e, path, "mean", double.MinValue, double.MaxValue) ?? 0,
            Optional(e, path, "sd", double.Epsilon, double.MaxValue) ?? 1,
            reference,
            e.TryGetProperty("capMax", out var c) && Bool(c, path + ".capMax"),
            Optional(e, path, "target", double.MinValue, double.MaxValue),
            posts?.Item1, posts?.Item2,
            !e.TryGetProperty("truncate", out var tr) || Bool(tr, path + ".truncate"),
            ranged);
    }

    private AggregateSpec Aggregate(JsonElement e, string path, AggregateSpec? fallback)
    {
        if (fallback is null)
        {
            Object(e, path, AggregateProperties);
        }
        var method = Enum(e, path, "method", AggregateMethod.Arithmetic, ("arithmetic", AggregateMethod.Arithmetic), ("geometric", AggregateMethod.Geometric),
            ("harmonic", AggregateMethod.Harmonic), ("generalised", AggregateMethod.Generalised), ("copeland", AggregateMethod.Copeland));
        var p = Optional(e, path, "p", double.MinValue, double.MaxValue);
        if (method == AggregateMethod.Generalised && p is null or 0)
        {
            Add(DiagnosticKind.MissingAttribute, path + ".p", "the generalised mean needs an exponent p other than 0 (p = 0 is the geometric mean)");
        }
        return new AggregateSpec(method, p ?? 1, Optional(e, path, "shift", 0, double.MaxValue) ?? 0, Optional(e, path, "threshold", 0, 1) ?? 0);
    }

    private ImmutableDictionary<string, T?> Overrides<T>(JsonElement item, string path, string property, Func<JsonElement, string, T?> read)
        where T : class
    {
        var result = ImmutableDictionary.CreateBuilder<string, T?>(StringComparer.Ordinal);
        if (item.TryGetProperty(property, out var map) && Object(map, path, null))
        {
            foreach (var entry in map.EnumerateObject())
            {
                result[entry.Name] = read(entry.Value, JsonLocator.Child(path, entry.Name));
            }
        }
        return result.ToImmutable();
    }

    private T Enum<T>(JsonElement e, string path, string property, T fallback, params (string Name, T Value)[] values)
    {
        if (!e.TryGetProperty(property, out var p))
        {
            return fallback;
        }
        var text = String(p, JsonLocator.Child(path, property));
        foreach (var (name, value) in values)
        {
            if (name == text)
            {
                return value;
            }
        }
        if (text is not null)
        {
            Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, property), property + " must be one of " + string.Join(", ", values.Select(v => v.Name)) + ", not '" + text + "'");
        }
        return fallback;
    }

    private static string Name<T>(T method)
        where T : struct, System.Enum => char.ToLowerInvariant(method.ToString()[0]) + method.ToString()[1..];

    private (double, double)? Pair(JsonElement e, string path, bool strictlyIncreasing)
    {
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() != 2)
        {
            Add(DiagnosticKind.MalformedJson, path, "expected an array of two numbers");
            return null;
        }
        var a = Number(e[0], path + "[0]", double.MinValue, double.MaxValue);
        var b = Number(e[1], path + "[1]", double.MinValue, double.MaxValue);
        if (a is null || b is null)
        {
            return null;
        }
        if (strictlyIncreasing && !(a < b))
        {
            Add(DiagnosticKind.ValueOutOfRange, path, "the first number must be below the second");
            return null;
        }
        return (a.Value, b.Value);
    }

    private double? Optional(JsonElement e, string path, string property, double min, double max) =>
        e.TryGetProperty(property, out var p) ? Number(p, JsonLocator.Child(path, property), min, max) : null;

    private double? Number(JsonElement e, string path, double min, double max)
    {
        if (e.ValueKind != JsonValueKind.Number)
        {
            Add(DiagnosticKind.MalformedJson, path, "expected a number, found " + e.ValueKind.ToString().ToLowerInvariant());
            return null;
        }
        var value = e.GetDouble();
        if (value < min || value > max || !double.IsFinite(value))
        {
            Add(DiagnosticKind.ValueOutOfRange, path, Invariant.Format($"{e.GetRawText()} is outside [{min:R}, {max:R}]"));
            return null;
        }
        return value;
    }

    private bool Bool(JsonElement e, string path)
    {
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return e.GetBoolean();
        }
        Add(DiagnosticKind.MalformedJson, path, "expected true or false");
        return false;
    }

    private string? String(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString()))
        {
            return e.GetString();
        }
        Add(DiagnosticKind.MalformedJson, path, "expected a non-blank string");
        return null;
    }

    private ImmutableArray<string> Codes(JsonElement e, string path, string property)
    {
        if (!e.TryGetProperty(property, out var list))
        {
            return [];
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            Add(DiagnosticKind.MalformedJson, JsonLocator.Child(path, property), "expected an array of unit codes");
            return [];
        }
        return [.. list.EnumerateArray().Select((c, i) => String(c, Invariant.Format($"{path}.{property}[{i}]"))).OfType<string>()];
    }

    /// <summary>Checks an object: (when <paramref name="allowed"/> is given) no property the format does not define.
    /// A repeated property was refused before, by <see cref="JsonWalker.Open"/>.</summary>
    private bool Object(JsonElement e, string path, string[]? allowed)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Add(DiagnosticKind.MalformedJson, path, "expected an object, found " + e.ValueKind.ToString().ToLowerInvariant());
            return false;
        }
        foreach (var property in e.EnumerateObject())
        {
            if (allowed is not null && !allowed.Contains(property.Name))
            {
                Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, property.Name), "the format has no property " + property.Name + " here (allowed: " + string.Join(", ", allowed) + ")");
            }
        }
        return true;
    }

    private bool Bad(string path, string message)
    {
        Add(DiagnosticKind.UnknownValue, path, message);
        return false;
    }

    private void Add(DiagnosticKind kind, string path, string message) => _json.Add(kind, path, message);
}
