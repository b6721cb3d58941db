namespace ParIndex.Tests.Methodologies;

public class AssessmentYearsTests
{
    [Fact]
    public void Between_ContainsItsEndsOnly()
    {
        var years = AssessmentYears.Between(2022, 2023);

        Assert.False(years.Contains(2021));
        Assert.True(years.Contains(2022));
        Assert.True(years.Contains(new LocalDate(2023, 12, 31)));
        Assert.False(years.Contains(2024));
        Assert.Equal("2022–2023", years.ToString());
    }

    [Fact]
    public void From_IsOpenEnded()
    {
        var years = AssessmentYears.From(2024);

        Assert.Null(years.Last);
        Assert.True(years.Contains(2099));
        Assert.Equal("2024–", years.ToString());
    }

    [Fact]
    public void Between_LastBeforeFirst_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentYears.Between(2023, 2022));
        Assert.Equal("last", error.ParamName);
    }

    [Fact]
    public void Default_IsEveryYear()
    {
        Assert.True(default(AssessmentYears).Contains(2023));
        Assert.Equal(AssessmentYears.From(1), default);
    }

    [Fact]
    public void Equality_ComparesTheEnds_DefaultIsFromYearOne()
    {
        ContractAssert.EqualityContract(
            AssessmentYears.Between(2022, 2023), AssessmentYears.Between(2022, 2023),
            AssessmentYears.Between(2022, 2024), AssessmentYears.Between(2021, 2023), AssessmentYears.From(2022), default);
        // default holds no year, From(1) holds year 1: equal all the same, with one hash, as the hand-written Equals says.
        ContractAssert.EqualityContract(default(AssessmentYears), AssessmentYears.From(1), AssessmentYears.From(2), AssessmentYears.Between(1, 1));
    }
}
