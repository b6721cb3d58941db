using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime.Text;
using ParIndex.Data;
using ParIndex.Methodologies;
using ParIndex.Utility;

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
public static class SurveyInstruments
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
        var document = EmbeddedData.ReadJson(File, SurveyJsonContext.Default.InstrumentsDocument);
        var sources = document.Sources!;
        var built = new List<SurveyInstrument>();
        foreach (var d in document.Instruments!)
        {
            var elements = d.Elements!.Select(e => Element(e, sources)).ToList();
            if (d.SatisfactionFrom is { } from)
            {
                // 1001/QĐ-BNV: opinions first, then the satisfaction statements of the 2022 form, then expectations.
                var satisfaction = built.Single(i => i.Id == from).Elements;
                elements = [.. elements.Where(e => e.Part == SurveyPart.Opinion), .. satisfaction, .. elements.Where(e => e.Part != SurveyPart.Opinion)];
            }
            var years = d.Years!.Last is { } last ? AssessmentYears.Between(d.Years.First!.Value, last) : AssessmentYears.From(d.Years.First!.Value);
            var decision = d.Decision is { } dd ? new LegalBasis(dd.Number!, LocalDatePattern.Iso.Parse(dd.IssuedOn!).Value) : null;
            built.Add(new SurveyInstrument(d.Id!, d.Title!, years, elements, decision)
            {
                Sources = [.. Cite(d.Sources, sources)],
                Notes = [.. d.Notes ?? []],
            });
        }
        return [.. built];
    }

    private static SurveyElement Element(ElementDocument e, Dictionary<string, string> sources) =>
        new(e.Code!, e.Name!, Enum.Parse<SurveyPart>(e.Part!, ignoreCase: true),
            e.Questions!.Select(q => new SurveyQuestion(q.Code!, q.Name!, AnswerScale.Parse(q.Scale!), Status(q.Status), Cite(q.Sources, sources)) { EnglishName = q.EnglishName }),
            Status(e.Status), Cite(e.Sources, sources))
        {
            EnglishName = e.EnglishName,
        };

    private static SourceStatus Status(string? status) => Enum.Parse<SourceStatus>(status!, ignoreCase: true);

    // A source id of the file ("S32") becomes its full citation; an unknown id is a defect of the package.
    private static IEnumerable<string> Cite(List<string>? ids, Dictionary<string, string> sources) =>
        (ids ?? []).Select(id => sources.TryGetValue(id, out var citation) ? citation : throw EmbeddedData.Invalid(File, "unknown source " + id));
}
