using NJsonSchema;

namespace ParIndex.Tests.Targets;

public class ReformPlanJsonTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromJsonAsync(ReformPlan.JsonSchema).GetAwaiter().GetResult();

    private const string Minimal = """
        {
          "formatVersion": 1,
          "plans": [
            {
              "id": "p",
              "province": "25",
              "title": "Kế hoạch CCHC năm 2020",
              "period": { "first": 2020, "last": 2020 },
              "targets": [
                {
                  "id": "t1",
                  "indicator": { "id": "dossiers.online", "wording": "Tỷ lệ hồ sơ trực tuyến" },
                  "goal": { "comparison": "greaterThan", "threshold": 20 },
                  "deadline": { "year": 2020 }
                }
              ]
            }
          ]
        }
        """;

    private static InvalidPlanException Fails(string json) => Assert.Throws<InvalidPlanException>(() => ReformPlan.ParseJson(json));

    [Fact]
    public void Parse_MinimalDocument_ReadsThePlan()
    {
        var plan = Assert.Single(ReformPlan.ParseJson(Minimal));

        Assert.Equal("Phú Thọ", plan.Province.Name);
        Assert.Equal(Goal.GreaterThan(20m), plan["t1"].Goal);
        Assert.Equal(PlanDocumentKind.Unknown, plan.DocumentKind);
        Assert.Empty(Schema.Validate(Minimal));
    }

    [Fact]
    public void Parse_SeedFile_ValidatesAgainstTheSchema() =>
        Assert.Empty(Schema.Validate(StripComments(RepositoryFiles.Read("src/ParIndex/Data/reform-plans.json"))));

    [Fact]
    public void DocsCopy_IsTheShippedSchema() =>
        Assert.Equal(RepositoryFiles.Read("docs/reform-plans.schema.json").ReplaceLineEndings(), ReformPlan.JsonSchema.ReplaceLineEndings());

    [Fact]
    public void Write_SeedPlans_ReadBackEqual_AndValidate()
    {
        var json = ReformPlan.WriteJson(SeedPlans.All);

        var read = ReformPlan.ParseJson(json);

        Assert.Empty(Schema.Validate(json));
        AssertSame(SeedPlans.All, read);
    }

    [Fact]
    public void Write_EveryKindOfPart_ReadsBackEqual()
    {
        var phase = new PlanPhase("giai đoạn 1", 2026, 2027);
        var plan = new ReformPlan("hue-2026", ParIndex.Geography.ProvinceList.Units34["46"], "Kế hoạch CCHC 2026–2030", 2026, 2030, [phase],
        [
            new PlanTarget("a", new Indicator("online-services.full", "DVC trực tuyến toàn trình"), Goal.AtLeast(80m), Deadline.On(new NodaTime.LocalDate(2026, 6, 30)))
            { OnlineServices = OnlineServiceScheme.PartialAndFull, Scope = new TargetScope(GovernmentLevels.Province | GovernmentLevels.Commune, ["y tế"]) },
            new PlanTarget("b", new Indicator("meetings", "Số cuộc họp"), Goal.LessThan(4m, TargetValueKind.Count), Deadline.EndOf(phase)) { Note = "ví dụ" },
            new PlanTarget("c", new Indicator("par-index", "PAR Index", ParIndex.History.PublishedIndex.Par), Goal.Top(5), Deadline.InYear(2030)),
        ])
        { DocumentNumber = "1/KH-UBND", DocumentKind = PlanDocumentKind.Plan, IssuedOn = new NodaTime.LocalDate(2026, 1, 5) };

        var json = ReformPlan.WriteJson([plan]);

        Assert.Empty(Schema.Validate(json));
        AssertSame([plan], ReformPlan.ParseJson(json));
    }

    [Fact]
    public void Write_Null_Throws() =>
        Assert.Equal("plans", Assert.Throws<ArgumentNullException>(() => ReformPlan.WriteJson(null!)).ParamName);

    [Fact]
    public void Parse_ThresholdOutOfRange_NamesPathLineAndColumn()
    {
        var error = Fails(Minimal.Replace("\"threshold\": 20", "\"threshold\": 120", StringComparison.Ordinal));

        var d = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.ValueOutOfRange, d.Kind);
        Assert.Equal("$.plans[0].targets[0].goal", d.JsonPath);
        Assert.Equal(13, d.Line);   // the line of "goal" in the document above
        Assert.StartsWith("$.plans[0].targets[0].goal (line 13, column ", d.ToString(), StringComparison.Ordinal);
        Assert.Equal("threshold: Value should be in range [0-100], got 120", d.Message);
    }

    [Theory]
    [InlineData("\"period\": { \"first\": 2020, \"last\": 2020 }", "\"period\": { \"first\": 2020, \"last\": 2019 }", "$.plans[0]", "lastYear: Value should be in range [2020-9999], got 2019")]
    [InlineData("\"threshold\": 20 }", "\"threshold\": 2.5, \"unit\": \"count\" }", "$.plans[0].targets[0].goal", "threshold: A count threshold must be a whole number., got 2.5")]
    [InlineData("\"deadline\": { \"year\": 2020 }", "\"deadline\": { \"year\": 1900 }", "$.plans[0].targets[0].deadline", "year: Value should be in range [1945-9999], got 1900")]
    [InlineData("\"id\": \"dossiers.online\"", "\"id\": \"dossiers online\"", "$.plans[0].targets[0].indicator", "id: An indicator id has no white space.")]
    public void Parse_ArgumentTheModelRefuses_IsAProblemAtTheElement_WordedAsTheModelsException(string find, string replace, string path, string message)
    {
        // The reader asks the model's own check (as the factory's exception words it: "year" is out of range in
        // Deadline.InYear), so reading and building never disagree.
        var d = Assert.Single(Fails(Minimal.Replace(find, replace, StringComparison.Ordinal)).Diagnostics);

        Assert.Equal((DiagnosticKind.ValueOutOfRange, path, message), (d.Kind, d.JsonPath, d.Message));
    }

    [Fact]
    public void Parse_SeveralProblems_AllReportedTogether()
    {
        var json = Minimal
            .Replace("\"province\": \"25\"", "\"province\": \"99\"", StringComparison.Ordinal)
            .Replace("\"comparison\": \"greaterThan\"", "\"comparison\": \"more\"", StringComparison.Ordinal)
            .Replace("\"deadline\": { \"year\": 2020 }", "\"deadline\": { \"year\": 2020 }, \"owner\": \"Sở Nội vụ\"", StringComparison.Ordinal);

        var error = Fails(json);

        Assert.Equal(
            [(DiagnosticKind.UnknownValue, "$.plans[0].province"), (DiagnosticKind.UnknownValue, "$.plans[0].targets[0].goal.comparison"), (DiagnosticKind.UnknownValue, "$.plans[0].targets[0].owner")],
            error.Diagnostics.Select(d => (d.Kind, d.JsonPath!)).OrderBy(p => p.Item2, StringComparer.Ordinal).ToArray());
        Assert.All(error.Diagnostics, d => Assert.NotNull(d.Line));
        Assert.NotEmpty(Schema.Validate(json));
    }

    [Fact]
    public void Parse_DeadlineOutsideThePeriod_NamesTheTarget()
    {
        var d = Assert.Single(Fails(Minimal.Replace("\"year\": 2020 }", "\"year\": 2021 }", StringComparison.Ordinal)).Diagnostics);

        Assert.Equal((DiagnosticKind.OutsidePlanPeriod, "t1", "$.plans[0].targets[0]"), (d.Kind, d.ItemCode, d.JsonPath));
    }

    [Fact]
    public void Parse_DeadlineWithTwoWays_IsOneProblem_AndAnUnknownPropertyAnother()
    {
        var twoWays = Fails(Minimal.Replace("{ \"year\": 2020 }", "{ \"year\": 2020, \"date\": \"2020-06-30\" }", StringComparison.Ordinal));
        var unknown = Fails(Minimal.Replace("{ \"year\": 2020 }", "{ \"year\": 2020, \"month\": 6 }", StringComparison.Ordinal));

        Assert.Equal((DiagnosticKind.MissingAttribute, "$.plans[0].targets[0].deadline"), (Assert.Single(twoWays.Diagnostics).Kind, twoWays.Diagnostics[0].JsonPath));
        Assert.Equal((DiagnosticKind.UnknownValue, "$.plans[0].targets[0].deadline.month"), (Assert.Single(unknown.Diagnostics).Kind, unknown.Diagnostics[0].JsonPath));
    }

    [Fact]
    public void Parse_AlternativeWithTwoProblems_ReportsBoth()
    {
        var json = Minimal.Replace("\"deadline\": { \"year\": 2020 }", "\"deadline\": { \"year\": 2020 }, \"alternatives\": [ { \"indicator\": { \"id\": \"b\" }, \"goal\": { \"comparison\": \"top\", \"threshold\": 0 } } ]", StringComparison.Ordinal);

        var error = Fails(json);

        Assert.Equal(["$.plans[0].targets[0].alternatives[0].goal.threshold", "$.plans[0].targets[0].alternatives[0].indicator"],
            error.Diagnostics.Select(d => d.JsonPath!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Parse_ProvinceListAsANumber_IsReported() =>
        Assert.Equal("$.plans[0].provinceList", Assert.Single(Fails(Minimal.Replace("\"province\": \"25\",", "\"province\": \"25\", \"provinceList\": 63,", StringComparison.Ordinal)).Diagnostics).JsonPath);

    [Fact]
    public void Parse_UnknownPhase_IsReported()
    {
        var d = Assert.Single(Fails(Minimal.Replace("{ \"year\": 2020 }", "{ \"phase\": \"giai đoạn 1\" }", StringComparison.Ordinal)).Diagnostics);

        Assert.Equal((DiagnosticKind.OutsidePlanPeriod, "$.plans[0].targets[0].deadline.phase"), (d.Kind, d.JsonPath));
    }

    [Theory]
    [InlineData("{ \"comparison\": \"top\", \"threshold\": 2.5 }", "$.plans[0].targets[0].goal.threshold")]
    [InlineData("{ \"comparison\": \"achieved\", \"threshold\": 2 }", "$.plans[0].targets[0].goal")]
    [InlineData("{ \"comparison\": \"inGroup\" }", "$.plans[0].targets[0].goal")]
    [InlineData("{ \"comparison\": \"atLeast\" }", "$.plans[0].targets[0].goal")]
    public void Parse_GoalOfTheWrongShape_IsReported(string goal, string path)
    {
        var json = Minimal.Replace("{ \"comparison\": \"greaterThan\", \"threshold\": 20 }", goal, StringComparison.Ordinal);

        Assert.Equal(path, Assert.Single(Fails(json).Diagnostics).JsonPath);
        Assert.NotEmpty(Schema.Validate(json));
    }

    [Theory]
    [InlineData("", 64, "the goal top 64 asks for more places than the 63 units of the province's list, so no unit could miss it; give N of 63 or less")]
    [InlineData("\"provinceList\": \"34\",", 35, "the goal top 35 asks for more places than the 34 units of the province's list, so no unit could miss it; give N of 34 or less")]
    public void Parse_TopBeyondTheUnitsOfTheList_IsReportedAtTheTarget(string list, int places, string said)
    {
        // Phú Thọ (25) is on both lists; every one of the 63 (34) units is in a top 64 (35), so main read the goal and
        // called it met whatever the rank.
        var json = Minimal.Replace("\"province\": \"25\",", "\"province\": \"25\", " + list, StringComparison.Ordinal)
            .Replace("{ \"comparison\": \"greaterThan\", \"threshold\": 20 }", "{ \"comparison\": \"top\", \"threshold\": " + places.ToString(System.Globalization.CultureInfo.InvariantCulture) + " }", StringComparison.Ordinal);
        var inAnAlternative = Minimal.Replace("\"province\": \"25\",", "\"province\": \"25\", " + list, StringComparison.Ordinal)
            .Replace("\"deadline\": { \"year\": 2020 }", "\"deadline\": { \"year\": 2020 }, \"alternatives\": [ { \"indicator\": { \"id\": \"par\", \"wording\": \"Chỉ số CCHC\" }, \"goal\": { \"comparison\": \"top\", \"threshold\": " + places.ToString(System.Globalization.CultureInfo.InvariantCulture) + " } } ]", StringComparison.Ordinal);

        var d = Assert.Single(Fails(json).Diagnostics);
        var alternative = Assert.Single(Fails(inAnAlternative).Diagnostics);

        Assert.Equal((DiagnosticKind.ValueOutOfRange, "$.plans[0].targets[0]", said), (d.Kind, d.JsonPath, d.Message));
        Assert.Equal("$.plans[0].targets[0]", alternative.JsonPath);
        Assert.Single(ReformPlan.ParseJson(json.Replace(places.ToString(System.Globalization.CultureInfo.InvariantCulture) + " }", (places - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " }", StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_RepeatedProperty_IsReportedWithItsPlace()
    {
        var d = Assert.Single(Fails(Minimal.Replace("\"id\": \"p\",", "\"id\": \"p\", \"id\": \"q\",", StringComparison.Ordinal)).Diagnostics);

        Assert.Equal(DiagnosticKind.DuplicateProperty, d.Kind);
        Assert.Equal("$.plans[0].id", d.JsonPath);
    }

    [Fact]
    public void Parse_BadSyntax_StopsAtTheFirstError()
    {
        var d = Assert.Single(Fails("{ \"formatVersion\": 1, \"plans\": [ }").Diagnostics);

        Assert.Equal(DiagnosticKind.MalformedJson, d.Kind);
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void Parse_OtherFormatVersion_IsReported() =>
        Assert.Equal("$.formatVersion", Assert.Single(Fails(Minimal.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal)).Diagnostics).JsonPath);

    [Fact]
    public void Parse_Null_Throws() =>
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => ReformPlan.ParseJson(null!)).ParamName);

    private static void AssertSame(System.Collections.Generic.IReadOnlyList<ReformPlan> expected, System.Collections.Generic.IReadOnlyList<ReformPlan> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal((e.Id, e.Province, e.Title, e.FirstYear, e.LastYear, e.DocumentNumber, e.DocumentKind, e.IssuedOn, e.Source, e.Note),
                (a.Id, a.Province, a.Title, a.FirstYear, a.LastYear, a.DocumentNumber, a.DocumentKind, a.IssuedOn, a.Source, a.Note));
            Assert.Equal(e.Phases.ToArray(), a.Phases.ToArray());
            Assert.Equal(e.Targets.ToArray(), a.Targets.ToArray());
        }
    }

    /// <summary>NJsonSchema reads strict JSON; the data file starts with // comment lines citing its sources.</summary>
    private static string StripComments(string json) =>
        string.Join('\n', json.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
}
