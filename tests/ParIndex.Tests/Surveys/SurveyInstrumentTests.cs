namespace ParIndex.Tests.Surveys;

public class SurveyInstrumentTests
{
    [Fact]
    public void Constructor_RepeatedCodes_ListsEveryRepetition()
    {
        var q = new SurveyQuestion("Q1", "Câu 1", AnswerScale.Satisfaction5);

        var error = Assert.Throws<InvalidSurveyException>(() => new SurveyInstrument("X", "X", AssessmentYears.From(2020),
            [new SurveyElement("E", "Một", SurveyPart.ServiceDelivery, [q]), new SurveyElement("E", "Hai", SurveyPart.ServiceDelivery, [q])]));

        Assert.Equal([("E", DiagnosticKind.DuplicateCode), ("Q1", DiagnosticKind.DuplicateCode)], error.Diagnostics.Select(d => (d.ItemCode!, d.Kind)));
        // A repeated element code names an element, not a question (it was called a question before).
        Assert.Equal([DiagnosticItem.Element, DiagnosticItem.Question], error.Diagnostics.Select(d => d.Item));
    }

    [Fact]
    public void IndexOf_FindsTheQuestionsPosition()
    {
        Assert.Equal(4, Support.SurveyFixture.Instrument.PositionOf("P1"));
        Assert.Equal(-1, Support.SurveyFixture.Instrument.PositionOf("Z9"));
    }

    [Fact]
    public void Equals_ComparesByValue()
    {
        Assert.Equal(SurveyInstruments.Decision2640, SurveyInstruments.All[1]);
        Assert.NotEqual(SurveyInstruments.Decision2640, SurveyInstruments.Decision1001);
    }
}
