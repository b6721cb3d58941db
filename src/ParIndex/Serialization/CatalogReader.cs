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
        var document = JsonSerializer.Deserialize(stream, MethodologyJson.Context.CatalogDocument)
            ?? throw new InvalidOperationException("The embedded catalogue is empty.");
        return [.. document.Versions!.Select(Version)];
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
        var years = v.Years!.Last is { } last ? AssessmentYears.Between(v.Years.First!.Value, last) : AssessmentYears.From(v.Years.First!.Value);
        var completeness = Enum.Parse<Completeness>(v.Completeness!, ignoreCase: true);
        var tree = v.Methodology is { } file ? LoadTree(file) : null;
        if ((completeness == Completeness.Full) != (tree is not null))
        {
            throw Defect(id + ": a full version needs its tree, and only a full one has it");
        }
        return new MethodologyVersion(
            id,
            v.SubjectKind switch { "province" => SubjectKind.Province, "ministry" => SubjectKind.Ministry, _ => throw Defect(id + ": unknown subject kind") },
            years,
            [.. v.Decisions!.Select(d => new LegalBasis(d.DocumentNumber!, d.IssuedOn, d.Title))],
            completeness,
            v.MaxPoints ?? throw Defect(id + ": no maximum"),
            v.SurveyPoints,
            (v.AreaCount, v.CriterionCount, v.SubCriterionCount),
            [.. (v.Areas ?? []).Select(a => new AreaOutline(a.Code!, a.Name!, a.MaxPoints, a.CriterionCount, a.SubCriterionCount))],
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

    private static InvalidOperationException Defect(string message) =>
        new(Invariant.Format($"The embedded catalogue is invalid: {message}."));
}
