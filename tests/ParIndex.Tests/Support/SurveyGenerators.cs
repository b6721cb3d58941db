namespace ParIndex.Tests.Support;

/// <summary>Random small surveys on <see cref="SurveyFixture.Instrument"/>: 1 to 40 respondents in three provinces,
/// answers among every kind of code (blank, 1–5, don't know), weights from 0.5 to 3.</summary>
public sealed record SurveyCase(SurveyResponse[] Responses)
{
    public override string ToString() => string.Join("; ", Responses.Select(r => r.Province.Code + " w" + r.Weight + " [" + string.Join(",", r.Answers) + "]"));
}

public static class SurveyGenerators
{
    private static readonly ParIndex.Geography.Province[] Provinces = [SurveyFixture.CaMau, SurveyFixture.HaNoi, ParIndex.Geography.ProvinceList.Units63["79"]];

    public static Gen<SurveyResponse> Responses =>
        from province in Gen.Elements(Provinces)
        from weight in Gen.Elements(0.5, 1.0, 2.0, 3.0)
        from answers in Gen.ArrayOf(Gen.Elements<byte>(0, 1, 2, 3, 4, 5, 5, 4, 9), 5)
        select new SurveyResponse(SurveyFixture.Year, province, answers.Select((a, i) => i == 3 ? (byte)(a % 3) : a), weight); // B2 is yes/no

    public static Gen<SurveyCase> Cases =>
        from count in Gen.Choose(1, 40)
        from responses in Gen.ArrayOf(Responses, count)
        select new SurveyCase(responses);

    public static Arbitrary<SurveyCase> SurveyCase() => Cases.ToArbitrary();
}
