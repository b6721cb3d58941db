using System.Collections.Generic;
using System.Linq;
using ParIndex.Rules;
using ParIndex.Scoring;
using Xunit;

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
        Assert.True(indicators.ContainsKey("1.2"));
        Assert.False(indicators.ContainsKey("1.3"));
        Assert.Equal(Unit, indicators.Unit);
        Assert.Equal(2023, indicators.Year);
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
            e.Diagnostics.Select(d => (d.Kind, d.CriterionCode)).OrderBy(d => d.CriterionCode));
        Assert.All(e.Diagnostics, d => Assert.Equal("96", d.UnitCode));
    }

    [Fact]
    public void Constructor_DefaultValue_IsRefused()
    {
        var e = Assert.Throws<InvalidIndicatorsException>(() => Of(("1.1", default(IndicatorValue))));

        Assert.Equal("the value is empty (default)", Assert.Single(e.Diagnostics).Message);
    }
}
