namespace ParIndex.Tests.Scoring;

/// <summary>The JSON document of units' indicators, as the sample's indicators-ca-mau-fragment.json writes it.</summary>
public class IndicatorsJsonTests
{
    [Fact]
    public void Read_OneUnit_GivesItsValuesByKind()
    {
        const string Json = """
            { "year": 2023, "units": [ { "code": "A", "name": "Sở A",
              "values": { "1.1.1": "2022-12-20", "1.1.2": "yes;no", "1.1.3": true, "1.1.4": 95, "1.2.1": "yes;yes", "1.2.2": false } } ] }
            """;

        var result = ReportedIndicators.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(Json)), CaMau1880.Fragment, "units.json");

        Assert.Empty(result.Diagnostics);
        var unit = Assert.Single(result.Value);
        Assert.Equal(("A", "Sở A", 2023, 6), (unit.Unit.Code, unit.Unit.Name, unit.Year, unit.Count));
        Assert.Equal(IndicatorValue.Completed(new LocalDate(2022, 12, 20)), unit["1.1.1"]);
        Assert.Equal(IndicatorValue.Conditions([true, false]), unit["1.1.2"]);
        Assert.Equal(IndicatorValue.Flag(true), unit["1.1.3"]);
        Assert.Equal(IndicatorValue.Percent(95m), unit["1.1.4"]);
        Assert.Equal([true, true], unit["1.2.1"].ConditionsMet.ToArray());
        Assert.Equal(IndicatorValue.Flag(false), unit["1.2.2"]);
    }
}
