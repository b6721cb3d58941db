namespace ParIndex.Tests.Surveys;

public class SurveyPointsTests
{
    private static readonly Methodology Methodology = new("M", "Thử", SubjectKind.Province, AssessmentYears.From(2020), 3m,
    [
        new Area
        {
            Code = "1", Name = "Tác động", MaxPoints = 3m, Criteria =
            [
                new Criterion { Code = "1.1", Name = "Hài lòng", MaxPoints = 2m, Rule = new SurveyPercentageRule(), AssessedBy = AssessmentMethod.SociologicalSurvey },
                new Criterion { Code = "1.2", Name = "Báo cáo", MaxPoints = 1m, Rule = new YesNoRule(1m) },
            ],
        },
    ]);

    // Computed on each use, not cached in a static field: a cached figure is made once, under whichever mutant a
    // mutation run has active then, and hides the rest (docs/mutation-testing.md).
    private static SatisfactionProfile CaMau =>
        SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { BootstrapReplicates = 0 })[SurveyFixture.CaMau];

    [Fact]
    public void ToIndicators_GivesThePercentage_AndTheScorerTurnsItIntoPoints()
    {
        var indicators = SurveyPoints.ToIndicators(Methodology, CaMau, [KeyValuePair.Create("1.1", SipasMeasure.Overall)]);

        Assert.Equal(("1.1", IndicatorValue.Percent(56.25m)), (indicators.Single().Key, indicators.Single().Value));
        var reported = new ReportedIndicators(AssessedUnit.Of(SurveyFixture.CaMau), 2023, [.. indicators, KeyValuePair.Create("1.2", IndicatorValue.Flag(true))]);
        // 56.25% of 2 points = 1.125, plus 1 = 2.125 of 3.
        Assert.Equal(2.125m, new Scorer(Methodology).Score(reported).Points);
    }

    [Fact]
    public void ToPoints_Default_IsPercentageTimesMaximum()
    {
        var points = SurveyPoints.ToPoints(Methodology, CaMau, [KeyValuePair.Create("1.1", SipasMeasure.Service)]);

        // Service 62.5% × 2 = 1.25.
        Assert.Equal(IndicatorValue.GivenPoints(1.25m), points.Single().Value);
    }

    [Fact]
    public void ToPoints_Conversion_IsUsedAndChecked()
    {
        // Full points from 50% up, none below: 56.25% → 2.
        var points = SurveyPoints.ToPoints(Methodology, CaMau, [KeyValuePair.Create("1.1", SipasMeasure.Overall)], (percent, max) => percent >= 50m ? max : 0m);
        Assert.Equal(IndicatorValue.GivenPoints(2m), points.Single().Value);

        var error = Assert.Throws<InvalidSurveyException>(() => SurveyPoints.ToPoints(Methodology, CaMau, [KeyValuePair.Create("1.1", SipasMeasure.Overall)], (percent, max) => percent));
        Assert.Equal(DiagnosticKind.PointsOutOfRange, error.Diagnostics.Single().Kind);
    }

    [Fact]
    public void ToIndicators_BadLinks_AreAllReported()
    {
        var error = Assert.Throws<InvalidSurveyException>(() => SurveyPoints.ToIndicators(Methodology, CaMau,
        [
            KeyValuePair.Create("1.2", SipasMeasure.Overall),
            KeyValuePair.Create("9.9", SipasMeasure.Overall),
            KeyValuePair.Create("1.1", SipasMeasure.Question("B2")),
        ]));

        Assert.Equal([DiagnosticKind.NotSurveySourced, DiagnosticKind.UnknownCode, DiagnosticKind.MissingFigure], error.Diagnostics.Select(d => d.Kind));
    }
}
