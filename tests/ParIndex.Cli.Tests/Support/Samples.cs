using System.IO;
using ParIndex.Tests.Support;

namespace ParIndex.Cli.Tests.Support;

/// <summary>The repository's sample input files (samples/data).</summary>
internal static class Samples
{
    public const string Methodology = "CA-MAU-1880-2013-FRAGMENT";

    public static string Csv { get; } = Path.Combine(RepositoryFiles.Root, "samples", "data", "indicators-ca-mau-fragment.csv");

    public static string Json { get; } = Path.Combine(RepositoryFiles.Root, "samples", "data", "indicators-ca-mau-fragment.json");

    public static string Assessment { get; } = Path.Combine(RepositoryFiles.Root, "samples", "data", "assessment-ca-mau-fragment.csv");

    /// <summary>The header and unit A's six rows of the sample CSV, to be varied by a test.</summary>
    public const string UnitA =
        "unit,name,year,code,value\n" +
        "A,Sở A,2023,1.1.1,2022-12-20\n" +
        "A,Sở A,2023,1.1.2,yes;yes\n" +
        "A,Sở A,2023,1.1.3,yes\n" +
        "A,Sở A,2023,1.1.4,95%\n" +
        "A,Sở A,2023,1.2.1,yes;yes\n" +
        "A,Sở A,2023,1.2.2,no\n";

    /// <summary>A methodology of one survey-percentage leaf worth 1 point: each unit's index is its input (80% → 80.00).</summary>
    public const string OneSurveyLeaf = """
        { "formatVersion": 1, "id": "ONE", "title": "Chỉ số một tiêu chí", "subjectKind": "custom", "years": { "first": 2020 }, "maxPoints": 1,
          "areas": [ { "code": "1", "name": "Kết quả", "maxPoints": 1, "criteria": [
            { "code": "1.1", "name": "Tỷ lệ hài lòng", "maxPoints": 1, "rule": { "kind": "surveyPercentage" } } ] } ] }
        """;
}
