namespace ParIndex.Tests.Assessments;

public class AssessmentRecordTests
{
    private static readonly AssessedUnit Unit = new("A", "Sở A");

    // The Cà Mau fragment with caps on bonus and penalty points, which the decision's fragment does not state: test data.
    private static readonly Methodology Capped = new(
        CaMau1880.Fragment.Id, CaMau1880.Fragment.Title, CaMau1880.Fragment.SubjectKind, CaMau1880.Fragment.Years,
        CaMau1880.Fragment.MaxPoints, CaMau1880.Fragment.Areas, CaMau1880.Fragment.LegalBasis)
    { BonusCap = 0.5m, PenaltyCap = 1m };

    private static LeafAssessment Leaf(string code, decimal self, decimal? appraised = null, string? reason = null, bool evidence = true) => new()
    {
        Code = code,
        SelfScore = self,
        AppraisedScore = appraised,
        AppraisalReason = reason,
        Evidence = evidence ? [new Evidence("01/KH-SNV", "Sở Nội vụ", new LocalDate(2022, 12, 20))] : [],
        Explanation = evidence ? null : "Kết quả thể hiện trong báo cáo năm",
    };

    [Fact]
    public void Appraise_ShowsSelfAndAppraisedSideBySide_WithAdjustmentsAndCappedBonus()
    {
        var record = new AssessmentRecord(Unit, 2023,
        [
            Leaf("1.1.1", 1m, appraised: 0.5m, reason: "Kế hoạch ban hành không kịp thời"),
            Leaf("1.1.2", 1m),
            Leaf("1.1.3", 1m, appraised: 0m, reason: "Không có tài liệu kiểm chứng", evidence: false),
            Leaf("1.1.4", 2m),
            Leaf("1.2.1", 1m, appraised: 1m), // accepted: same score, no reason needed
            Leaf("1.2.2", 1m),
        ],
        bonusPoints: 1m,
        penaltyPoints: 0.25m);

        var result = record.Appraise(new Scorer(Capped));

        // Self: 1 + 1 + 1 + 2 + 1 + 1 = 7 of 7 → 100%. Appraised: 0.5 + 1 + 0 + 2 + 1 + 1 = 5.5 of 7.
        Assert.Equal(7m, result.SelfAssessed.Points);
        Assert.Equal(5.5m, result.Appraised.Points);
        Assert.Equal(["1.1.1: 1 → 0.5 (Kế hoạch ban hành không kịp thời)", "1.1.3: 1 → 0 (Không có tài liệu kiểm chứng)"], result.Adjustments.Select(a => a.ToString()));
        Assert.Equal("1.1.3", Assert.Single(result.LeavesWithoutEvidence).Code);
        // Bonus 1 claimed, capped at 0.5; penalty 0.25 under its cap of 1: 5.5 + 0.5 − 0.25 = 5.75 of 7 → 82.142857…%.
        Assert.Equal((0.5m, 0.25m, 5.75m), (result.BonusApplied, result.PenaltyApplied, result.Points));
        Assert.Equal(5.75m / 7m * 100m, result.Index);
        Assert.Equal(82.14m, result.RoundedIndex);
        Assert.Equal(LeafStatus.GivenPoints, result.Appraised["1.1.1"].Explanation!.Status);
    }

    [Fact]
    public void Constructor_BadEntries_AreAllReportedWithTheirCodes()
    {
        var error = Assert.Throws<InvalidIndicatorsException>(() => new AssessmentRecord(Unit, 2023,
        [
            Leaf("1.1.1", 1m, appraised: 0.5m), // changed without a reason
            Leaf("1.1.1", 1m), // twice
            new LeafAssessment { Code = "1.1.2" }, // no score at all
            new LeafAssessment { Code = "1.1.3", SelfScore = 1m, NotApplicable = true }, // two kinds
            new LeafAssessment { Code = "1.1.4", SurveyPercent = 120m },
        ]));

        Assert.Equal(
            [(DiagnosticKind.DuplicateCode, "1.1.1"), (DiagnosticKind.ValueOutOfRange, "1.1.1"), (DiagnosticKind.ValueOutOfRange, "1.1.2"), (DiagnosticKind.ValueOutOfRange, "1.1.3"), (DiagnosticKind.ValueOutOfRange, "1.1.4")],
            error.Diagnostics.Select(d => (d.Kind, d.ItemCode!)).Order());
    }

    [Fact]
    public void Appraise_ScoreAboveTheLeafMaximum_IsAnError()
    {
        var record = new AssessmentRecord(Unit, 2023, CaMau1880.Fragment.Leaves.Select(l => Leaf(l.Code, l.Code == "1.1.4" ? 3m : 1m)));

        var error = Assert.Throws<InvalidIndicatorsException>(() => record.Appraise(new Scorer(CaMau1880.Fragment)));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("1.1.4", "3 points is more than the leaf's maximum of 2"), (diagnostic.ItemCode, diagnostic.Message));
    }

    [Fact]
    public void Appraise_SurveyLeaf_TakesItsPointsFromThePercentage()
    {
        var methodology = new Methodology("S", "Khảo sát", SubjectKind.Custom, AssessmentYears.From(2023), 3m,
        [
            MethodologyBuilder.Area("1", MethodologyBuilder.YesNo("1.1")),
            MethodologyBuilder.Area("2", MethodologyBuilder.Leaf("2.1", 2m, new ParIndex.Rules.SurveyPercentageRule(), AssessmentMethod.SociologicalSurvey)),
        ]);
        var record = new AssessmentRecord(Unit, 2023, [Leaf("1.1", 1m), new LeafAssessment { Code = "2.1", SurveyPercent = 83.94m }]);

        var result = record.Appraise(new Scorer(methodology));

        // 1 + 83.94% × 2 = 1 + 1.6788 = 2.6788 of 3.
        Assert.Equal(2.6788m, result.Appraised.Points);
        Assert.Empty(result.LeavesWithoutEvidence);

        var wrong = new AssessmentRecord(Unit, 2023, [Leaf("1.1", 1m), Leaf("2.1", 2m)]);
        Assert.Equal("2.1", Assert.Single(Assert.Throws<InvalidIndicatorsException>(() => wrong.Appraise(new Scorer(methodology))).Diagnostics).ItemCode);
    }
}
