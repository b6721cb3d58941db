using System.Text.Json;
using ParIndex.Data;
using ParIndex.Methodologies;

namespace ParIndex.Surveys;

/// <summary>
/// The SIPAS instruments the package ships, as far as public sources reach: 1383/QĐ-BNV (2012, pilot; elements only),
/// 2640/QĐ-BNV (2017–2021; 5 elements, 22 criteria), the 2022 household redesign (policy and service statements from a
/// replica of the form) and 1001/QĐ-BNV (2023–2026; opinions, satisfaction, expectations).
/// </summary>
/// <remarks>
/// Every element and question carries its sources and a <see cref="SourceStatus"/>; each instrument's
/// <see cref="SurveyInstrument.Notes"/> say what is missing. Read from the embedded <c>Data/sipas-instruments.json</c>,
/// once, with the <see cref="JsonWalker"/>, as the catalogue is read: a mistake in it is a defect of the package, and
/// every problem, placed, is said in one <see cref="InvalidEmbeddedDataException"/>. Thread-safe.
/// </remarks>
internal static class SurveyInstruments
{
    private const string File = "sipas-instruments.json";
    private const int FormatVersion = 1;
    private const int MaxDepth = 64;

    private static readonly Dictionary<string, SurveyPart> Parts = JsonWalker.Names(SurveyPart.ServiceDelivery, SurveyPart.PublicPolicy, SurveyPart.Opinion, SurveyPart.Expectation);

    private static readonly Dictionary<string, SourceStatus> Statuses = JsonWalker.Names(SourceStatus.Confirmed, SourceStatus.Derived, SourceStatus.Reconstructed);

    private static readonly Lazy<ImmutableArray<SurveyInstrument>> Loaded = new(Load);

    /// <summary>Gets every shipped instrument, oldest first.</summary>
    public static ImmutableArray<SurveyInstrument> All => Loaded.Value;

    /// <summary>Gets the instrument of 2640/QĐ-BNV (10/10/2017), survey years 2017–2021: 5 elements, 22 criteria.</summary>
    public static SurveyInstrument Decision2640 => Get("SIPAS-2640-2017");

    /// <summary>Gets the instrument of 1001/QĐ-BNV (11/12/2023), survey years 2023–2026.</summary>
    public static SurveyInstrument Decision1001 => Get("SIPAS-1001-2023");

    /// <summary>Gets an instrument by its id.</summary>
    /// <param name="id">"SIPAS-1383-2012", "SIPAS-2640-2017", "SIPAS-2022" or "SIPAS-1001-2023".</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No shipped instrument has that id.</exception>
    public static SurveyInstrument Get(string id)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        return All.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal))
            ?? throw new KeyNotFoundException(Invariant.Format($"no shipped survey instrument has id {id}"));
    }

    /// <summary>Finds the instrument in force for a survey year.</summary>
    /// <param name="year">The survey year.</param>
    /// <returns>The instrument, or <see langword="null"/> when none is known for that year.</returns>
    public static SurveyInstrument? ForYear(int year) => All.LastOrDefault(i => i.Years.Contains(year));

    private static ImmutableArray<SurveyInstrument> Load() => Load(EmbeddedData.ReadBytes(File));

    // Separate from the embedded resource so that the fuzzer can feed it any bytes.
    internal static ImmutableArray<SurveyInstrument> Load(byte[] bytes) => EmbeddedData.ReadJson(File, bytes, MaxDepth, (json, root) =>
    {
        var built = new List<SurveyInstrument>();
        if (json.Object(root, "$", "formatVersion", "about", "sources", "instruments"))
        {
            if (json.Int(root, "$", "formatVersion", required: false) is { } version && version != FormatVersion)
            {
                json.Add(DiagnosticKind.UnknownValue, "$.formatVersion", JsonMessages.UnsupportedVersion(version, FormatVersion));
            }
            json.String(root, "$", "about", required: false);
            var sources = Sources(json, root);
            foreach (var (element, path) in json.Array(root, "$", "instruments", required: true))
            {
                if (Instrument(json, element, path, sources, built) is { } instrument)
                {
                    built.Add(instrument);
                }
            }
        }
        return built.ToImmutableArray();
    });

    // The file's citations by id ("S32"), which instruments, elements and questions cite.
    private static Dictionary<string, string> Sources(JsonWalker json, JsonElement root)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json.Property(root, "$", "sources", required: true) is { } map && json.AnyObject(map, "$.sources"))
        {
            foreach (var property in map.EnumerateObject())
            {
                if (json.String(map, "$.sources", property.Name, required: true) is { } citation)
                {
                    sources[property.Name] = citation;
                }
            }
        }
        return sources;
    }

    private static SurveyInstrument? Instrument(JsonWalker json, JsonElement instrument, string path, Dictionary<string, string> sources, List<SurveyInstrument> earlier)
    {
        if (!json.Object(instrument, path, "id", "title", "decision", "years", "sources", "notes", "satisfactionFrom", "elements"))
        {
            return null;
        }
        var before = json.ProblemCount;
        var id = json.String(instrument, path, "id", required: true, nonEmpty: true);
        var title = json.String(instrument, path, "title", required: true, nonEmpty: true);
        var decision = json.Property(instrument, path, "decision", required: false) is { } d ? Decision(json, d, JsonLocator.Child(path, "decision")) : null;
        var years = MethodologyDocumentReader.ReadYears(json, instrument, path);
        var cited = Cite(json, instrument, path, sources);
        var notes = json.Strings(instrument, path, "notes", required: false);
        var elements = json.Array(instrument, path, "elements", required: true).Select(e => Element(json, e.Element, e.Path, sources)).ToList();
        if (json.String(instrument, path, "satisfactionFrom", required: false) is { } from)
        {
            if (earlier.Find(i => string.Equals(i.Id, from, StringComparison.Ordinal)) is { } satisfaction)
            {
                // 1001/QĐ-BNV: opinions first, then the satisfaction statements of the 2022 form, then expectations.
                elements = [.. elements.Where(e => e?.Part == SurveyPart.Opinion), .. satisfaction.Elements, .. elements.Where(e => e?.Part != SurveyPart.Opinion)];
            }
            else
            {
                json.Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, "satisfactionFrom"), JsonMessages.UnknownChoice("instrument", from, earlier.Select(i => i.Id)));
            }
        }
        if (json.ProblemCount > before)
        {
            return null;
        }
        var repeated = SurveyInstrument.RepeatedCodes(elements!);
        foreach (var problem in repeated)
        {
            json.Add(problem, path);
        }
        return repeated.Count > 0 ? null
            : new SurveyInstrument(id!, title!, years!.Value, elements!, decision)
            {
                Sources = [.. cited],
                Notes = [.. notes],
            };
    }

    private static LegalBasis? Decision(JsonWalker json, JsonElement decision, string path)
    {
        if (!json.Object(decision, path, "number", "issuedOn"))
        {
            return null;
        }
        var number = json.String(decision, path, "number", required: true, nonEmpty: true);
        var issuedOn = json.Date(decision, path, "issuedOn", required: true);
        return number is null || issuedOn is null ? null : new LegalBasis(number, issuedOn);
    }

    private static SurveyElement? Element(JsonWalker json, JsonElement element, string path, Dictionary<string, string> sources)
    {
        if (!json.Object(element, path, "code", "name", "englishName", "part", "status", "sources", "questions"))
        {
            return null;
        }
        var before = json.ProblemCount;
        var code = json.String(element, path, "code", required: true, nonEmpty: true);
        var name = json.String(element, path, "name", required: true, nonEmpty: true);
        var englishName = json.String(element, path, "englishName", required: false);
        var part = json.Choice(element, path, "part", Parts, required: true);
        var status = json.Choice(element, path, "status", Statuses, required: true);
        var cited = Cite(json, element, path, sources);
        var questions = json.Array(element, path, "questions", required: true).Select(q => Question(json, q.Element, q.Path, sources)).ToList();
        return json.ProblemCount > before ? null
            : new SurveyElement(code!, name!, part!.Value, questions!, status!.Value, cited) { EnglishName = englishName };
    }

    private static SurveyQuestion? Question(JsonWalker json, JsonElement question, string path, Dictionary<string, string> sources)
    {
        if (!json.Object(question, path, "code", "name", "englishName", "scale", "status", "sources"))
        {
            return null;
        }
        var before = json.ProblemCount;
        var code = json.String(question, path, "code", required: true, nonEmpty: true);
        var name = json.String(question, path, "name", required: true, nonEmpty: true);
        var englishName = json.String(question, path, "englishName", required: false);
        var scaleName = json.String(question, path, "scale", required: true);
        var scale = scaleName is null ? null : AnswerScale.Find(scaleName);
        if (scaleName is not null && scale is null)
        {
            json.Add(DiagnosticKind.UnknownValue, JsonLocator.Child(path, "scale"), JsonMessages.UnknownChoice("scale", scaleName, AnswerScale.Names));
        }
        var status = json.Choice(question, path, "status", Statuses, required: true);
        var cited = Cite(json, question, path, sources);
        return json.ProblemCount > before ? null
            : new SurveyQuestion(code!, name!, scale!, status!.Value, cited) { EnglishName = englishName };
    }

    // A source id of the file ("S32") becomes its full citation; an id the file does not define is a problem.
    private static List<string> Cite(JsonWalker json, JsonElement owner, string path, Dictionary<string, string> sources)
    {
        var citations = new List<string>();
        foreach (var (element, elementPath) in json.Array(owner, path, "sources", required: false))
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                json.WrongType(elementPath, JsonMessages.ExpectedString);
            }
            else if (sources.TryGetValue(element.GetString()!, out var citation))
            {
                citations.Add(citation);
            }
            else
            {
                json.Add(DiagnosticKind.UnknownValue, elementPath, JsonMessages.UnknownChoice("source", element.GetString()!, sources.Keys));
            }
        }
        return citations;
    }
}
