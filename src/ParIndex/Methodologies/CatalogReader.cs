using System.Text.Json;
using ParIndex.Data;

namespace ParIndex.Methodologies;

/// <summary>Reads the embedded catalogue (Data/catalogue.json) with the <see cref="JsonWalker"/>, as a methodology is
/// read. A mistake in it is a defect of the package: every problem, placed, in one <see cref="InvalidEmbeddedDataException"/>.</summary>
internal static class CatalogReader
{
    private const string File = "catalogue.json";
    private const int MaxDepth = 64;

    private static readonly Dictionary<string, Completeness> Completenesses = JsonWalker.Names(Completeness.Reference, Completeness.Headline, Completeness.Areas, Completeness.Full);

    internal static ImmutableArray<MethodologyVersion> Load() => Load(EmbeddedData.ReadBytes(File));

    // Separate from the embedded resource so that the fuzzer can feed it any bytes.
    internal static ImmutableArray<MethodologyVersion> Load(byte[] bytes) => EmbeddedData.ReadJson(File, bytes, MaxDepth, (json, root) =>
    {
        var versions = ImmutableArray.CreateBuilder<MethodologyVersion>();
        if (json.Object(root, "$", "about", "versions"))
        {
            json.String(root, "$", "about", required: false);
            foreach (var (element, path) in json.Array(root, "$", "versions", required: true))
            {
                if (Version(json, element, path) is { } version)
                {
                    versions.Add(version);
                }
            }
        }
        return versions.ToImmutable();
    });

    internal static ImmutableArray<Methodology> LoadSamples() =>
        [.. EmbeddedData.Files("sample-").Select(LoadTree)];

    private static MethodologyVersion? Version(JsonWalker json, JsonElement version, string path)
    {
        if (!json.Object(version, path, "id", "subjectKind", "years", "decisions", "completeness", "maxPoints", "surveyPoints", "areaCount", "criterionCount", "subCriterionCount", "areas", "notes", "sources", "methodology"))
        {
            return null;
        }
        var before = json.ProblemCount;
        var id = json.String(version, path, "id", required: true, nonEmpty: true);
        var subjectKind = json.Choice(version, path, "subjectKind", MethodologyDocumentReader.SubjectKinds, required: true);
        var years = MethodologyDocumentReader.ReadYears(json, version, path);
        var decisions = json.Array(version, path, "decisions", required: true).Select(d => MethodologyDocumentReader.ReadLegalBasis(json, d.Element, d.Path)).ToList();
        var completeness = json.Choice(version, path, "completeness", Completenesses, required: true);
        var maxPoints = json.Decimal(version, path, "maxPoints", required: true);
        var surveyPoints = json.Decimal(version, path, "surveyPoints", required: false);
        var areaCount = json.Int(version, path, "areaCount", required: false);
        var criterionCount = json.Int(version, path, "criterionCount", required: false);
        var subCriterionCount = json.Int(version, path, "subCriterionCount", required: false);
        var areas = json.Array(version, path, "areas", required: false).Select(a => Area(json, a.Element, a.Path)).ToList();
        var notes = json.Strings(version, path, "notes", required: false);
        var sources = json.Strings(version, path, "sources", required: true);
        var tree = json.String(version, path, "methodology", required: false) is { } file ? LoadTree(file) : null;
        if (completeness is { } c && (c == Completeness.Full) != (tree is not null))
        {
            json.Add(DiagnosticKind.UnknownValue, path, "a full version needs its tree, and only a full one has it");
        }
        return json.ProblemCount > before || decisions.Any(d => d is null) || areas.Any(a => a is null) ? null
            : new MethodologyVersion
            {
                Id = id!,
                SubjectKind = subjectKind!.Value,
                Years = years!.Value,
                Decisions = [.. decisions.OfType<LegalBasis>()],
                Completeness = completeness!.Value,
                MaxPoints = maxPoints!.Value,
                SurveyPoints = surveyPoints,
                AreaCount = areaCount,
                CriterionCount = criterionCount,
                SubCriterionCount = subCriterionCount,
                Areas = [.. areas.OfType<AreaOutline>()],
                Notes = [.. notes],
                Sources = [.. sources],
                Tree = tree,
            };
    }

    private static AreaOutline? Area(JsonWalker json, JsonElement area, string path)
    {
        if (!json.Object(area, path, "code", "name", "maxPoints", "criterionCount", "subCriterionCount"))
        {
            return null;
        }
        var code = json.String(area, path, "code", required: true, nonEmpty: true);
        var name = json.String(area, path, "name", required: true, nonEmpty: true);
        var maxPoints = json.Decimal(area, path, "maxPoints", required: false);
        var criteria = json.Int(area, path, "criterionCount", required: false);
        var subCriteria = json.Int(area, path, "subCriterionCount", required: false);
        return code is null || name is null ? null : new AreaOutline(code, name, maxPoints, criteria, subCriteria);
    }

    private static Methodology LoadTree(string file) => EmbeddedData.Read(file, bytes => Methodology.ReadJson(bytes));
}
