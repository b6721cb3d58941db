using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using ParIndex.Methodologies;
using ParIndex.Utility;

namespace ParIndex.Serialization;

/// <summary>Reads the embedded catalogue. A mistake in it is a defect of the package, reported as such.</summary>
internal static class CatalogReader
{
    internal static ImmutableArray<MethodologyVersion> Load()
    {
        using var stream = typeof(CatalogReader).Assembly.GetManifestResourceStream("ParIndex.Data.catalogue.json")
            ?? throw new InvalidOperationException("The embedded catalogue is missing from the package.");
        return Load(stream);
    }

    // Separate from the embedded resource so that the fuzzer can feed it any bytes.
    internal static ImmutableArray<MethodologyVersion> Load(Stream stream)
    {
        try
        {
            var document = JsonSerializer.Deserialize(stream, MethodologyJson.Context.CatalogDocument)
                ?? throw new InvalidOperationException("The embedded catalogue is empty.");
            return [.. Required(document.Versions, "versions").Select(v => Version(Required(v, "a version")))];
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidMethodologyException)
        {
            // Malformed JSON, a value the model refuses, a bad tree: each is a defect of the package, said as such.
            throw new InvalidOperationException(Invariant.Format($"The embedded catalogue is invalid: {e.Message}"), e);
        }
    }

    internal static ImmutableArray<Methodology> LoadSamples()
    {
        var assembly = typeof(CatalogReader).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("ParIndex.Data.sample-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                return MethodologyJson.Read(stream);
            })];
    }

    private static MethodologyVersion Version(VersionDocument v)
    {
        var id = v.Id ?? throw Defect("a version has no id");
        var first = Required(Required(v.Years, id + ": years").First, id + ": first year");
        var years = v.Years!.Last is { } last ? AssessmentYears.Between(first, last) : AssessmentYears.From(first);
        var completeness = Enum.Parse<Completeness>(Required(v.Completeness, id + ": completeness"), ignoreCase: true);
        var tree = v.Methodology is { } file ? LoadTree(file) : null;
        if ((completeness == Completeness.Full) != (tree is not null))
        {
            throw Defect(id + ": a full version needs its tree, and only a full one has it");
        }
        return new MethodologyVersion(
            id,
            v.SubjectKind switch { "province" => SubjectKind.Province, "ministry" => SubjectKind.Ministry, _ => throw Defect(id + ": unknown subject kind") },
            years,
            [.. Required(v.Decisions, id + ": decisions").Select(d => Required(d, id + ": a decision")).Select(d => new LegalBasis(Required(d.DocumentNumber, id + ": a decision's number"), d.IssuedOn, d.Title))],
            completeness,
            v.MaxPoints ?? throw Defect(id + ": no maximum"),
            v.SurveyPoints,
            (v.AreaCount, v.CriterionCount, v.SubCriterionCount),
            [.. (v.Areas ?? []).Select(a => Required(a, id + ": an area")).Select(a => new AreaOutline(Required(a.Code, id + ": an area's code"), Required(a.Name, id + ": an area's name"), a.MaxPoints, a.CriterionCount, a.SubCriterionCount))],
            [.. v.Notes ?? []],
            [.. v.Sources ?? throw Defect(id + ": no sources")],
            tree);
    }

    private static Methodology LoadTree(string file)
    {
        using var stream = typeof(CatalogReader).Assembly.GetManifestResourceStream("ParIndex.Data." + file)
            ?? throw Defect("the embedded methodology " + file + " is missing");
        return MethodologyJson.Read(stream);
    }

    private static T Required<T>(T? value, string what)
        where T : class =>
        value ?? throw Defect(what + " missing");

    private static int Required(int? value, string what) => value ?? throw Defect(what + " missing");

    private static InvalidOperationException Defect(string message) =>
        new(Invariant.Format($"The embedded catalogue is invalid: {message}."));
}
