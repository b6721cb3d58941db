using System.Text.Json;
using ParIndex.Rules;

namespace ParIndex.Methodologies;

/// <summary>Reads a methodology document (docs/methodology.schema.json) with the <see cref="JsonWalker"/>: every
/// problem of its structure with its JSON path, then, when the structure is sound, the model's problems placed at the
/// node concerned.</summary>
internal sealed class MethodologyDocumentReader
{
    /// <summary>The names of the subject kinds in the format (and in the catalogue); the writer writes them from here too.</summary>
    internal static readonly Dictionary<string, SubjectKind> SubjectKinds = JsonWalker.Names(SubjectKind.Province, SubjectKind.Ministry, SubjectKind.Custom);

    /// <summary>The names of the ways children combine; a document that names none sums points.</summary>
    internal static readonly Dictionary<string, Aggregation> Aggregations = JsonWalker.Names(Aggregation.SumOfPoints, Aggregation.WeightedMean, Aggregation.NormalisedWeightedMean);

    /// <summary>The names of the ways a leaf is assessed; a document that names none means appraised self-assessment.</summary>
    internal static readonly Dictionary<string, AssessmentMethod> Sources = JsonWalker.Names(AssessmentMethod.AppraisedSelfAssessment, AssessmentMethod.SociologicalSurvey, AssessmentMethod.Other);

    // Every parameter a rule can have, in the order problems are reported, and the ones each kind takes: any other
    // parameter given is an error, not silently ignored.
    private static readonly string[] Parameters = ["bands", "due", "dueYearOffset", "onTime", "late", "notDone", "yes", "no", "points", "conditions", "perOccurrence", "floor"];

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

    // The documented range of assessment years, and of a decision's date of issue: the PAR Index began in 2012.
    private const int FirstYear = 2000;
    private const int LastYear = 2100;

    private readonly JsonWalker _json = new();
    private readonly Dictionary<string, string> _pathByCode = new(StringComparer.Ordinal);
    private int _weightProblems; // weights out of range: placed at the weight, and no reason to stop before the model's checks

    /// <summary>Reads and validates a methodology, or throws with every problem placed. A value of the wrong JSON type
    /// is reported alone (the first in the document): what follows from it would only repeat it.</summary>
    internal static Methodology Read(ReadOnlySpan<byte> utf8, MethodologyJsonOptions options)
    {
        var problems = new List<Diagnostic>();
        using var document = JsonWalker.Open(ref utf8, options.MaxBytes, options.MaxDepth, problems);
        if (document is null)
        {
            throw new InvalidMethodologyException(problems);
        }
        var reader = new MethodologyDocumentReader();
        return reader.Read(document.RootElement)
            ?? throw new InvalidMethodologyException(reader._json.Placed(utf8, options.MaxDepth, firstTypeErrorOnly: true));
    }

    private Methodology? Read(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Null)
        {
            _json.Add(DiagnosticKind.MalformedJson, "$", JsonMessages.DocumentIsNull);
            return null;
        }
        if (!_json.Object(root, "$", "$schema", "formatVersion", "id", "title", "subjectKind", "years", "maxPoints", "aggregation", "legalBasis", "bonusCap", "penaltyCap", "areas"))
        {
            return null;
        }
        _json.String(root, "$", "$schema", required: false);
        if (_json.Int(root, "$", "formatVersion", required: true) is { } version && version != Methodology.JsonFormatVersion)
        {
            _json.Add(DiagnosticKind.UnknownValue, "$.formatVersion", JsonMessages.UnsupportedVersion(version, Methodology.JsonFormatVersion));
        }
        var id = _json.String(root, "$", "id", required: true);
        var title = _json.String(root, "$", "title", required: true);
        var subject = _json.Choice(root, "$", "subjectKind", SubjectKinds, required: true);
        var years = ReadYears(_json, root, "$");
        var maxPoints = Held(root, "$", "maxPoints", required: true, code: null);
        CheckPoints(maxPoints, "$", "maxPoints", null);
        var aggregation = _json.Choice(root, "$", "aggregation", Aggregations) ?? Aggregation.SumOfPoints;
        var legalBasis = _json.Property(root, "$", "legalBasis", required: false) is { } basis ? ReadLegalBasis(_json, basis, "$.legalBasis") : null;
        var caps = new decimal[2];
        foreach (var (name, i) in new[] { ("bonusCap", 0), ("penaltyCap", 1) })
        {
            if (Held(root, "$", name, required: false, code: null) is { } value)
            {
                caps[i] = value;
                if (value < 0m || !Points.Fits(value))
                {
                    _json.Add(DiagnosticKind.ValueOutOfRange, JsonLocator.Child("$", name), Invariant.Format($"{name} {Invariant.Format(value)} is outside 0 to {Invariant.Format(Points.MethodologyLimit)} (with at most {Points.DecimalPlaces} decimal places)"));
                }
            }
        }
        var areas = new List<Area>();
        foreach (var (element, path) in _json.Array(root, "$", "areas", required: true))
        {
            if (ReadNode(element, path, isArea: true) is Area area)
            {
                areas.Add(area);
            }
        }

        if (_json.ProblemCount > _weightProblems)
        {
            return null;
        }
        // The model's own rules, checked once and placed at the node whose code they name; a weight out of range is
        // placed already.
        var tree = Methodology.CheckedTree.Of(id!, title!, maxPoints!.Value, aggregation, areas);
        foreach (var problem in tree.Problems.Where(p => p.Kind != DiagnosticKind.InvalidNodeWeight))
        {
            _json.Add(problem, problem.ItemCode is { } code && _pathByCode.TryGetValue(code, out var path) ? path : "$");
        }
        return tree.Problems.Count > 0 || _weightProblems > 0 ? null
            : new Methodology(subject!.Value, years!.Value, legalBasis, tree) { BonusCap = caps[0], PenaltyCap = caps[1] };
    }

    /// <summary>Reads <c>"years": { "first": 2022, "last": 2023 }</c> (<c>last</c> optional) of a methodology or a
    /// catalogue version.</summary>
    internal static AssessmentYears? ReadYears(JsonWalker json, JsonElement owner, string ownerPath)
    {
        var path = JsonLocator.Child(ownerPath, "years");
        if (json.Property(owner, ownerPath, "years", required: true) is not { } years || !json.Object(years, path, "first", "last"))
        {
            return null;
        }
        var last = json.Int(years, path, "last", required: false);
        if (json.Int(years, path, "first", required: true) is not { } first)
        {
            return null;
        }
        if (!InRange(json, first, path, "first", FirstYear, LastYear, "an assessment year") | !InRange(json, last, path, "last", FirstYear, LastYear, "an assessment year"))
        {
            return null;
        }
        if (last < first)
        {
            json.Add(DiagnosticKind.ValueOutOfRange, path, Invariant.Format($"years {first}–{last}: the first year comes after the last"));
            return null;
        }
        return last is { } l ? AssessmentYears.Between(first, l) : AssessmentYears.From(first);
    }

    /// <summary>Reads a decision (<c>documentNumber</c>, <c>issuedOn</c>, <c>title</c>); a blank number is no decision.</summary>
    internal static LegalBasis? ReadLegalBasis(JsonWalker json, JsonElement basis, string path)
    {
        if (!json.Object(basis, path, "documentNumber", "issuedOn", "title"))
        {
            return null;
        }
        var number = json.String(basis, path, "documentNumber", required: true);
        var issuedOn = json.Date(basis, path, "issuedOn");
        if (issuedOn is { } issued && (issued.Year < FirstYear || issued.Year > LastYear))
        {
            json.Add(DiagnosticKind.ValueOutOfRange, JsonLocator.Child(path, "issuedOn"), Invariant.Format($"issuedOn {issued:uuuu-MM-dd} is outside {FirstYear}-01-01 to {LastYear}-12-31"));
        }
        var title = json.String(basis, path, "title", required: false);
        return string.IsNullOrWhiteSpace(number) ? null : new LegalBasis(number, issuedOn, title);
    }

    private MethodologyNode? ReadNode(JsonElement node, string path, bool isArea)
    {
        if (node.ValueKind == JsonValueKind.Null)
        {
            _json.Add(DiagnosticKind.MalformedJson, path, isArea ? "an area must be an object, not null" : "a criterion must be an object, not null");
            return null;
        }
        if (!_json.Object(node, path, "code", "name", "englishName", "maxPoints", "weight", "aggregation", "source", "criteria", "subCriteria", "rule"))
        {
            return null;
        }
        var code = _json.String(node, path, "code", required: true);
        if (code is not null)
        {
            _pathByCode[code] = path;
        }
        var name = _json.String(node, path, "name", required: true);
        var maxPoints = Held(node, path, "maxPoints", required: true, code);
        CheckPoints(maxPoints, path, "maxPoints", code);
        var englishName = _json.String(node, path, "englishName", required: false);
        var weight = Held(node, path, "weight", required: false, code);
        var aggregation = _json.Choice(node, path, "aggregation", Aggregations) ?? Aggregation.SumOfPoints;
        if (weight is { } w && MethodologyValidator.WeightProblem(w) is { } weightProblem)
        {
            // Reported at the weight itself; the tree is still read, so that the model's problems (a weight its parent
            // never uses, weights not summing to 1) come in the same report.
            _json.Add(DiagnosticKind.InvalidNodeWeight, JsonLocator.Child(path, "weight"), weightProblem, code);
            _weightProblems++;
        }

        var (childrenName, wrongName) = isArea ? ("criteria", "subCriteria") : ("subCriteria", "criteria");
        if (_json.Property(node, path, wrongName, required: false) is not null)
        {
            _json.Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, wrongName), Invariant.Format($"{(isArea ? "an area" : "a criterion")} lists its children under \"{childrenName}\", not \"{wrongName}\""));
        }
        var read = new List<Criterion>();
        foreach (var (element, childPath) in _json.Array(node, path, childrenName, required: false))
        {
            if (ReadNode(element, childPath, isArea: false) is Criterion child)
            {
                read.Add(child);
            }
        }

        if (isArea)
        {
            if (_json.Property(node, path, "rule", required: false) is not null || _json.Property(node, path, "source", required: false) is not null)
            {
                _json.Add(DiagnosticKind.UnknownValue, path, "an area carries no rule and no source: its criteria do");
            }
            return code is null || name is null || maxPoints is null ? null
                : new Area { Code = code, Name = name, EnglishName = englishName, MaxPoints = maxPoints.Value, Weight = weight, Aggregation = aggregation, Criteria = [.. read] };
        }

        var source = _json.Property(node, path, "source", required: false) is null ? AssessmentMethod.AppraisedSelfAssessment : _json.Choice(node, path, "source", Sources);
        var rule = _json.Property(node, path, "rule", required: false) is { } ruleElement ? ReadRule(ruleElement, JsonLocator.Child(path, "rule"), code) : null;
        return code is null || name is null || maxPoints is null || source is null ? null
            : new Criterion { Code = code, Name = name, EnglishName = englishName, MaxPoints = maxPoints.Value, Weight = weight, Aggregation = aggregation, AssessedBy = source.Value, Rule = rule, SubCriteria = [.. read] };
    }

    private ScoringRule? ReadRule(JsonElement rule, string path, string? code)
    {
        if (!_json.Object(rule, path, ["kind", .. Parameters]) || _json.String(rule, path, "kind", required: true) is not { } kind)
        {
            return null;
        }
        if (!RuleParameters.TryGetValue(kind, out var parameters))
        {
            _json.Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, "kind"), JsonMessages.UnknownChoice("rule kind", kind, RuleParameters.Keys));
            return null;
        }
        foreach (var given in Parameters.Where(p => !parameters.Contains(p, StringComparer.Ordinal) && _json.Property(rule, path, p, required: false) is not null))
        {
            _json.Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, given), Invariant.Format($"a {kind} rule takes no \"{given}\""));
        }

        switch (kind)
        {
            case "percentBands":
            case "countBands":
                var bands = ReadBands(rule, path, kind == "percentBands" ? 100m : Points.MethodologyLimit, code);
                return bands is null ? null : kind == "percentBands" ? BandRule.ForPercent(bands) : BandRule.ForCount(bands);
            case "timeliness":
                var due = _json.AnnualDate(rule, path, "due", required: true);
                var onTime = Held(rule, path, "onTime", required: true, code);
                var late = Held(rule, path, "late", required: true, code);
                var offset = _json.Int(rule, path, "dueYearOffset", required: false);
                var notDone = Held(rule, path, "notDone", required: false, code);
                CheckPoints(onTime, path, "onTime", code);
                CheckPoints(late, path, "late", code);
                CheckPoints(notDone, path, "notDone", code);
                InRange(_json, offset, path, "dueYearOffset", -TimelinessRule.MaxDueYearOffset, TimelinessRule.MaxDueYearOffset, "a year offset (years after the assessment year, not a year)", code);
                return due is null || onTime is null || late is null ? null
                    : new TimelinessRule(due.Value, offset ?? 0, onTime.Value, late.Value, notDone ?? 0m);
            case "yesNo":
                var (yes, no) = RequiredAndOptionalPoints(rule, path, "yes", "no", code);
                return yes is null ? null : new YesNoRule(yes.Value, no ?? 0m);
            case "allConditions":
                var points = Held(rule, path, "points", required: true, code);
                var conditions = ReadConditions(rule, path);
                CheckPoints(points, path, "points", code);
                return points is null || conditions is null ? null : new AllConditionsRule(points.Value, conditions);
            case "deduction":
                var (perOccurrence, floor) = RequiredAndOptionalPoints(rule, path, "perOccurrence", "floor", code);
                return perOccurrence is null ? null : new DeductionRule(perOccurrence.Value, floor ?? 0m);
            case "proportional":
                return new ProportionalRule();
            default:
                return new SurveyPercentageRule();
        }
    }

    private List<string>? ReadConditions(JsonElement rule, string path)
    {
        var elements = _json.Array(rule, path, "conditions", required: true);
        if (elements.Any(e => e.Element.ValueKind == JsonValueKind.Null))
        {
            _json.Add(DiagnosticKind.MalformedJson, JsonLocator.Child(path, "conditions"), "a condition must be a string, not null");
            return null;
        }
        var conditions = new List<string>();
        foreach (var (element, conditionPath) in elements)
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                conditions.Add(element.GetString()!);
            }
            else
            {
                _json.WrongType(conditionPath, JsonMessages.ExpectedString);
            }
        }
        return _json.Property(rule, path, "conditions", required: false) is { ValueKind: JsonValueKind.Array } && conditions.Count == elements.Count ? conditions : null;
    }

    private List<Band>? ReadBands(JsonElement rule, string path, decimal maxBound, string? code)
    {
        var read = new List<Band>();
        var complete = true;
        foreach (var (band, bandPath) in _json.Array(rule, path, "bands", required: true))
        {
            if (band.ValueKind == JsonValueKind.Null)
            {
                _json.Add(DiagnosticKind.MalformedJson, bandPath, "a band must be an object, not null");
                complete = false;
                continue;
            }
            if (!_json.Object(band, bandPath, "lower", "lowerInclusive", "upper", "upperInclusive", "points"))
            {
                complete = false;
                continue;
            }
            var points = Held(band, bandPath, "points", required: true, code);
            var lower = Held(band, bandPath, "lower", required: false, code);
            var upper = Held(band, bandPath, "upper", required: false, code);
            CheckPoints(points, bandPath, "points", code);
            foreach (var (bound, property) in new[] { (lower, "lower"), (upper, "upper") })
            {
                if (bound is { } value && (value < 0m || value > maxBound || value.Scale > Points.DecimalPlaces))
                {
                    complete = false;
                    _json.Add(DiagnosticKind.ValueOutOfRange, JsonLocator.Child(bandPath, property), Invariant.Format($"{property} {Invariant.Format(value)} is outside 0 to {Invariant.Format(maxBound)} (with at most {Points.DecimalPlaces} decimal places)"), code);
                }
            }
            // Bounds are explicit: a bound without its inclusiveness is an error, never a guess.
            var lowerInclusive = lower is null ? false : _json.Bool(band, bandPath, "lowerInclusive", required: true);
            var upperInclusive = upper is null ? false : _json.Bool(band, bandPath, "upperInclusive", required: true);
            foreach (var (bound, inclusive) in new[] { ("lower", "lowerInclusive"), ("upper", "upperInclusive") })
            {
                // A bound given but refused (1e-30) is given: its inclusiveness is not said to need one.
                if (_json.Property(band, bandPath, bound, required: false) is null && _json.Property(band, bandPath, inclusive, required: false) is not null)
                {
                    _json.Add(DiagnosticKind.UnknownValue, JsonLocator.Child(bandPath, inclusive), Invariant.Format($"\"{inclusive}\" needs a \"{bound}\" bound"));
                }
            }
            if (points is null || lowerInclusive is null || upperInclusive is null)
            {
                complete = false;
                continue;
            }
            read.Add(Band.Of(lower, lowerInclusive.Value, upper, upperInclusive.Value, points.Value));
        }
        return complete && _json.Property(rule, path, "bands", required: false) is { ValueKind: JsonValueKind.Array } ? read : null;
    }

    /// <summary>Checks that a whole number lies in its documented range; reports it at its path when not.</summary>
    private static bool InRange(JsonWalker json, int? value, string path, string property, int min, int max, string what, string? code = null)
    {
        if (value is not { } v || (v >= min && v <= max))
        {
            return true;
        }
        json.Add(DiagnosticKind.ValueOutOfRange, JsonLocator.Child(path, property), Invariant.Format($"{property} {v} is outside {min} to {max}: it is {what}"), code);
        return false;
    }

    // Two points of a rule, the second optional (yes/no, per occurrence/floor): both read before either is checked, as
    // every rule's parameters are, so that type errors come before range errors.
    private (decimal? Required, decimal? Optional) RequiredAndOptionalPoints(JsonElement rule, string path, string requiredName, string optionalName, string? code)
    {
        var first = Held(rule, path, requiredName, required: true, code);
        var second = Held(rule, path, optionalName, required: false, code);
        CheckPoints(first, path, requiredName, code);
        CheckPoints(second, path, optionalName, code);
        return (first, second);
    }

    /// <summary>Reads a number the format holds in whole units of 10⁻¹⁰ (points, band bounds, caps, weights). One with more
    /// decimal places, however written, is refused quoting its text: read as a decimal, 1e-30 was 0 and 0.00000000001
    /// was said to be "at most 100000000"; one rule now says both. Its trailing zeros are no decimals (1.00000000000 is 1).</summary>
    private decimal? Held(JsonElement owner, string path, string property, bool required, string? code)
    {
        if (_json.Decimal(owner, path, property, required) is not { } value)
        {
            return null;
        }
        var written = owner.GetProperty(property).GetRawText();
        if (JsonWalker.DecimalPlaces(written) > Points.DecimalPlaces)
        {
            _json.Add(DiagnosticKind.ValueOutOfRange, JsonLocator.Child(path, property), JsonMessages.TooManyDecimals(property, written, Points.DecimalPlaces), code);
            return null;
        }
        return Math.Round(value, Points.DecimalPlaces);
    }

    /// <summary>Checks a number of points (a maximum, a rule's points) against the range every number of points in the
    /// format has: at most 100,000,000 either way, 10 decimal places. Its sign and its leaf's maximum are the model's checks.</summary>
    private void CheckPoints(decimal? value, string path, string property, string? code)
    {
        if (value is { } v && !Points.Fits(v))
        {
            _json.Add(DiagnosticKind.ValueOutOfRange, JsonLocator.Child(path, property), Invariant.Format($"{property} {Invariant.Format(v)} must be at most {Invariant.Format(Points.MethodologyLimit)} either way, with at most {Points.DecimalPlaces} decimal places"), code);
        }
    }
}
