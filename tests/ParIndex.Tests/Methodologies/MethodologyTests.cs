using static ParIndex.TestSupport.MethodologyBuilder;

namespace ParIndex.Tests.Methodologies;

public class MethodologyTests
{
    private static Methodology Build(decimal total, params Area[] areas) =>
        new("TEST", "Thử nghiệm", SubjectKind.Custom, AssessmentYears.From(2020), total, areas);

    [Fact]
    public void Constructor_ManyProblems_ReportsAllOfThemAtOnce()
    {
        var error = Assert.Throws<InvalidMethodologyException>(() => Build(
            10m,
            new Area
            {
                Code = "1",
                Name = "Lĩnh vực 1",
                MaxPoints = 5m,
                Criteria =
                [
                    Leaf("1.1", 2m),
                    Leaf("1.1", 2m), // duplicate code
                    Leaf("1.2", -1m, new YesNoRule(0m)), // negative maximum
                    new Criterion { Code = "1.3", Name = "Không có quy tắc", MaxPoints = 1m }, // leaf without a rule
                    Leaf("1.4", 2m, BandRule.ForPercent(Band.AtLeast(80m, 2m), Band.Between(50m, 80m, 1m), Band.Below(40m, 0m))), // overlap at 80, gap 40–50
                ],
            },
            new Area { Code = "2", Name = "Lĩnh vực 2", MaxPoints = 3m })); // empty area; areas sum to 8, not 10

        var found = error.Diagnostics.Select(d => (d.Kind, d.ItemCode)).ToArray();
        Assert.Contains((DiagnosticKind.DuplicateCode, "1.1"), found);
        Assert.Contains((DiagnosticKind.InvalidMaximum, "1.2"), found);
        Assert.Contains((DiagnosticKind.RuleMisplaced, "1.3"), found);
        Assert.Contains((DiagnosticKind.BandsOverlap, "1.4"), found);
        Assert.Contains((DiagnosticKind.BandsGap, "1.4"), found);
        Assert.Contains((DiagnosticKind.MaximaMismatch, "1"), found); // 2 + 2 − 1 + 1 + 2 = 6 ≠ 5
        Assert.Contains((DiagnosticKind.Empty, "2"), found);
        Assert.Contains((DiagnosticKind.MaximaMismatch, (string?)null), found);
        Assert.Equal(8, error.Diagnostics.Length);
        TextAssert.Holds(error.Message, "criterion 1.4: bands overlap at 80%", "criterion 1.4: no band covers values between 40% and 50%");
    }

    [Fact]
    public void Constructor_RuleOnACriterionWithSubCriteria_IsMisplaced()
    {
        var error = Assert.Throws<InvalidMethodologyException>(() => Build(1m, Area("1", new Criterion { Code = "1.1", Name = "Cha", MaxPoints = 1m, Rule = new YesNoRule(1m), SubCriteria = [Leaf("1.1.1", 1m)] })));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.RuleMisplaced, "1.1"), (diagnostic.Kind, diagnostic.ItemCode));
    }

    [Fact]
    public void Constructor_NoAreasAndBlankId_AreReported()
    {
        var error = Assert.Throws<InvalidMethodologyException>(() =>
            new Methodology(" ", "Tên", SubjectKind.Province, AssessmentYears.From(2022), 100m, []));

        Assert.Equal([DiagnosticKind.MissingAttribute, DiagnosticKind.Empty], error.Diagnostics.Select(d => d.Kind));
    }

    [Fact]
    public void Constructor_ControlCharacterInTitleOrName_IsReportedOnItsNode()
    {
        // main kept "Kế\u0000hoạch" and showed it as written in every explanation and report.
        var error = Assert.Throws<InvalidMethodologyException>(() => new Methodology("T", "Thử\u0007", SubjectKind.Custom, AssessmentYears.From(2020), 2m,
            [new Area { Code = "1", Name = "Lĩnh vực", MaxPoints = 2m, Criteria =
            [
                Leaf("1.1", 1m, new YesNoRule(1m), name: "Kế\u0000hoạch"),
                new Criterion { Code = "1.2", Name = "Báo cáo", EnglishName = "Reports\n", MaxPoints = 1m, Rule = new YesNoRule(1m) },
            ] }]));

        Assert.Equal(
            [
                (DiagnosticKind.InvalidCode, (string?)null, "the title holds a control character (U+0007)"),
                (DiagnosticKind.InvalidCode, "1.1", "the name holds a control character (U+0000)"),
                (DiagnosticKind.InvalidCode, "1.2", "the English name holds a control character (U+000A)"),
            ],
            error.Diagnostics.Select(d => (d.Kind, d.ItemCode, d.Message)));
    }

    [Fact]
    public void Constructor_RulePointsAboveLeafMaximum_AreReported()
    {
        var error = Assert.Throws<InvalidMethodologyException>(() => Build(1m, Area("1", Leaf("1.1", 1m, new TimelinessRule(new NodaTime.AnnualDate(3, 31), 0, 2m, 0.5m)))));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.InvalidRule, "1.1"), (diagnostic.Kind, diagnostic.ItemCode));
        Assert.Equal("on time gives 2 points, outside [0, 1]", diagnostic.Message);
    }

    [Fact]
    public void Nodes_AreInPreOrder_AndFindReturnsThem()
    {
        var methodology = CaMau1880.Fragment;

        Assert.Equal(["1", "1.1", "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.2", "1.2.1", "1.2.2"], methodology.Nodes.Select(n => n.Code));
        Assert.Equal(6, methodology.Leaves.Length);
        Assert.Same(methodology.Nodes[5], methodology.Find("1.1.4"));
        Assert.Null(methodology.Find("1.3"));
        Assert.Equal(7m, methodology.MaxPointsFrom(AssessmentMethod.AppraisedSelfAssessment));
        Assert.Equal(0m, methodology.MaxPointsFrom(AssessmentMethod.SociologicalSurvey));
    }

    [Fact]
    public void Equals_SameTreeBuiltTwice_IsEqual_AndAChangedRuleIsNot()
    {
        static Methodology Make(decimal upper) => new("M", "Tên", SubjectKind.Province, AssessmentYears.Between(2022, 2023), 2m,
        [
            new Area
            {
                Code = "1",
                Name = "Lĩnh vực",
                MaxPoints = 2m,
                Criteria = [Leaf("1.1", 2m, BandRule.ForPercent(Band.AtLeast(upper, 2m), Band.Below(upper, 0m)))],
            },
        ]);

        ContractAssert.EqualsContract(Make(50m), Make(50m), Make(60m));
    }

    [Fact]
    public void Name_IsStoredInNfc()
    {
        var decomposed = "Hoà Bình".Normalize(System.Text.NormalizationForm.FormD);
        var criterion = new Criterion { Code = "1", Name = decomposed, MaxPoints = 1m };

        Assert.Equal("Hoà Bình".Normalize(System.Text.NormalizationForm.FormC), criterion.Name);
        Assert.True(criterion.Name.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Children_DefaultArray_IsTreatedAsEmpty()
    {
        var criterion = new Criterion { Code = "1", Name = "Lá", MaxPoints = 1m, SubCriteria = default };

        Assert.True(criterion.IsLeaf);
        Assert.Equal(ImmutableArray<Criterion>.Empty, criterion.SubCriteria);
    }

    [Fact]
    public void Areas_AreCopied_SoTheCallersArrayCannotChangeTheMethodology()
    {
        var areas = new[] { CaMau1880.Fragment.Areas[0] };
        var methodology = Build(7m, areas);
        areas[0] = new Area { Code = "9", Name = "Khác", MaxPoints = 7m };

        Assert.Equal("1", methodology.Areas[0].Code);
    }
}
