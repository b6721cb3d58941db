using System.Globalization;
using System.IO;
using System.Text.Json;
using ParIndex.Geography;
using ParIndex.History;

namespace ParIndex.Targets;

/// <summary>Writes plans in the format <see cref="PlanDocumentReader"/> reads; names mirror the reader's tables.</summary>
internal static class PlanDocumentWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Vietnamese readable
    };

    internal static byte[] Write(IReadOnlyList<ReformPlan> plans)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", ReformPlan.JsonFormatVersion);
            json.WriteStartArray("plans");
            foreach (var plan in plans)
            {
                WritePlan(json, plan);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WritePlan(Utf8JsonWriter json, ReformPlan plan)
    {
        json.WriteStartObject();
        json.WriteString("id", plan.Id);
        json.WriteString("province", plan.Province.Code);
        if (plan.Province.List == ProvinceListId.Units34)
        {
            json.WriteString("provinceList", "34");
        }
        json.WriteString("title", plan.Title);
        Optional(json, "documentNumber", plan.DocumentNumber);
        if (plan.DocumentKind != PlanDocumentKind.Unknown)
        {
            json.WriteString("documentKind", Camel(plan.DocumentKind.ToString()));
        }
        if (plan.IssuedOn is { } issued)
        {
            json.WriteString("issuedOn", issued.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }
        json.WriteStartObject("period");
        json.WriteNumber("first", plan.FirstYear);
        json.WriteNumber("last", plan.LastYear);
        json.WriteEndObject();
        if (!plan.Phases.IsEmpty)
        {
            json.WriteStartArray("phases");
            foreach (var phase in plan.Phases)
            {
                json.WriteStartObject();
                json.WriteString("name", phase.Name);
                json.WriteNumber("first", phase.FirstYear);
                json.WriteNumber("last", phase.LastYear);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        Optional(json, "source", plan.Source);
        Optional(json, "note", plan.Note);
        json.WriteStartArray("targets");
        foreach (var target in plan.Targets)
        {
            WriteTarget(json, target);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter json, PlanTarget target)
    {
        json.WriteStartObject();
        json.WriteString("id", target.Id);
        WriteIndicator(json, target.Indicator);
        WriteGoal(json, target.Goal);
        json.WriteStartObject("deadline");
        switch (target.Deadline.Kind)
        {
            case DeadlineKind.Year:
                json.WriteNumber("year", target.Deadline.Year);
                break;
            case DeadlineKind.Date:
                json.WriteString("date", target.Deadline.Due.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteString("phase", target.Deadline.Phase!.Name);
                break;
        }
        json.WriteEndObject();
        if (!target.Scope.Equals(TargetScope.Unspecified))
        {
            json.WriteStartObject("scope");
            if (target.Scope.Levels != GovernmentLevels.None)
            {
                json.WriteStartArray("levels");
                foreach (var level in new[] { GovernmentLevels.Province, GovernmentLevels.District, GovernmentLevels.Commune }.Where(l => target.Scope.Levels.HasFlag(l)))
                {
                    json.WriteStringValue(Camel(level.ToString()));
                }
                json.WriteEndArray();
            }
            if (!target.Scope.Sectors.IsEmpty)
            {
                json.WriteStartArray("sectors");
                foreach (var sector in target.Scope.Sectors)
                {
                    json.WriteStringValue(sector);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        if (target.OnlineServices != OnlineServiceScheme.None)
        {
            json.WriteString("onlineServices", Camel(target.OnlineServices.ToString()));
        }
        Optional(json, "note", target.Note);
        if (!target.Alternatives.IsEmpty)
        {
            json.WriteStartArray("alternatives");
            foreach (var alternative in target.Alternatives)
            {
                json.WriteStartObject();
                WriteIndicator(json, alternative.Indicator);
                WriteGoal(json, alternative.Goal);
                Optional(json, "note", alternative.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter json, Indicator indicator)
    {
        json.WriteStartObject("indicator");
        json.WriteString("id", indicator.Id);
        json.WriteString("wording", indicator.Wording);
        if (indicator.Published is { } index)
        {
            json.WriteString("published", index == PublishedIndex.Par ? "par" : "sipas");
        }
        json.WriteEndObject();
    }

    private static void WriteGoal(Utf8JsonWriter json, Goal goal)
    {
        json.WriteStartObject("goal");
        json.WriteString("comparison", Camel(goal.Comparison.ToString()));
        if (goal.Threshold is { } threshold)
        {
            json.WriteNumber("threshold", threshold);
        }
        if (goal.ValueKind == TargetValueKind.Count)
        {
            json.WriteString("unit", "count");
        }
        Optional(json, "group", goal.Group);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>The format's names are the enum members' names in camel case ("GreaterThan" → "greaterThan").</summary>
    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
