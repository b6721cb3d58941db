using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ParIndex.Rules;
using ParIndex.Utility;

namespace ParIndex.Methodologies;

/// <summary>Turns a deserialised document into a methodology, collecting every problem with its JSON path.</summary>
internal sealed class MethodologyDocumentReader
{
    private readonly List<(Diagnostic Diagnostic, string Path)> _problems = [];

    private static readonly Dictionary<string, SubjectKind> SubjectKinds = new(StringComparer.Ordinal)
    {
        ["province"] = SubjectKind.Province,
        ["ministry"] = SubjectKind.Ministry,
        ["custom"] = SubjectKind.Custom,
    };

    private static readonly Dictionary<string, AssessmentSource> Sources = new(StringComparer.Ordinal)
    {
        ["appraisedSelfAssessment"] = AssessmentSource.AppraisedSelfAssessment,
        ["sociologicalSurvey"] = AssessmentSource.SociologicalSurvey,
        ["other"] = AssessmentSource.Other,
    };

    // The parameters each rule kind takes; any other parameter given is an error, not silently ignored.
    private static readonly Dictionary<string, string[]> RuleParameters = new(StringComparer.Ordinal)
    {
        ["percentBands"] = ["bands"],
        ["countBands"] = ["bands"],
        ["timeliness"] = ["due", "dueYearOffset", "onTime", "late", "notDone"],
        ["yesNo"] = ["yes", "no"],
        ["allConditions"] = ["points", "conditions"],
        ["proportional"] = [],
        ["deduction"] = ["perOccurrence", "floor"],
        ["surveyPercentage"] = [],
    };

    private readonly Dictionary<string, string> _pathByCode = new(StringComparer.Ordinal);

    /// <summary>Gets the problems found, each with the JSON path of the element concerned.</summary>
    internal IReadOnlyList<(Diagnostic Diagnostic, string Path)> Problems => _problems;

    /// <summary>Reads the methodology, or returns <see langword="null"/> with <see cref="Problems"/> filled.</summary>
    internal Methodology? Read(MethodologyDocument document)
    {
        Unknown(document.Extra, "$");
        if (document.FormatVersion is null)
        {
            Missing("$", "formatVersion");
        }
        else if (document.FormatVersion != MethodologyJson.FormatVersion)
        {
            Add(DiagnosticKind.UnknownValue, "$.formatVersion", Invariant.Format($"format version {document.FormatVersion} is not supported; this library reads version {MethodologyJson.FormatVersion}"));
        }
        var id = Required(document.Id, "$", "id");
        var title = Required(document.Title, "$", "title");
        var subject = Choice(document.SubjectKind, "$", "subjectKind", SubjectKinds);
        var years = ReadYears(document.Years);
        var maxPoints = Required(document.MaxPoints, "$", "maxPoints");
        var legalBasis = ReadLegalBasis(document.LegalBasis);
        foreach (var (cap, name) in new[] { (document.BonusCap, "bonusCap"), (document.PenaltyCap, "penaltyCap") })
        {
            if (cap is { } value && (value < 0m || !Points.Fits(value)))
            {
                Add(DiagnosticKind.UnknownValue, JsonLocator.Child("$", name), Invariant.Format($"{name} {Invariant.Format(value)} must be 0 or more, with at most 10 decimal places"));
            }
        }
        var areas = new List<Area>();
        if (Required(document.Areas, "$", "areas") is { } areaDocuments)
        {
            for (var i = 0; i < areaDocuments.Count; i++)
            {
                if (ReadNode(areaDocuments[i], Invariant.Format($"$.areas[{i}]"), isArea: true) is Area area)
                {
                    areas.Add(area);
                }
            }
        }

        if (_problems.Count > 0)
        {
            return null;
        }
        try
        {
            return new Methodology(id!, title!, subject!.Value, years!.Value, maxPoints!.Value, areas, legalBasis)
            {
                BonusCap = document.BonusCap ?? 0m,
                PenaltyCap = document.PenaltyCap ?? 0m,
            };
        }
        catch (InvalidMethodologyException invalid)
        {
            _problems.AddRange(invalid.Diagnostics.Select(d => (d, d.CriterionCode is { } code && _pathByCode.TryGetValue(code, out var path) ? path : "$")));
            return null;
        }
    }

    private AssessmentYears? ReadYears(YearsDocument? years)
    {
        if (Required(years, "$", "years") is not { } document)
        {
            return null;
        }
        Unknown(document.Extra, "$.years");
        if (Required(document.First, "$.years", "first") is not { } first)
        {
            return null;
        }
        try
        {
            return document.Last is { } last ? AssessmentYears.Between(first, last) : AssessmentYears.From(first);
        }
        catch (ArgumentOutOfRangeException)
        {
            Add(DiagnosticKind.UnknownValue, "$.years", Invariant.Format($"years {first}–{document.Last} are not a range of years from 1 to 9999, first before last"));
            return null;
        }
    }

    private LegalBasis? ReadLegalBasis(LegalBasisDocument? basis)
    {
        if (basis is null)
        {
            return null;
        }
        Unknown(basis.Extra, "$.legalBasis");
        var number = Required(basis.DocumentNumber, "$.legalBasis", "documentNumber");
        return string.IsNullOrWhiteSpace(number) ? null : new LegalBasis(number, basis.IssuedOn, basis.Title);
    }

    private MethodologyNode? ReadNode(NodeDocument? node, string path, bool isArea)
    {
        if (node is null)
        {
            Add(DiagnosticKind.MalformedJson, path, isArea ? "an area must be an object, not null" : "a criterion must be an object, not null");
            return null;
        }
        Unknown(node.Extra, path);
        var code = Required(node.Code, path, "code");
        if (code is not null)
        {
            _pathByCode[code] = path;
        }
        var name = Required(node.Name, path, "name");
        var maxPoints = Required(node.MaxPoints, path, "maxPoints");

        var (childrenName, wrongName, children, wrong) = isArea
            ? ("criteria", "subCriteria", node.Criteria, node.SubCriteria)
            : ("subCriteria", "criteria", node.SubCriteria, node.Criteria);
        if (wrong is not null)
        {
            Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, wrongName), Invariant.Format($"{(isArea ? "an area" : "a criterion")} lists its children under \"{childrenName}\", not \"{wrongName}\""));
        }
        var read = new List<Criterion>();
        for (var i = 0; i < (children?.Count ?? 0); i++)
        {
            if (ReadNode(children![i], JsonLocator.Child(path, childrenName) + Invariant.Format($"[{i}]"), isArea: false) is Criterion child)
            {
                read.Add(child);
            }
        }

        if (isArea)
        {
            if (node.Rule is not null || node.Source is not null)
            {
                Add(DiagnosticKind.UnknownValue, path, "an area carries no rule and no source: its criteria do");
            }
            return code is null || name is null || maxPoints is null ? null
                : new Area { Code = code, Name = name, EnglishName = node.EnglishName, MaxPoints = maxPoints.Value, Weight = node.Weight, Criteria = [.. read] };
        }

        var source = node.Source is null ? AssessmentSource.AppraisedSelfAssessment : Choice(node.Source, path, "source", Sources);
        var rule = node.Rule is null ? null : ReadRule(node.Rule, JsonLocator.Child(path, "rule"));
        return code is null || name is null || maxPoints is null || source is null ? null
            : new Criterion { Code = code, Name = name, EnglishName = node.EnglishName, MaxPoints = maxPoints.Value, Weight = node.Weight, Source = source.Value, Rule = rule, SubCriteria = [.. read] };
    }

    private ScoringRule? ReadRule(RuleDocument rule, string path)
    {
        Unknown(rule.Extra, path);
        if (Required(rule.Kind, path, "kind") is not { } kind)
        {
            return null;
        }
        if (!RuleParameters.TryGetValue(kind, out var parameters))
        {
            Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, "kind"), Invariant.Format($"unknown rule kind \"{kind}\"; expected one of {string.Join(", ", RuleParameters.Keys)}"));
            return null;
        }
        foreach (var given in Given(rule).Where(g => !parameters.Contains(g, StringComparer.Ordinal)))
        {
            Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, given), Invariant.Format($"a {kind} rule takes no \"{given}\""));
        }

        switch (kind)
        {
            case "percentBands":
            case "countBands":
                var bands = ReadBands(rule.Bands, path);
                return bands is null ? null : kind == "percentBands" ? BandRule.ForPercent(bands) : BandRule.ForCount(bands);
            case "timeliness":
                var due = Required(rule.Due, path, "due");
                var onTime = Required(rule.OnTime, path, "onTime");
                var late = Required(rule.Late, path, "late");
                return due is null || onTime is null || late is null ? null
                    : new TimelinessRule(due.Value, rule.DueYearOffset ?? 0, onTime.Value, late.Value, rule.NotDone ?? 0m);
            case "yesNo":
                return Required(rule.Yes, path, "yes") is { } yes ? new YesNoRule(yes, rule.No ?? 0m) : null;
            case "allConditions":
                var points = Required(rule.Points, path, "points");
                var conditions = Required(rule.Conditions, path, "conditions");
                if (conditions is not null && conditions.Any(c => c is null))
                {
                    Add(DiagnosticKind.MalformedJson, JsonLocator.Child(path, "conditions"), "a condition must be a string, not null");
                    return null;
                }
                return points is null || conditions is null ? null : new AllConditionsRule(points.Value, conditions!);
            case "deduction":
                return Required(rule.PerOccurrence, path, "perOccurrence") is { } perOccurrence ? new DeductionRule(perOccurrence, rule.Floor ?? 0m) : null;
            case "proportional":
                return new ProportionalRule();
            default:
                return new SurveyPercentageRule();
        }
    }

    private List<Band>? ReadBands(List<BandDocument?>? bands, string path)
    {
        if (Required(bands, path, "bands") is not { } documents)
        {
            return null;
        }
        var read = new List<Band>();
        var complete = true;
        for (var i = 0; i < documents.Count; i++)
        {
            var bandPath = JsonLocator.Child(path, "bands") + Invariant.Format($"[{i}]");
            if (documents[i] is not { } band)
            {
                Add(DiagnosticKind.MalformedJson, bandPath, "a band must be an object, not null");
                complete = false;
                continue;
            }
            Unknown(band.Extra, bandPath);
            var points = Required(band.Points, bandPath, "points");
            // Bounds are explicit: a bound without its inclusiveness is an error, never a guess.
            var lowerInclusive = band.Lower is null ? false : Required(band.LowerInclusive, bandPath, "lowerInclusive");
            var upperInclusive = band.Upper is null ? false : Required(band.UpperInclusive, bandPath, "upperInclusive");
            if (band.Lower is null && band.LowerInclusive is not null)
            {
                Add(DiagnosticKind.UnknownValue, JsonLocator.Child(bandPath, "lowerInclusive"), "\"lowerInclusive\" needs a \"lower\" bound");
            }
            if (band.Upper is null && band.UpperInclusive is not null)
            {
                Add(DiagnosticKind.UnknownValue, JsonLocator.Child(bandPath, "upperInclusive"), "\"upperInclusive\" needs an \"upper\" bound");
            }
            if (points is null || lowerInclusive is null || upperInclusive is null)
            {
                complete = false;
                continue;
            }
            read.Add(Band.Of(band.Lower, lowerInclusive.Value, band.Upper, upperInclusive.Value, points.Value));
        }
        return complete ? read : null;
    }

    private static IEnumerable<string> Given(RuleDocument rule)
    {
        if (rule.Bands is not null)
        {
            yield return "bands";
        }

        if (rule.Due is not null)
        {
            yield return "due";
        }

        if (rule.DueYearOffset is not null)
        {
            yield return "dueYearOffset";
        }

        if (rule.OnTime is not null)
        {
            yield return "onTime";
        }

        if (rule.Late is not null)
        {
            yield return "late";
        }

        if (rule.NotDone is not null)
        {
            yield return "notDone";
        }

        if (rule.Yes is not null)
        {
            yield return "yes";
        }

        if (rule.No is not null)
        {
            yield return "no";
        }

        if (rule.Points is not null)
        {
            yield return "points";
        }

        if (rule.Conditions is not null)
        {
            yield return "conditions";
        }

        if (rule.PerOccurrence is not null)
        {
            yield return "perOccurrence";
        }

        if (rule.Floor is not null)
        {
            yield return "floor";
        }

    }

    private T? Required<T>(T? value, string path, string property)
        where T : class
    {
        if (value is null)
        {
            Missing(path, property);
        }
        return value;
    }

    private T? Required<T>(T? value, string path, string property)
        where T : struct
    {
        if (value is null)
        {
            Missing(path, property);
        }
        return value;
    }

    private T? Choice<T>(string? value, string path, string property, Dictionary<string, T> choices)
        where T : struct
    {
        if (Required(value, path, property) is not { } text)
        {
            return null;
        }
        if (choices.TryGetValue(text, out var choice))
        {
            return choice;
        }
        Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, property), Invariant.Format($"unknown {property} \"{text}\"; expected one of {string.Join(", ", choices.Keys)}"));
        return null;
    }

    private void Missing(string path, string property) =>
        Add(DiagnosticKind.MissingAttribute, path, Invariant.Format($"the required property \"{property}\" is missing"));

    private void Unknown(Dictionary<string, JsonElement>? extra, string path)
    {
        foreach (var property in extra?.Keys ?? Enumerable.Empty<string>())
        {
            if (path == "$" && property == "$schema")
            {
                continue;
            }
            Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, property), Invariant.Format($"the format has no property \"{property}\""));
        }
    }

    private void Add(DiagnosticKind kind, string path, string message) =>
        _problems.Add((new Diagnostic(kind, null, message), path));
}
