namespace ParIndex.Tests.Scoring;

public class ReportedIndicatorsTests
{
    private static readonly AssessedUnit Unit = new("96", "Cà Mau");

    private static ReportedIndicators Of(params (string Code, IndicatorValue Value)[] values) =>
        new(Unit, 2023, values.Select(v => KeyValuePair.Create(v.Code, v.Value)));

    [Fact]
    public void Constructor_CodesInAnyOrder_AreKeptSortedAndFound()
    {
        var indicators = Of(("1.2", IndicatorValue.Flag(true)), ("1.1", IndicatorValue.Percent(95m)));

        Assert.Equal(["1.1", "1.2"], indicators.Keys);
        Assert.Equal(2, indicators.Count);
        Assert.Equal(IndicatorValue.Percent(95m), indicators["1.1"]);
        Assert.True(indicators.ContainsKey("1.1")); // the first code, at position 0
        Assert.True(indicators.ContainsKey("1.2"));
        Assert.False(indicators.ContainsKey("1.3"));
        Assert.Equal(Unit, indicators.Unit);
        Assert.Equal(2023, indicators.Year);
    }

    [Fact]
    public void HasCodes_EqualCodesMadeApart_AreFoundEqualAndRemembered()
    {
        // Codes equal but not the same strings (built from chars), then the same list again, which is then told by
        // reference; a copy of the list is still compared code by code.
        var indicators = Of(("1.2", IndicatorValue.Flag(true)), ("1.1", IndicatorValue.Percent(95m)));
        string[] codes = [new string(['1', '.', '1']), new string(['1', '.', '2'])];

        Assert.True(indicators.HasCodes(codes));
        Assert.True(indicators.HasCodes(codes));
        Assert.True(indicators.HasCodes([.. codes]));
    }

    [Theory]
    [InlineData("1.1")] // fewer
    [InlineData("1.1", "1.2", "1.3")] // more
    [InlineData("1.2", "1.1")] // the same codes in another order
    [InlineData("1.1", "1.3")] // another code
    public void HasCodes_OtherCodes_AreNotTheseEvenAfterAnEqualList(params string[] codes)
    {
        var indicators = Of(("1.2", IndicatorValue.Flag(true)), ("1.1", IndicatorValue.Percent(95m)));

        Assert.False(indicators.HasCodes(codes));
        Assert.True(indicators.HasCodes(["1.1", "1.2"]));
        Assert.False(indicators.HasCodes(codes));
    }

    [Fact]
    public void Indexer_UnreportedCode_NamesTheUnitAndTheCode()
    {
        var indicators = Of(("1.1", IndicatorValue.Percent(95m)));

        var e = Assert.Throws<KeyNotFoundException>(() => indicators["1.3"]);
        Assert.Equal("unit 96 reports nothing for criterion 1.3", e.Message);
        Assert.False(indicators.TryGetValue("1.3", out _));
    }

    [Fact]
    public void Constructor_EveryProblem_IsReportedAtOnce()
    {
        // 120% is out of [0%, 100%], a ratio over 0 has no meaning, and 1.1 is given twice: three diagnostics in one exception.
        var e = Assert.Throws<InvalidIndicatorsException>(() => Of(
            ("1.1", IndicatorValue.Percent(120m)),
            ("1.2", IndicatorValue.Ratio(3m, 0m)),
            ("1.3", IndicatorValue.Flag(true)),
            ("1.3", IndicatorValue.Flag(false))));

        Assert.Equal(
            [(DiagnosticKind.ValueOutOfRange, "1.1"), (DiagnosticKind.ValueOutOfRange, "1.2"), (DiagnosticKind.DuplicateCode, "1.3")],
            e.Diagnostics.Select(d => (d.Kind, d.ItemCode)).OrderBy(d => d.ItemCode));
        Assert.All(e.Diagnostics, d => Assert.Equal("96", d.UnitCode));
    }

    [Fact]
    public void Constructor_DefaultValue_IsRefused()
    {
        var e = Assert.Throws<InvalidIndicatorsException>(() => Of(("1.1", default(IndicatorValue))));

        Assert.Equal("the value is empty (default)", Assert.Single(e.Diagnostics).Message);
    }

    [Theory]
    [InlineData("percent", "-0.5", "percentage -0.5% is outside [0%, 100%]")]
    [InlineData("percent", "100.5", "percentage 100.5% is outside [0%, 100%]")]
    [InlineData("count", "-1", "count -1 is negative")]
    [InlineData("points", "-0.25", "-0.25 points is negative")]
    [InlineData("ratio", "-1", "numerator of -1/2 is negative")]
    public void Constructor_ValueOutsideItsDomain_SaysWhy(string kind, string number, string message)
    {
        var n = decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
        var value = kind switch
        {
            "percent" => IndicatorValue.Percent(n),
            "count" => IndicatorValue.Count(n),
            "points" => IndicatorValue.GivenPoints(n),
            _ => IndicatorValue.Ratio(n, 2m),
        };

        var e = Assert.Throws<InvalidIndicatorsException>(() => Of(("1.1", value)));
        Assert.Equal(message, Assert.Single(e.Diagnostics).Message);
    }

    [Fact]
    public void Constructor_ValuesAtTheEdgesOfTheirDomain_AreAccepted()
    {
        // 0% and 100%, no occurrences, no points, nothing of something: all in range.
        var indicators = Of(
            ("1", IndicatorValue.Percent(0m)), ("2", IndicatorValue.Percent(100m)), ("3", IndicatorValue.Count(0m)),
            ("4", IndicatorValue.GivenPoints(0m)), ("5", IndicatorValue.Ratio(0m, 1m)), ("6", IndicatorValue.NotApplicable));

        Assert.Equal(6, indicators.Count);
    }

    [Fact]
    public void Constructor_RatioOverANegativeNumber_IsRefused()
    {
        var e = Assert.Throws<InvalidIndicatorsException>(() => Of(("1.2", IndicatorValue.Ratio(1m, -2m))));

        Assert.Equal("denominator of 1/-2 must be more than 0", Assert.Single(e.Diagnostics).Message);
    }

    [Fact]
    public void Constructor_BlankCode_IsAMissingAttributeOfTheUnit()
    {
        var e = Assert.Throws<InvalidIndicatorsException>(() => Of((" ", IndicatorValue.Flag(true))));

        var problem = Assert.Single(e.Diagnostics);
        Assert.Equal((DiagnosticKind.MissingAttribute, null, "an indicator has no criterion code", "96"), (problem.Kind, problem.ItemCode, problem.Message, problem.UnitCode));
    }

    [Fact]
    public void Constructor_NullCode_IsAMissingAttributeOfTheUnit()
    {
        var e = Assert.Throws<InvalidIndicatorsException>(() => Of((null!, IndicatorValue.Flag(true))));

        var problem = Assert.Single(e.Diagnostics);
        Assert.Equal((DiagnosticKind.MissingAttribute, null, "an indicator has no criterion code", "96"), (problem.Kind, problem.ItemCode, problem.Message, problem.UnitCode));
    }

    [Fact]
    public void Constructor_CodeThreeTimes_IsSaidForEachRepeat()
    {
        var e = Assert.Throws<InvalidIndicatorsException>(() => Of(("1.1", IndicatorValue.Flag(true)), ("1.1", IndicatorValue.Flag(false)), ("1.1", IndicatorValue.Flag(true))));

        Assert.Equal(2, e.Diagnostics.Length);
        Assert.All(e.Diagnostics, d => Assert.Equal((DiagnosticKind.DuplicateCode, "1.1", "the criterion is reported more than once"), (d.Kind, d.ItemCode, d.Message)));
    }

    [Fact]
    public void Codes_AreKeysTrimmedAndInNfc()
    {
        // " 1.1 " is "1.1"; "Ạ" decomposed (A + U+0323) is the composed U+1EA0.
        var indicators = Of((" 1.1 ", IndicatorValue.Flag(true)), ("A\u0323", IndicatorValue.Flag(false)));

        Assert.Equal(["1.1", "\u1EA0"], indicators.Keys);
        Assert.True(indicators.TryGetValue("1.1", out var value));
        Assert.Equal(IndicatorValue.Flag(true), value);
        Assert.Equal(IndicatorValue.Flag(false), indicators["\u1EA0"]);
        Assert.True(indicators.ContainsKey(" A\u0323"));
    }

    [Fact]
    public void Enumeration_GivesThePairsByCode()
    {
        var indicators = Of(("2", IndicatorValue.Count(3m)), ("1", IndicatorValue.Flag(true)));

        Assert.Equal(["1: yes", "2: 3"], indicators.Select(p => p.Key + ": " + p.Value));
        Assert.Equal([IndicatorValue.Flag(true), IndicatorValue.Count(3m)], indicators.Values);
        Assert.Equal(2, ((System.Collections.IEnumerable)indicators).Cast<object>().Count());
    }

    [Fact]
    public void Arguments_Null_AreRefusedByName()
    {
        Assert.Throws<System.ArgumentNullException>("unit", () => new ReportedIndicators(null!, 2023, []));
        Assert.Throws<System.ArgumentNullException>("values", () => new ReportedIndicators(Unit, 2023, null!));
        Assert.Throws<System.ArgumentNullException>("key", () => Of().ContainsKey(null!));
    }
}
