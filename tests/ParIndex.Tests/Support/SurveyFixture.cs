namespace ParIndex.Tests.Support;

/// <summary>A small survey computed by hand in the tests: two service elements (A: A1, A2; B: B1 and a yes/no B2), one
/// policy element (P: P1), four respondents in Cà Mau (one with weight 3) and one in Hà Nội.</summary>
public static class SurveyFixture
{
    public const int Year = 2023;

    public static Province CaMau { get; } = ProvinceList.Units63["96"];

    public static Province HaNoi { get; } = ProvinceList.Units63["01"];

    public static SurveyInstrument Instrument { get; } = new("TEST", "Phiếu thử", AssessmentYears.Between(2022, 2024),
    [
        new SurveyElement("A", "Tiếp cận", SurveyPart.ServiceDelivery, [Q("A1"), Q("A2")]),
        new SurveyElement("B", "Thủ tục", SurveyPart.ServiceDelivery, [Q("B1"), new SurveyQuestion("B2", "Có biết", AnswerScale.YesNo)]),
        new SurveyElement("P", "Chính sách", SurveyPart.PublicPolicy, [Q("P1")]),
    ]);

    /// <summary>Answers in the order A1, A2, B1, B2, P1.</summary>
    public static IReadOnlyList<SurveyResponse> Responses { get; } =
    [
        R(CaMau, 1, 5, 4, 3, 1, 2),
        R(CaMau, 3, 2, 9, 4, 2, 5),
        R(CaMau, 1, 4, 0, 1, 1, 4),
        R(CaMau, 1, 3, 5, 5, 9, 1),
        R(HaNoi, 1, 5, 5, 5, 1, 5),
    ];

    /// <summary>Checks the figures worked by hand from the five respondents as a file writes them (SurveyCsvTests' Good
    /// file, SurveyXlsxTests' sheet): every row used, Cà Mau 56.25, the nation pooled 65, one A2 left empty.</summary>
    public static void AssertFiguresOfAFile(SipasResult result)
    {
        Assert.Equal((5L, 5L, 0L), (result.Input.RowsRead, result.Input.RowsUsed, result.Input.RowsRejected));
        Assert.Equal(56.25m, result[CaMau].Overall!.Value);
        Assert.Equal(65m, result.NationalPooled.Overall!.Value);
        Assert.Equal(1, result[CaMau].Items[1].NoAnswer); // the empty A2 cell
    }

    public static SurveyResponse R(Province province, double weight, params byte[] answers) => new(Year, province, answers, weight);

    private static SurveyQuestion Q(string code) => new(code, "Câu " + code, AnswerScale.Satisfaction5);
}
