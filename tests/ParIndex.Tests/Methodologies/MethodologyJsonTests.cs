namespace ParIndex.Tests.Methodologies;

public class MethodologyJsonTests
{
    [Fact]
    public void WriteThenRead_CaMauFragment_IsEqual()
    {
        var json = Methodology.WriteJson(CaMau1880.Fragment);

        Assert.Equal(CaMau1880.Fragment, Methodology.ParseJson(json));
        Assert.Contains("\"Ban hành kế hoạch CCHC năm\"", json, StringComparison.Ordinal); // Vietnamese stays readable
        Assert.Contains("\"kind\": \"timeliness\"", json, StringComparison.Ordinal);
    }

    [Property(MaxTest = 100)]
    public Property WriteThenRead_AnyMethodology_IsIdentity() =>
        Prop.ForAll(Generators.Methodologies.ToArbitrary(), methodology =>
        {
            var read = Methodology.ReadJson(Methodology.WriteJsonUtf8(methodology));
            Assert.Equal(methodology, read);
            Assert.Equal(Methodology.WriteJson(methodology), Methodology.WriteJson(read));
        });

    [Fact]
    public void Write_EveryMemberOfTheNamedEnums_KeepsTheNameTheWriterGaveIt()
    {
        // The names the writer's own switches gave before it took them from the reader's tables, written out here; a
        // sum of points is left out. Each table lists every member, so a new member needs its name here too.
        (SubjectKind Member, string Name)[] subjects = [(SubjectKind.Province, "province"), (SubjectKind.Ministry, "ministry"), (SubjectKind.Custom, "custom")];
        (AssessmentMethod Member, string Name)[] sources = [(AssessmentMethod.AppraisedSelfAssessment, "appraisedSelfAssessment"), (AssessmentMethod.SociologicalSurvey, "sociologicalSurvey"), (AssessmentMethod.Other, "other")];
        (Aggregation Member, string? Name)[] aggregations = [(Aggregation.SumOfPoints, null), (Aggregation.WeightedMean, "weightedMean"), (Aggregation.NormalisedWeightedMean, "normalisedWeightedMean")];
        Assert.Equal(Enum.GetValues<SubjectKind>(), subjects.Select(s => s.Member));
        Assert.Equal(Enum.GetValues<AssessmentMethod>(), sources.Select(s => s.Member));
        Assert.Equal(Enum.GetValues<Aggregation>(), aggregations.Select(a => a.Member));

        for (var i = 0; i < subjects.Length; i++)
        {
            var weight = aggregations[i].Name is null ? (decimal?)null : 1m;
            var area = new Area { Code = "1", Name = "A", MaxPoints = 1m, Weight = weight, Criteria = [MethodologyBuilder.Leaf("1.1", 1m, source: sources[i].Member)] };
            var methodology = new Methodology("N", "Names", subjects[i].Member, AssessmentYears.From(2023), 1m, [area], aggregation: aggregations[i].Member);

            var json = Methodology.WriteJson(methodology);

            TextAssert.Holds(json, $"\"subjectKind\": \"{subjects[i].Name}\"", $"\"source\": \"{sources[i].Name}\"");
            if (aggregations[i].Name is { } aggregation)
            {
                Assert.Contains($"\"aggregation\": \"{aggregation}\"", json, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("\"aggregation\"", json, StringComparison.Ordinal);
            }
            Assert.Equal(methodology, Methodology.ParseJson(json));
        }
    }

    [Fact]
    public void Read_StreamAndBom_AreAccepted()
    {
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Methodology.WriteJsonUtf8(CaMau1880.Fragment)).ToArray();
        using var stream = new System.IO.MemoryStream(bytes);

        Assert.Equal(CaMau1880.Fragment, Methodology.ReadJson(stream));
    }

    [Fact]
    public void Read_CommentsAreSkipped()
    {
        var json = Methodology.WriteJson(CaMau1880.Fragment).Replace("\"formatVersion\": 1,", "// source: thuvienphapluat.vn\n  \"formatVersion\": 1, /* format */", StringComparison.Ordinal);

        Assert.Equal(CaMau1880.Fragment, Methodology.ParseJson(json));
    }

    [Fact]
    public void Write_UserRule_IsRefusedNamingTheLeaf()
    {
        var methodology = new Methodology("U", "User", SubjectKind.Custom, AssessmentYears.From(2020), 1m,
            [new Area { Code = "1", Name = "A", MaxPoints = 1m, Criteria = [new Criterion { Code = "1.1", Name = "B", MaxPoints = 1m, Rule = new UserRule() }] }]);

        var error = Assert.Throws<InvalidMethodologyException>(() => Methodology.WriteJson(methodology));

        Assert.Equal((DiagnosticKind.UnsupportedRule, "1.1"), (error.Diagnostics[0].Kind, error.Diagnostics[0].ItemCode));
    }

    [Fact]
    public void Read_TooLarge_IsALimit()
    {
        var error = Assert.Throws<InvalidMethodologyException>(() => Methodology.ParseJson(Methodology.WriteJson(CaMau1880.Fragment), new MethodologyJsonOptions { MaxBytes = 100 }));
        Assert.Equal(DiagnosticKind.LimitExceeded, Assert.Single(error.Diagnostics).Kind);
    }

    private sealed class UserRule : ScoringRule
    {
        public override IndicatorKind InputKind => IndicatorKind.Flag;

        public override RuleOutcome Evaluate(in IndicatorValue value, in RuleContext context) => new(0m);

        public override string Describe() => "user";
    }
}
