using System;
using System.Collections.Immutable;
using System.Linq;
using ParIndex.Data;

namespace ParIndex.Methodologies;

/// <summary>Reads the embedded catalogue. A mistake in it is a defect of the package, reported as such.</summary>
internal static class CatalogReader
{
    private const string File = "catalogue.json";

    internal static ImmutableArray<MethodologyVersion> Load() =>
        [.. EmbeddedData.ReadJson(File, MethodologyJson.Context.CatalogDocument).Versions!.Select(Version)];

    internal static ImmutableArray<Methodology> LoadSamples() =>
        [.. EmbeddedData.Files("sample-").Select(LoadTree)];

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

    private static Methodology LoadTree(string file) => EmbeddedData.Read(file, bytes => MethodologyJson.ReadUtf8(bytes));

    private static InvalidEmbeddedDataException Defect(string message) => EmbeddedData.Invalid(File, message);
}
