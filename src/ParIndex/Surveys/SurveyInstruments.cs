using System.IO;
using System.Text.Json;
using NodaTime.Text;
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
/// once. Thread-safe.
/// </remarks>
internal static class SurveyInstruments
{
    private const string File = "sipas-instruments.json";

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

    private static ImmutableArray<SurveyInstrument> Load()
    {
        return EmbeddedData.Read(File, bytes => Load(new MemoryStream(bytes)));
    }

    // Separate from the embedded resource so that the fuzzer can feed it any bytes.
    internal static ImmutableArray<SurveyInstrument> Load(Stream stream)
    {
        try
        {
            // The serializer skips the bytes of properties it does not read without checking them: check them all first.
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            if (!System.Text.Unicode.Utf8.IsValid(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)))
            {
                throw EmbeddedData.Invalid(File, "the document is not valid UTF-8");
            }
            bytes.Position = 0;
            var document = JsonSerializer.Deserialize(bytes, SurveyJsonContext.Default.InstrumentsDocument)
                ?? throw EmbeddedData.Invalid(File, "the document is null");
            var sources = Need(document.Sources, "sources");
            var built = new List<SurveyInstrument>();
            foreach (var d in Need(document.Instruments, "instruments"))
            {
                var instrument = Need(d, "an instrument");
                var id = Need(instrument.Id, "an instrument's id");
                var elements = Need(instrument.Elements, id + ": elements").Select(e => Element(Need(e, id + ": an element"), sources)).ToList();
                if (instrument.SatisfactionFrom is { } from)
                {
                    // 1001/QĐ-BNV: opinions first, then the satisfaction statements of the 2022 form, then expectations.
                    var satisfaction = built.Single(i => i.Id == from).Elements;
                    elements = [.. elements.Where(e => e.Part == SurveyPart.Opinion), .. satisfaction, .. elements.Where(e => e.Part != SurveyPart.Opinion)];
                }
                var first = Need(Need(instrument.Years, id + ": years").First, id + ": first year");
                var years = instrument.Years!.Last is { } last ? AssessmentYears.Between(first, last) : AssessmentYears.From(first);
                var decision = instrument.Decision is { } dd
                    ? new LegalBasis(Need(dd.Number, id + ": the decision's number"), LocalDatePattern.Iso.Parse(Need(dd.IssuedOn, id + ": the decision's date")).Value)
                    : null;
                built.Add(new SurveyInstrument(id, Need(instrument.Title, id + ": title"), years, elements, decision)
                {
                    Sources = [.. Cite(instrument.Sources, sources)],
                    Notes = [.. instrument.Notes ?? []],
                });
            }
            return [.. built];
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or UnparsableValueException or InvalidOperationException or KeyNotFoundException)
        {
            // Malformed JSON or a value the model refuses: a defect of the package, said as such.
            throw EmbeddedData.Invalid(File, e.Message, e);
        }
    }

    private static SurveyElement Element(ElementDocument e, Dictionary<string, string> sources)
    {
        var code = Need(e.Code, "an element's code");
        return new(code, Need(e.Name, code + ": name"), Enum.Parse<SurveyPart>(Need(e.Part, code + ": part"), ignoreCase: true),
            Need(e.Questions, code + ": questions").Select(q => Need(q, code + ": a question")).Select(q =>
                new SurveyQuestion(Need(q.Code, code + ": a question's code"), Need(q.Name, code + ": a question's name"), AnswerScale.Parse(Need(q.Scale, code + ": a question's scale")), Status(q.Status), Cite(q.Sources, sources)) { EnglishName = q.EnglishName }),
            Status(e.Status), Cite(e.Sources, sources))
        {
            EnglishName = e.EnglishName,
        };
    }

    private static SourceStatus Status(string? status) => Enum.Parse<SourceStatus>(Need(status, "a status"), ignoreCase: true);

    private static T Need<T>(T? value, string what)
        where T : class =>
        value ?? throw EmbeddedData.Invalid(File, what + " missing");

    private static int Need(int? value, string what) =>
        value ?? throw EmbeddedData.Invalid(File, what + " missing");

    // A source id of the file ("S32") becomes its full citation; an unknown id is a defect of the package.
    private static IEnumerable<string> Cite(List<string>? ids, Dictionary<string, string> sources) =>
        (ids ?? []).Select(id => sources.TryGetValue(id, out var citation) ? citation : throw EmbeddedData.Invalid(File, "unknown source " + id));
}
