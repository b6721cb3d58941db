using static ParIndex.TestSupport.Workbooks;

namespace ParIndex.Tests.Scoring;

/// <summary><see cref="ReportedIndicatorsBuilder"/>: rows of (unit, year, criterion, text) become units' indicators, and
/// each row that cannot is refused with a diagnostic naming its place.</summary>
public class ReportedIndicatorsBuilderTests
{
    // Area 1 (max 3) with a leaf 1.1 (yes/no, 1) and a node 1.2 whose one leaf 1.2.1 is a percentage band (2).
    private static readonly Methodology Plan = Methodology.ParseJson("""
        { "formatVersion": 1, "id": "BUILDER-TEST", "title": "Bộ chỉ số thử", "subjectKind": "custom",
          "years": { "first": 2023 }, "maxPoints": 3,
          "areas": [
            { "code": "1", "name": "Công tác chỉ đạo", "maxPoints": 3, "criteria": [
              { "code": "1.1", "name": "Có kế hoạch", "maxPoints": 1, "rule": { "kind": "yesNo", "yes": 1, "no": 0 } },
              { "code": "1.2", "name": "Thực hiện", "maxPoints": 2, "subCriteria": [
                { "code": "1.2.1", "name": "Tỷ lệ hoàn thành", "maxPoints": 2, "rule": { "kind": "proportional" } } ] } ] } ] }
        """);

    private static InputPlace At(int line, string source = "a.csv") => new(source, line, 5);

    private static string[] Problems(ReportedIndicatorsBuilder builder) => [.. builder.Build().Diagnostics.Select(d => d.Kind + " " + d)];

    [Fact]
    public void Add_RowsOfTwoUnits_BuildBothInTheOrderFirstSeen()
    {
        var builder = new ReportedIndicatorsBuilder(Plan);

        Assert.True(builder.Add("TP", "Sở Tư pháp", 2023, "1.1", "yes", DecimalMark.Point, At(2)));
        Assert.True(builder.Add("NV", "  Sở Nội vụ ", 2023, "1.1", "no", DecimalMark.Point, At(3)));
        Assert.True(builder.Add(" TP ", null, 2023, "1.2.1", "3/4", DecimalMark.Point, At(4)));
        Assert.True(builder.Add("NV", "Sở Nội vụ", 2023, "1.2.1", "1,5/2", DecimalMark.Comma, At(5)));
        var result = builder.Build();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["TP Sở Tư pháp", "NV Sở Nội vụ"], result.Value.Select(u => u.Unit.Code + " " + u.Unit.Name));
        Assert.Equal(IndicatorValue.Ratio(3m, 4m), result.Value[0]["1.2.1"]);
        Assert.Equal(IndicatorValue.Ratio(1.5m, 2m), result.Value[1]["1.2.1"]);
        Assert.Equal(2023, result.Value[1].Year);
    }

    [Fact]
    public void Add_UnitWithoutAName_IsNamedByItsCode()
    {
        var builder = new ReportedIndicatorsBuilder(Plan);
        builder.Add("NV", " ", 2023, "1.1", "yes", DecimalMark.Point, At(2));
        builder.Add("TP", null, 2023, "1.1", "yes", DecimalMark.Point, At(3));

        Assert.Equal(["NV", "TP"], builder.Build().Value.Select(u => u.Unit.Name));
    }

    [Fact]
    public void Add_RowWithoutAUnit_IsRefused()
    {
        var builder = new ReportedIndicatorsBuilder(Plan);

        Assert.False(builder.Add(" ", null, 2023, "1.1", "yes", DecimalMark.Point, At(2)));
        Assert.False(builder.Add("", null, 2023, "", "yes", DecimalMark.Point, At(3)));
        Assert.Equal(
            ["MissingAttribute a.csv:2:5, criterion 1.1: the row has no unit", "MissingAttribute a.csv:3:5: the row has no unit"],
            Problems(builder));
        Assert.Empty(builder.Build().Value);
    }

    [Fact]
    public void Add_UnknownCodeOrANode_IsRefusedSayingWhich()
    {
        var builder = new ReportedIndicatorsBuilder(Plan);

        Assert.False(builder.Add("NV", null, 2023, "9.9", "yes", DecimalMark.Point, At(2)));
        Assert.False(builder.Add("NV", null, 2023, "1.2", "50%", DecimalMark.Point, At(3)));
        Assert.Equal(
            [
                "UnknownCode a.csv:2:5, unit NV, criterion 9.9: no criterion of BUILDER-TEST has the code '9.9'",
                "UnknownCode a.csv:3:5, unit NV, criterion 1.2: criterion 1.2 has sub-criteria; report its leaves",
            ],
            Problems(builder));
    }

    [Fact]
    public void Add_NameWithAControlCharacter_IsRefused()
    {
        // main took "Sở\u0000A" as the unit's name and passed it into the scores; the readers refused it only in a table.
        var builder = new ReportedIndicatorsBuilder(Plan);

        Assert.False(builder.Add("NV", "Sở\u0000Nội vụ", 2023, "1.1", "yes", DecimalMark.Point, At(2)));
        Assert.False(builder.Add("TP", "Sở Tư\u001Fpháp", 2023, "1.1", "yes", DecimalMark.Point, At(3)));
        Assert.Equal(
            [
                "InvalidCode a.csv:2:5, unit NV, criterion 1.1: the unit's name holds a control character (U+0000)",
                "InvalidCode a.csv:3:5, unit TP, criterion 1.1: the unit's name holds a control character (U+001F)",
            ],
            Problems(builder));
    }

    [Fact]
    public void Add_TextNotOfTheRulesKind_NamesTheCriterion()
    {
        var builder = new ReportedIndicatorsBuilder(Plan);

        Assert.False(builder.Add("NV", null, 2023, "1.1", "maybe", DecimalMark.Point, At(2)));
        Assert.Equal(["WrongIndicatorKind a.csv:2:5, unit NV, criterion 1.1: 'maybe' is not yes or no for Có kế hoạch"], Problems(builder));
    }

    [Fact]
    public void Add_CriterionTwiceForAUnit_NamesTheEarlierPlace()
    {
        var builder = new ReportedIndicatorsBuilder(Plan);

        Assert.True(builder.Add("NV", null, 2023, "1.1", "yes", DecimalMark.Point, At(2)));
        Assert.False(builder.Add("NV", null, 2023, "1.1", "no", DecimalMark.Point, At(7)));
        Assert.Equal(["DuplicateCode a.csv:7:5, unit NV, criterion 1.1: the criterion is reported more than once for the unit (also at a.csv:2:5)"], Problems(builder));
        Assert.Equal(IndicatorValue.Flag(true), Assert.Single(builder.Build().Value)["1.1"]);
    }

    [Fact]
    public void Add_AnotherYearForAUnit_IsRefused()
    {
        var builder = new ReportedIndicatorsBuilder(Plan);

        builder.Add("NV", null, 2023, "1.1", "yes", DecimalMark.Point, At(2));
        Assert.False(builder.Add("NV", null, 2024, "1.2.1", "1/2", DecimalMark.Point, At(3)));
        Assert.Equal(["WrongYear a.csv:3:5, unit NV, criterion 1.2.1: year 2024 differs from the unit's earlier rows (2023)"], Problems(builder));
    }

    [Fact]
    public void Add_UnitInTwoFiles_IsRefused()
    {
        var builder = new ReportedIndicatorsBuilder(Plan);

        builder.Add("NV", null, 2023, "1.1", "yes", DecimalMark.Point, At(2, "a.csv"));
        Assert.False(builder.Add("NV", null, 2023, "1.2.1", "1/2", DecimalMark.Point, At(2, "b.csv")));
        Assert.Equal(["DuplicateCode b.csv:2:5, unit NV, criterion 1.2.1: unit NV is reported more than once across the files (also in a.csv); a unit's rows belong in one file"], Problems(builder));
    }

    [Fact]
    public void Add_CodeThatOnlyLooksLikeAnEarlierOne_IsRefusedNamingTheDifference()
    {
        // A full-width "Ｖ" (U+FF36) looks like "V": the key keeps it, the look folds it (NFKC).
        var builder = new ReportedIndicatorsBuilder(Plan);

        builder.Add("NV", null, 2023, "1.1", "yes", DecimalMark.Point, At(2));
        Assert.False(builder.Add("N\uFF36", null, 2023, "1.2.1", "1/2", DecimalMark.Point, At(3)));
        Assert.Equal(
            ["LookalikeKeys a.csv:3:5, unit N\uFF36, criterion 1.2.1: unit 'N\uFF36' here and unit 'NV' at a.csv:2:5 look the same, but they differ only in characters that look alike (U+FF36); write the code the same way on every row"],
            Problems(builder));
    }

    [Fact]
    public void Build_ValueOutOfItsDomain_IsPlacedAtItsRow()
    {
        var builder = new ReportedIndicatorsBuilder(Plan);

        builder.Add("NV", null, 2023, "1.1", "yes", DecimalMark.Point, At(2));
        builder.Add("NV", null, 2023, "1.2.1", "3/0", DecimalMark.Point, At(3));
        builder.Add("TP", null, 2023, "1.1", "yes", DecimalMark.Point, At(4));
        var result = builder.Build();

        Assert.Equal(["ValueOutOfRange a.csv:3:5, unit NV, criterion 1.2.1: denominator of 3/0 must be more than 0"], result.Diagnostics.Select(d => d.Kind + " " + d));
        Assert.Equal("TP", Assert.Single(result.Value).Unit.Code); // the other unit is still built
    }

    [Fact]
    public void Report_AddsAProblemOfTheReader()
    {
        var builder = new ReportedIndicatorsBuilder(Plan);
        builder.Report(new Diagnostic(DiagnosticKind.MalformedRow, null, "the row has 3 cells"));

        Assert.Equal(["MalformedRow the row has 3 cells"], Problems(builder));
    }

    [Fact]
    public void Arguments_Null_AreRefusedByName()
    {
        var builder = new ReportedIndicatorsBuilder(Plan);

        Assert.Throws<ArgumentNullException>("methodology", () => new ReportedIndicatorsBuilder(null!));
        Assert.Throws<ArgumentNullException>("unitCode", () => builder.Add(null!, null, 2023, "1.1", "yes", DecimalMark.Point, At(2)));
        Assert.Throws<ArgumentNullException>("criterionCode", () => builder.Add("NV", null, 2023, null!, "yes", DecimalMark.Point, At(2)));
        Assert.Throws<ArgumentNullException>("valueText", () => builder.Add("NV", null, 2023, "1.1", null!, DecimalMark.Point, At(2)));
        Assert.Throws<ArgumentNullException>("problem", () => builder.Report(null!));
    }

    [Fact]
    public void Build_UnitWithEveryRowRefused_IsLeftOut_ItsProblemsListed()
    {
        // NV's one row is refused ("maybe" is not yes or no): an empty NV would come back as a unit to score, with
        // every leaf missing. TP's row is taken.
        var builder = new ReportedIndicatorsBuilder(Plan);
        Assert.False(builder.Add("NV", "Sở Nội vụ", 2023, "1.1", "maybe", DecimalMark.Point, At(2)));
        Assert.True(builder.Add("TP", "Sở Tư pháp", 2023, "1.1", "yes", DecimalMark.Point, At(3)));

        var result = builder.Build();

        Assert.Equal(["TP"], result.Value.Select(u => u.Unit.Code));
        Assert.Equal((DiagnosticKind.WrongIndicatorKind, "NV", 2), (Assert.Single(result.Diagnostics).Kind, result.Diagnostics[0].UnitCode, result.Diagnostics[0].Line));
    }

    [Fact]
    public void Read_UnitWithEveryRowRefused_IsLeftOutAlikeByTheCsvWorkbookAndJsonReaders()
    {
        // Cà Mau fragment: A's one value "lots" is no percentage for 1.1.4, B's "yes" for 1.1.3 is read. Each reader
        // gives B alone and A's one problem.
        var csv = IndicatorsCsv.Read(new StringReader("unit,year,code,value\nA,2023,1.1.4,lots\nB,2023,1.1.3,yes\n"), CaMau1880.Fragment, null, "units.csv");
        var book = Make(
            "Data",
            [S("unit"), S("year"), S("code"), S("value")],
            [S("A"), N("2023"), S("1.1.4"), S("lots")],
            [S("B"), N("2023"), S("1.1.3"), S("yes")]);
        var xlsx = IndicatorsXlsx.Read(book, CaMau1880.Fragment, null, "units.xlsx");
        var json = ReportedIndicators.ReadJson(
            new MemoryStream("""{ "year": 2023, "units": [ { "code": "A", "values": { "1.1.4": "lots" } }, { "code": "B", "values": { "1.1.3": "yes" } } ] }"""u8.ToArray()),
            CaMau1880.Fragment,
            "units.json");

        foreach (var result in new[] { csv, xlsx, json })
        {
            Assert.Equal(["B"], result.Value.Select(u => u.Unit.Code));
            Assert.Equal((DiagnosticKind.WrongIndicatorKind, "A", "1.1.4"), (Assert.Single(result.Diagnostics).Kind, result.Diagnostics[0].UnitCode, result.Diagnostics[0].ItemCode));
        }
    }
}
