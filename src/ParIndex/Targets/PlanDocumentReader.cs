using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime.Text;
using ParIndex.Geography;
using ParIndex.History;
using ParIndex.Utility;

namespace ParIndex.Targets;

/// <summary>Turns a parsed reform-plan document into plans, collecting every problem with its JSON path.</summary>
internal sealed class PlanDocumentReader
{
    private static readonly Dictionary<string, Comparison> Comparisons = new(StringComparer.Ordinal)
    {
        ["greaterThan"] = Comparison.GreaterThan,
        ["atLeast"] = Comparison.AtLeast,
        ["equalTo"] = Comparison.EqualTo,
        ["atMost"] = Comparison.AtMost,
        ["lessThan"] = Comparison.LessThan,
        ["top"] = Comparison.Top,
        ["inGroup"] = Comparison.InGroup,
        ["achieved"] = Comparison.Achieved,
    };

    private static readonly Dictionary<string, TargetUnit> NumericUnits = new(StringComparer.Ordinal)
    {
        ["percent"] = TargetUnit.Percent,
        ["count"] = TargetUnit.Count,
    };

    private static readonly Dictionary<string, PlanDocumentKind> DocumentKinds = new(StringComparer.Ordinal)
    {
        ["plan"] = PlanDocumentKind.Plan,
        ["decision"] = PlanDocumentKind.Decision,
        ["programme"] = PlanDocumentKind.Programme,
    };

    private static readonly Dictionary<string, GovernmentLevels> Levels = new(StringComparer.Ordinal)
    {
        ["province"] = GovernmentLevels.Province,
        ["district"] = GovernmentLevels.District,
        ["commune"] = GovernmentLevels.Commune,
    };

    private static readonly Dictionary<string, OnlineServiceScheme> Schemes = new(StringComparer.Ordinal)
    {
        ["levels1To4"] = OnlineServiceScheme.Levels1To4,
        ["partialAndFull"] = OnlineServiceScheme.PartialAndFull,
    };

    private static readonly Dictionary<string, PublishedIndex> Indices = new(StringComparer.Ordinal)
    {
        ["par"] = PublishedIndex.Par,
        ["sipas"] = PublishedIndex.Sipas,
    };

    private static readonly Dictionary<string, ProvinceListId> Lists = new(StringComparer.Ordinal)
    {
        ["63"] = ProvinceListId.Units63,
        ["34"] = ProvinceListId.Units34,
    };

    private readonly List<(Diagnostic Diagnostic, string Path)> _problems = [];

    /// <summary>Gets the problems found, each with the JSON path of the element concerned.</summary>
    internal IReadOnlyList<(Diagnostic Diagnostic, string Path)> Problems => _problems;

    /// <summary>Reads the plans, or returns <see langword="null"/> with <see cref="Problems"/> filled.</summary>
    internal ImmutableArray<ReformPlan>? Read(JsonElement root)
    {
        if (!Object(root, "$", "$schema", "formatVersion", "plans"))
        {
            return null;
        }
        if (Int(root, "$", "formatVersion", required: true) is { } version && version != ReformPlanJson.FormatVersion)
        {
            Add(DiagnosticKind.UnknownValue, "$.formatVersion", Invariant.Format($"format version {version} is not supported; this library reads version {ReformPlanJson.FormatVersion}"));
        }
        var plans = new List<ReformPlan>();
        foreach (var (element, path) in Array(root, "$", "plans", required: true))
        {
            if (ReadPlan(element, path) is { } plan)
            {
                plans.Add(plan);
            }
        }
        foreach (var id in plans.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            Add(DiagnosticKind.DuplicateCode, "$.plans", "two or more plans have the id " + id);
        }
        return _problems.Count == 0 ? [.. plans] : null;
    }

    private ReformPlan? ReadPlan(JsonElement plan, string path)
    {
        if (!Object(plan, path, "id", "province", "provinceList", "title", "documentNumber", "documentKind", "issuedOn", "period", "phases", "source", "note", "targets"))
        {
            return null;
        }
        var before = _problems.Count;
        var id = String(plan, path, "id", required: true);
        var title = String(plan, path, "title", required: true);
        var list = Choice(plan, path, "provinceList", Lists) == ProvinceListId.Units34 ? ProvinceList.Units34 : ProvinceList.Units63;
        Province? province = null;
        var code = String(plan, path, "province", required: true);
        if (code is not null && !list.TryGet(code, out province))
        {
            Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, "province"), Invariant.Format($"\"{code}\" is not a code of the {(int)list.Id}-unit list"));
        }
        int? first = null, last = null;
        if (Property(plan, path, "period", required: true) is { } period && Object(period, JsonLocator.Child(path, "period"), "first", "last"))
        {
            first = Int(period, JsonLocator.Child(path, "period"), "first", required: true);
            last = Int(period, JsonLocator.Child(path, "period"), "last", required: true);
        }
        var phases = new List<PlanPhase>();
        foreach (var (element, phasePath) in Array(plan, path, "phases", required: false))
        {
            if (Object(element, phasePath, "name", "first", "last")
                && String(element, phasePath, "name", required: true) is { } name
                && Int(element, phasePath, "first", required: true) is { } from
                && Int(element, phasePath, "last", required: true) is { } to)
            {
                Try(phasePath, () => phases.Add(new PlanPhase(name, from, to)));
            }
        }
        var targets = new List<PlanTarget>();
        var pathById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (element, targetPath) in Array(plan, path, "targets", required: true))
        {
            if (ReadTarget(element, targetPath, phases) is { } target)
            {
                targets.Add(target);
                pathById.TryAdd(target.Id, targetPath);
            }
        }
        var documentNumber = String(plan, path, "documentNumber", required: false);
        var kind = Choice(plan, path, "documentKind", DocumentKinds);
        var issuedOn = Date(plan, path, "issuedOn");
        var source = String(plan, path, "source", required: false);
        var note = String(plan, path, "note", required: false);
        if (_problems.Count > before)
        {
            return null;
        }
        try
        {
            return new ReformPlan(id!, province!, title!, first!.Value, last!.Value, phases, targets)
            {
                DocumentNumber = documentNumber,
                DocumentKind = kind ?? PlanDocumentKind.Unknown,
                IssuedOn = issuedOn,
                Source = source,
                Note = note,
            };
        }
        catch (InvalidPlanException invalid)
        {
            _problems.AddRange(invalid.Diagnostics.Select(d => (d, d.CriterionCode is { } target && pathById.TryGetValue(target, out var at) ? at : path)));
        }
        catch (ArgumentException error)
        {
            Add(DiagnosticKind.ValueOutOfRange, path, Message(error));
        }
        return null;
    }

    private PlanTarget? ReadTarget(JsonElement target, string path, List<PlanPhase> phases)
    {
        if (!Object(target, path, "id", "indicator", "goal", "deadline", "scope", "onlineServices", "note", "alternatives"))
        {
            return null;
        }
        var before = _problems.Count;
        var id = String(target, path, "id", required: true);
        var indicator = ReadIndicator(target, path);
        var goal = ReadGoal(target, path);
        var deadline = ReadDeadline(target, path, phases);
        var scope = ReadScope(target, path);
        var scheme = Choice(target, path, "onlineServices", Schemes);
        var note = String(target, path, "note", required: false);
        var alternatives = new List<TargetAlternative>();
        foreach (var (element, alternativePath) in Array(target, path, "alternatives", required: false))
        {
            if (Object(element, alternativePath, "indicator", "goal", "note"))
            {
                var (altIndicator, altGoal, altNote) = (ReadIndicator(element, alternativePath), ReadGoal(element, alternativePath), String(element, alternativePath, "note", required: false));
                if (altIndicator is not null && altGoal is not null)
                {
                    alternatives.Add(new TargetAlternative(altIndicator, altGoal, altNote));
                }
            }
        }
        if (_problems.Count > before)
        {
            return null;
        }
        PlanTarget? result = null;
        Try(path, () => result = new PlanTarget(id!, indicator!, goal!, deadline!)
        {
            Scope = scope ?? TargetScope.Unspecified,
            OnlineServices = scheme ?? OnlineServiceScheme.None,
            Note = note,
            Alternatives = [.. alternatives],
        });
        return result;
    }

    private Indicator? ReadIndicator(JsonElement owner, string ownerPath)
    {
        var path = JsonLocator.Child(ownerPath, "indicator");
        if (Property(owner, ownerPath, "indicator", required: true) is not { } indicator || !Object(indicator, path, "id", "wording", "published"))
        {
            return null;
        }
        var id = String(indicator, path, "id", required: true);
        var wording = String(indicator, path, "wording", required: true);
        var published = Choice(indicator, path, "published", Indices);
        Indicator? result = null;
        if (id is not null && wording is not null)
        {
            Try(path, () => result = new Indicator(id, wording, published));
        }
        return result;
    }

    private Goal? ReadGoal(JsonElement owner, string ownerPath)
    {
        var path = JsonLocator.Child(ownerPath, "goal");
        if (Property(owner, ownerPath, "goal", required: true) is not { } goal || !Object(goal, path, "comparison", "threshold", "unit", "group"))
        {
            return null;
        }
        var comparison = Choice(goal, path, "comparison", Comparisons, required: true);
        var threshold = Decimal(goal, path, "threshold");
        var unit = Choice(goal, path, "unit", NumericUnits);
        var group = String(goal, path, "group", required: false);
        if (comparison is not { } c)
        {
            return null;
        }
        var needsThreshold = c is not (Comparison.InGroup or Comparison.Achieved);
        if (needsThreshold != threshold.HasValue)
        {
            Add(needsThreshold ? DiagnosticKind.MissingAttribute : DiagnosticKind.UnknownValue, path, needsThreshold ? "this comparison needs a \"threshold\"" : "this comparison takes no \"threshold\"");
            return null;
        }
        if ((c == Comparison.InGroup) != (group is not null) || (unit is not null && c is Comparison.Top or Comparison.InGroup or Comparison.Achieved))
        {
            Add(DiagnosticKind.UnknownValue, path, "\"group\" goes with \"inGroup\" only (and is required there); \"unit\" with numeric comparisons only");
            return null;
        }
        if (c == Comparison.Top && !(decimal.IsInteger(threshold!.Value) && threshold.Value is >= 1 and <= int.MaxValue))
        {
            Add(DiagnosticKind.ValueOutOfRange, JsonLocator.Child(path, "threshold"), "top N needs a whole N of 1 or more");
            return null;
        }
        Goal? result = null;
        Try(path, () => result = c switch
        {
            Comparison.GreaterThan => Goal.GreaterThan(threshold!.Value, unit ?? TargetUnit.Percent),
            Comparison.AtLeast => Goal.AtLeast(threshold!.Value, unit ?? TargetUnit.Percent),
            Comparison.EqualTo => Goal.EqualTo(threshold!.Value, unit ?? TargetUnit.Percent),
            Comparison.AtMost => Goal.AtMost(threshold!.Value, unit ?? TargetUnit.Percent),
            Comparison.LessThan => Goal.LessThan(threshold!.Value, unit ?? TargetUnit.Percent),
            Comparison.Top => Goal.Top((int)threshold!.Value),
            Comparison.InGroup => Goal.InGroup(group!),
            _ => Goal.Achieved(),
        });
        return result;
    }

    private Deadline? ReadDeadline(JsonElement owner, string ownerPath, List<PlanPhase> phases)
    {
        var path = JsonLocator.Child(ownerPath, "deadline");
        if (Property(owner, ownerPath, "deadline", required: true) is not { } deadline || !Object(deadline, path, "year", "date", "phase"))
        {
            return null;
        }
        var count = deadline.EnumerateObject().Count(p => p.Name is "year" or "date" or "phase");
        if (count != 1)
        {
            Add(DiagnosticKind.MissingAttribute, path, "a deadline has exactly one of \"year\", \"date\" or \"phase\"");
            return null;
        }
        Deadline? result = null;
        if (Int(deadline, path, "year", required: false) is { } year)
        {
            Try(path, () => result = Deadline.InYear(year));
        }
        else if (Date(deadline, path, "date") is { } date)
        {
            Try(path, () => result = Deadline.On(date));
        }
        else if (String(deadline, path, "phase", required: false) is { } name)
        {
            result = phases.FirstOrDefault(p => string.Equals(p.Name, Text.Nfc(name.Trim()), StringComparison.Ordinal)) is { } phase
                ? Deadline.EndOf(phase)
                : null;
            if (result is null)
            {
                Add(DiagnosticKind.OutsidePlanPeriod, JsonLocator.Child(path, "phase"), "the plan has no phase named \"" + name + "\"");
            }
        }
        return result;
    }

    private TargetScope? ReadScope(JsonElement owner, string ownerPath)
    {
        var path = JsonLocator.Child(ownerPath, "scope");
        if (Property(owner, ownerPath, "scope", required: false) is not { } scope || !Object(scope, path, "levels", "sectors"))
        {
            return null;
        }
        var levels = GovernmentLevels.None;
        foreach (var (element, levelPath) in Array(scope, path, "levels", required: false))
        {
            if (element.ValueKind == JsonValueKind.String && Levels.TryGetValue(element.GetString()!, out var level))
            {
                levels |= level;
            }
            else
            {
                Add(DiagnosticKind.UnknownValue, levelPath, "expected one of " + string.Join(", ", Levels.Keys.Select(k => "\"" + k + "\"")));
            }
        }
        var sectors = new List<string>();
        foreach (var (element, sectorPath) in Array(scope, path, "sectors", required: false))
        {
            if (element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString()))
            {
                sectors.Add(element.GetString()!);
            }
            else
            {
                Add(DiagnosticKind.MalformedJson, sectorPath, "expected a non-empty string");
            }
        }
        return new TargetScope(levels, sectors);
    }

    // ---- generic helpers: each reports its own problem and returns null.

    private bool Object(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(DiagnosticKind.MalformedJson, path, "expected an object");
            return false;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, property.Name), "the format has no property \"" + property.Name + "\" here");
            }
        }
        return true;
    }

    private JsonElement? Property(JsonElement owner, string path, string name, bool required)
    {
        if (owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }
        if (required)
        {
            Add(DiagnosticKind.MissingAttribute, path, "missing \"" + name + "\"");
        }
        return null;
    }

    private string? String(JsonElement owner, string path, string name, bool required)
    {
        if (Property(owner, path, name, required) is not { } value)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String || (required && string.IsNullOrWhiteSpace(value.GetString())))
        {
            Add(DiagnosticKind.MalformedJson, JsonLocator.Child(path, name), required ? "expected a non-empty string" : "expected a string");
            return null;
        }
        return value.GetString();
    }

    private int? Int(JsonElement owner, string path, string name, bool required)
    {
        if (Property(owner, path, name, required) is not { } value)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }
        Add(DiagnosticKind.MalformedJson, JsonLocator.Child(path, name), "expected a whole number");
        return null;
    }

    private decimal? Decimal(JsonElement owner, string path, string name)
    {
        if (Property(owner, path, name, required: false) is not { } value)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }
        Add(DiagnosticKind.MalformedJson, JsonLocator.Child(path, name), "expected a number");
        return null;
    }

    private NodaTime.LocalDate? Date(JsonElement owner, string path, string name)
    {
        if (String(owner, path, name, required: false) is not { } text)
        {
            return null;
        }
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }
        Add(DiagnosticKind.MalformedJson, JsonLocator.Child(path, name), "expected a date such as \"2019-12-31\"");
        return null;
    }

    private T? Choice<T>(JsonElement owner, string path, string name, Dictionary<string, T> choices, bool required = false)
        where T : struct
    {
        if (Property(owner, path, name, required) is not { } value)
        {
            return null;
        }
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (text is not null && choices.TryGetValue(text, out var choice))
        {
            return choice;
        }
        Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, name), "expected one of " + string.Join(", ", choices.Keys.Select(k => "\"" + k + "\"")));
        return null;
    }

    private IEnumerable<(JsonElement Element, string Path)> Array(JsonElement owner, string path, string name, bool required)
    {
        if (Property(owner, path, name, required) is not { } value)
        {
            return [];
        }
        var arrayPath = JsonLocator.Child(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Add(DiagnosticKind.MalformedJson, arrayPath, "expected an array");
            return [];
        }
        return [.. value.EnumerateArray().Select((element, i) => (element, Invariant.Format($"{arrayPath}[{i}]")))];
    }

    private void Try(string path, Action build)
    {
        try
        {
            build();
        }
        catch (ArgumentException error)
        {
            Add(DiagnosticKind.ValueOutOfRange, path, Message(error));
        }
    }

    /// <summary>"threshold: Value should be in range [0-100], got 120": the model's invariant message, without the
    /// runtime's localised " (Parameter 'x')" and "Actual value was" parts.</summary>
    private static string Message(ArgumentException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        message = (cut >= 0 ? message[..cut] : message).ReplaceLineEndings(" ").Trim();
        if (error.ParamName is { } parameter)
        {
            message = parameter + ": " + message;
        }
        return error is ArgumentOutOfRangeException { ActualValue: { } actual }
            ? message + ", got " + Convert.ToString(actual, CultureInfo.InvariantCulture)
            : message;
    }

    private void Add(DiagnosticKind kind, string path, string message) => _problems.Add((new Diagnostic(kind, null, message), path));
}
