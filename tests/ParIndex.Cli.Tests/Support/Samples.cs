namespace ParIndex.Cli.Tests.Support;

/// <summary>The repository's sample input files (samples/data).</summary>
internal static class Samples
{
    public const string Methodology = "CA-MAU-1880-2013-FRAGMENT";

    public static string Csv { get; } = Path.Combine(RepositoryFiles.Root, "samples", "data", "indicators-ca-mau-fragment.csv");

    public static string Json { get; } = Path.Combine(RepositoryFiles.Root, "samples", "data", "indicators-ca-mau-fragment.json");

    public static string Assessment { get; } = Path.Combine(RepositoryFiles.Root, "samples", "data", "assessment-ca-mau-fragment.csv");

    public static string SipasAnswers { get; } = Path.Combine(RepositoryFiles.Root, "samples", "data", "sipas-answers-2019.csv");

    /// <summary>The words of a command line written with spaces, where {methodology}, {csv} and {answers} stand for the
    /// samples and each name of <paramref name="files"/> for its path.</summary>
    public static string[] Args(string commandLine, params (string Name, string Path)[] files) =>
        [.. commandLine.Split(' ').Select(word => word switch
        {
            "{methodology}" => Methodology,
            "{csv}" => Csv,
            "{answers}" => SipasAnswers,
            _ => Array.Find(files, f => f.Name == word).Path ?? word,
        })];

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

    /// <summary>A five-point index whose areas combine by a normalised weighted mean (weights 0.6 and 0.6) and whose
    /// area 2 takes a weighted mean of its two leaves (0.75 and 0.25); area 1 sums points.</summary>
    public const string WeightedAreas = """
        { "formatVersion": 1, "id": "W-DEMO", "title": "Chỉ số có trọng số (thử)", "subjectKind": "custom", "years": { "first": 2023 },
          "maxPoints": 5, "aggregation": "normalisedWeightedMean",
          "areas": [
            { "code": "1", "name": "Chỉ đạo, điều hành", "maxPoints": 3, "weight": 0.6, "criteria": [
              { "code": "1.1", "name": "Ban hành kế hoạch", "maxPoints": 1, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } },
              { "code": "1.2", "name": "Tỷ lệ nhiệm vụ hoàn thành", "maxPoints": 2, "rule": { "kind": "proportional" } } ] },
            { "code": "2", "name": "Thủ tục hành chính", "maxPoints": 2, "weight": 0.6, "aggregation": "weightedMean", "criteria": [
              { "code": "2.1", "name": "Công bố TTHC", "maxPoints": 1, "weight": 0.75, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } },
              { "code": "2.2", "name": "Niêm yết TTHC", "maxPoints": 1, "weight": 0.25, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } } ] } ] }
        """;

    /// <summary>Two units for <see cref="WeightedAreas"/>: NV (yes, 3/4, yes, no) and TP (yes, 1/2, yes, 2.2 not applicable).</summary>
    public const string WeightedUnits =
        "unit,name,year,code,value\n" +
        "NV,Sở Nội vụ,2023,1.1,yes\nNV,Sở Nội vụ,2023,1.2,3/4\nNV,Sở Nội vụ,2023,2.1,yes\nNV,Sở Nội vụ,2023,2.2,no\n" +
        "TP,Sở Tư pháp,2023,1.1,yes\nTP,Sở Tư pháp,2023,1.2,1/2\nTP,Sở Tư pháp,2023,2.1,yes\nTP,Sở Tư pháp,2023,2.2,n/a\n";
}
