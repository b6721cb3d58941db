using System.Text.Json;
using ParIndex.Geography;
using ParIndex.History;

namespace ParIndex.Targets;

/// <summary>Turns a parsed reform-plan document into plans, collecting every problem with its JSON path.</summary>
internal sealed class PlanDocumentReader
{
    private static readonly Dictionary<string, Comparison> Comparisons = JsonWalker.Names(Comparison.GreaterThan, Comparison.AtLeast, Comparison.EqualTo, Comparison.AtMost, Comparison.LessThan, Comparison.Top, Comparison.InGroup, Comparison.Achieved);

    private static readonly Dictionary<string, TargetValueKind> NumericUnits = JsonWalker.Names(TargetValueKind.Percent, TargetValueKind.Count);

    private static readonly Dictionary<string, PlanDocumentKind> DocumentKinds = JsonWalker.Names(PlanDocumentKind.Plan, PlanDocumentKind.Decision, PlanDocumentKind.Programme);

    private static readonly Dictionary<string, GovernmentLevels> Levels = JsonWalker.Names(GovernmentLevels.Province, GovernmentLevels.District, GovernmentLevels.Commune);

    private static readonly Dictionary<string, OnlineServiceScheme> Schemes = JsonWalker.Names(OnlineServiceScheme.Levels1To4, OnlineServiceScheme.PartialAndFull);

    private static readonly Dictionary<string, PublishedIndex> Indices = JsonWalker.Names(PublishedIndex.Par, PublishedIndex.Sipas);

    private static readonly Dictionary<string, ProvinceListId> Lists = new(StringComparer.Ordinal)
    {
        ["63"] = ProvinceListId.Units63,
        ["34"] = ProvinceListId.Units34,
    };

    private readonly JsonWalker _json = new();

    /// <summary>Reads the plans, or throws with every problem placed.</summary>
    internal static ImmutableArray<ReformPlan> Read(ReadOnlySpan<byte> utf8, int maxBytes, int maxDepth)
    {
        var problems = new List<Diagnostic>();
        using var document = JsonWalker.Open(ref utf8, maxBytes, maxDepth, problems);
        if (document is null)
        {
            throw new InvalidPlanException(problems);
        }
        var reader = new PlanDocumentReader();
        return reader.Read(document.RootElement) ?? throw new InvalidPlanException(reader._json.Placed(utf8, maxDepth, firstTypeErrorOnly: false));
    }

    private ImmutableArray<ReformPlan>? Read(JsonElement root)
    {
        if (!_json.Object(root, "$", "$schema", "formatVersion", "plans"))
        {
            return null;
        }
        if (_json.Int(root, "$", "formatVersion", required: true) is { } version && version != ReformPlan.JsonFormatVersion)
        {
            _json.Add(DiagnosticKind.UnknownValue, "$.formatVersion", JsonMessages.UnsupportedVersion(version, ReformPlan.JsonFormatVersion));
        }
        var plans = new List<ReformPlan>();
        foreach (var (element, path) in _json.Array(root, "$", "plans", required: true))
        {
            if (ReadPlan(element, path) is { } plan)
            {
                plans.Add(plan);
            }
        }
        foreach (var id in plans.GroupBy(p => Text.Key(p.Id), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            _json.Add(DiagnosticKind.DuplicateCode, "$.plans", "two or more plans have the id " + id);
        }
        return _json.ProblemCount == 0 ? [.. plans] : null;
    }

    private ReformPlan? ReadPlan(JsonElement plan, string path)
    {
        if (!_json.Object(plan, path, "id", "province", "provinceList", "title", "documentNumber", "documentKind", "issuedOn", "period", "phases", "source", "note", "targets"))
        {
            return null;
        }
        var before = _json.ProblemCount;
        var id = _json.String(plan, path, "id", required: true, nonEmpty: true);
        var title = _json.String(plan, path, "title", required: true, nonEmpty: true);
        var list = _json.Choice(plan, path, "provinceList", Lists) == ProvinceListId.Units34 ? ProvinceList.Units34 : ProvinceList.Units63;
        Province? province = null;
        var code = _json.String(plan, path, "province", required: true, nonEmpty: true);
        if (code is not null && !list.TryGet(code, out province))
        {
            _json.Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, "province"), Invariant.Format($"\"{code}\" is not a code of the {(int)list.Id}-unit list"));
        }
        int? first = null, last = null;
        if (_json.Property(plan, path, "period", required: true) is { } period && _json.Object(period, JsonLocator.Child(path, "period"), "first", "last"))
        {
            first = _json.Int(period, JsonLocator.Child(path, "period"), "first", required: true);
            last = _json.Int(period, JsonLocator.Child(path, "period"), "last", required: true);
        }
        var phases = new List<PlanPhase>();
        foreach (var (element, phasePath) in _json.Array(plan, path, "phases", required: false))
        {
            if (_json.Object(element, phasePath, "name", "first", "last")
                && _json.String(element, phasePath, "name", required: true, nonEmpty: true) is { } name
                && _json.Int(element, phasePath, "first", required: true) is { } from
                && _json.Int(element, phasePath, "last", required: true) is { } to)
            {
                if (Valid(phasePath, PlanPhase.Check(name, from, to)))
                {
                    phases.Add(new PlanPhase(name, from, to));
                }
            }
        }
        var targets = new List<PlanTarget>();
        var pathById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (element, targetPath) in _json.Array(plan, path, "targets", required: true))
        {
            if (ReadTarget(element, targetPath, phases) is { } target)
            {
                targets.Add(target);
                pathById.TryAdd(target.Id, targetPath);
            }
        }
        var documentNumber = _json.String(plan, path, "documentNumber", required: false);
        var kind = _json.Choice(plan, path, "documentKind", DocumentKinds);
        var issuedOn = _json.Date(plan, path, "issuedOn");
        var source = _json.String(plan, path, "source", required: false);
        var note = _json.String(plan, path, "note", required: false);
        if (_json.ProblemCount > before)
        {
            return null;
        }
        if (!Valid(path, ReformPlan.CheckPeriod(first!.Value, last!.Value)))
        {
            return null;
        }
        // The plan's own rules, placed at the target whose id they name.
        var problems = ReformPlan.Check(province!, first.Value, last.Value, phases, targets);
        foreach (var problem in problems)
        {
            _json.Add(problem, problem.ItemCode is { } target && pathById.TryGetValue(target, out var at) ? at : path);
        }
        return problems.Count > 0 ? null
            : new ReformPlan(id!, province!, title!, first.Value, last.Value, phases, targets)
            {
                DocumentNumber = documentNumber,
                DocumentKind = kind ?? PlanDocumentKind.Unknown,
                IssuedOn = issuedOn,
                Source = source,
                Note = note,
            };
    }

    private PlanTarget? ReadTarget(JsonElement target, string path, List<PlanPhase> phases)
    {
        if (!_json.Object(target, path, "id", "indicator", "goal", "deadline", "scope", "onlineServices", "note", "alternatives"))
        {
            return null;
        }
        var before = _json.ProblemCount;
        var id = _json.String(target, path, "id", required: true, nonEmpty: true);
        var indicator = ReadIndicator(target, path);
        var goal = ReadGoal(target, path);
        var deadline = ReadDeadline(target, path, phases);
        var scope = ReadScope(target, path);
        var scheme = _json.Choice(target, path, "onlineServices", Schemes);
        var note = _json.String(target, path, "note", required: false);
        var alternatives = new List<TargetAlternative>();
        foreach (var (element, alternativePath) in _json.Array(target, path, "alternatives", required: false))
        {
            if (_json.Object(element, alternativePath, "indicator", "goal", "note"))
            {
                var (altIndicator, altGoal, altNote) = (ReadIndicator(element, alternativePath), ReadGoal(element, alternativePath), _json.String(element, alternativePath, "note", required: false));
                if (altIndicator is not null && altGoal is not null)
                {
                    alternatives.Add(new TargetAlternative(altIndicator, altGoal, altNote));
                }
            }
        }
        if (_json.ProblemCount > before)
        {
            return null;
        }
        return !Valid(path, PlanTarget.CheckOnlineServices(scheme ?? OnlineServiceScheme.None, deadline!)) ? null
            : new PlanTarget(id!, indicator!, goal!, deadline!)
            {
                Scope = scope ?? TargetScope.Unspecified,
                OnlineServices = scheme ?? OnlineServiceScheme.None,
                Note = note,
                Alternatives = [.. alternatives],
            };
    }

    private Indicator? ReadIndicator(JsonElement owner, string ownerPath)
    {
        var path = JsonLocator.Child(ownerPath, "indicator");
        if (_json.Property(owner, ownerPath, "indicator", required: true) is not { } indicator || !_json.Object(indicator, path, "id", "wording", "published"))
        {
            return null;
        }
        var id = _json.String(indicator, path, "id", required: true, nonEmpty: true);
        var wording = _json.String(indicator, path, "wording", required: true, nonEmpty: true);
        var published = _json.Choice(indicator, path, "published", Indices);
        return id is not null && wording is not null && Valid(path, Indicator.Check(id, wording)) ? new Indicator(id, wording, published) : null;
    }

    private Goal? ReadGoal(JsonElement owner, string ownerPath)
    {
        var path = JsonLocator.Child(ownerPath, "goal");
        if (_json.Property(owner, ownerPath, "goal", required: true) is not { } goal || !_json.Object(goal, path, "comparison", "threshold", "unit", "group"))
        {
            return null;
        }
        var comparison = _json.Choice(goal, path, "comparison", Comparisons, required: true);
        var threshold = _json.Decimal(goal, path, "threshold", required: false);
        var unit = _json.Choice(goal, path, "unit", NumericUnits);
        var group = _json.String(goal, path, "group", required: false);
        if (comparison is not { } c)
        {
            return null;
        }
        var needsThreshold = c is not (Comparison.InGroup or Comparison.Achieved);
        if (needsThreshold != threshold.HasValue)
        {
            _json.Add(needsThreshold ? DiagnosticKind.MissingAttribute : DiagnosticKind.UnknownValue, path, needsThreshold ? "this comparison needs a \"threshold\"" : "this comparison takes no \"threshold\"");
            return null;
        }
        if ((c == Comparison.InGroup) != (group is not null) || (unit is not null && c is Comparison.Top or Comparison.InGroup or Comparison.Achieved))
        {
            _json.Add(DiagnosticKind.UnknownValue, path, "\"group\" goes with \"inGroup\" only (and is required there); \"unit\" with numeric comparisons only");
            return null;
        }
        if (c == Comparison.Top && !(decimal.IsInteger(threshold!.Value) && threshold.Value is >= 1 and <= int.MaxValue))
        {
            _json.Add(DiagnosticKind.ValueOutOfRange, JsonLocator.Child(path, "threshold"), "top N needs a whole N of 1 or more");
            return null;
        }
        var problem = c switch
        {
            Comparison.Top or Comparison.Achieved => null,
            Comparison.InGroup => ArgumentProblem.Blank(nameof(group), group!),
            _ => Goal.CheckNumeric(threshold!.Value, unit ?? TargetValueKind.Percent),
        };
        return !Valid(path, problem) ? null : c switch
        {
            Comparison.GreaterThan => Goal.GreaterThan(threshold!.Value, unit ?? TargetValueKind.Percent),
            Comparison.AtLeast => Goal.AtLeast(threshold!.Value, unit ?? TargetValueKind.Percent),
            Comparison.EqualTo => Goal.EqualTo(threshold!.Value, unit ?? TargetValueKind.Percent),
            Comparison.AtMost => Goal.AtMost(threshold!.Value, unit ?? TargetValueKind.Percent),
            Comparison.LessThan => Goal.LessThan(threshold!.Value, unit ?? TargetValueKind.Percent),
            Comparison.Top => Goal.Top((int)threshold!.Value),
            Comparison.InGroup => Goal.InGroup(group!),
            _ => Goal.Achieved(),
        };
    }

    private Deadline? ReadDeadline(JsonElement owner, string ownerPath, List<PlanPhase> phases)
    {
        var path = JsonLocator.Child(ownerPath, "deadline");
        if (_json.Property(owner, ownerPath, "deadline", required: true) is not { } deadline || !_json.Object(deadline, path, "year", "date", "phase"))
        {
            return null;
        }
        var count = deadline.EnumerateObject().Count(p => p.Name is "year" or "date" or "phase");
        if (count != 1)
        {
            _json.Add(DiagnosticKind.MissingAttribute, path, "a deadline has exactly one of \"year\", \"date\" or \"phase\"");
            return null;
        }
        Deadline? result = null;
        if (_json.Int(deadline, path, "year", required: false) is { } year)
        {
            result = Valid(path, Deadline.CheckYear(nameof(year), year)) ? Deadline.InYear(year) : null;
        }
        else if (_json.Date(deadline, path, "date") is { } date)
        {
            result = Valid(path, Deadline.CheckYear(nameof(date), date.Year)) ? Deadline.On(date) : null;
        }
        else if (_json.String(deadline, path, "phase", required: false) is { } name)
        {
            result = phases.FirstOrDefault(p => string.Equals(p.Name, Text.Nfc(name.Trim()), StringComparison.Ordinal)) is { } phase
                ? Deadline.EndOf(phase)
                : null;
            if (result is null)
            {
                _json.Add(DiagnosticKind.OutsidePlanPeriod, JsonLocator.Child(path, "phase"), "the plan has no phase named \"" + name + "\"");
            }
        }
        return result;
    }

    private TargetScope? ReadScope(JsonElement owner, string ownerPath)
    {
        var path = JsonLocator.Child(ownerPath, "scope");
        if (_json.Property(owner, ownerPath, "scope", required: false) is not { } scope || !_json.Object(scope, path, "levels", "sectors"))
        {
            return null;
        }
        var levels = GovernmentLevels.None;
        foreach (var (element, levelPath) in _json.Array(scope, path, "levels", required: false))
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                _json.WrongType(levelPath, JsonMessages.ExpectedString);
            }
            else if (Levels.TryGetValue(element.GetString()!, out var level))
            {
                levels |= level;
            }
            else
            {
                _json.Add(DiagnosticKind.UnknownValue, levelPath, JsonMessages.UnknownChoice("level", element.GetString()!, Levels.Keys));
            }
        }
        var sectors = new List<string>();
        foreach (var (element, sectorPath) in _json.Array(scope, path, "sectors", required: false))
        {
            if (element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString()))
            {
                sectors.Add(element.GetString()!);
            }
            else
            {
                _json.Add(DiagnosticKind.MalformedJson, sectorPath, JsonMessages.ExpectedNonEmptyString);
            }
        }
        return new TargetScope(levels, sectors);
    }

    // A model's refusal of an argument becomes a problem at the element read.
    private bool Valid(string path, ArgumentProblem? problem)
    {
        if (problem is not null)
        {
            _json.Add(DiagnosticKind.ValueOutOfRange, path, problem.ToString());
        }
        return problem is null;
    }
}
