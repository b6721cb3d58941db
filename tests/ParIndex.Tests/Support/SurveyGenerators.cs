namespace ParIndex.Tests.Support;

/// <summary>Random small surveys on <see cref="SurveyFixture.Instrument"/>, drawn by <see cref="SyntheticSurvey"/> (the one
/// generator of survey data): 1 to 40 respondents in three provinces, answers among every kind of code (blank, 1–5,
/// don't know), weights from 0.5 to 2.</summary>
public sealed record SurveyCase(SurveyResponse[] Responses)
{
    public override string ToString() => string.Join("; ", Responses.Select(r => r.Province.Code + " w" + r.Weight + " [" + string.Join(",", r.Answers) + "]"));
}

public static class SurveyGenerators
{
    private static readonly ParIndex.Geography.Province[] Provinces = [SurveyFixture.CaMau, SurveyFixture.HaNoi, ParIndex.Geography.ProvinceList.Units63["79"]];

    public static Gen<SurveyCase> Cases =>
        from count in Gen.Choose(1, 40)
        from seed in Gen.Choose(0, int.MaxValue)
        select new SurveyCase([.. SyntheticSurvey.Responses(SurveyFixture.Instrument, count, seed, Provinces)]);

    public static Arbitrary<SurveyCase> SurveyCase() => Cases.ToArbitrary();
}
