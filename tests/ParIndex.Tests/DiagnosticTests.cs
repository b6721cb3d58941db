namespace ParIndex.Tests;

public class DiagnosticTests
{
    private static Diagnostic Located() =>
        new(DiagnosticKind.ValueOutOfRange, "1.1.4", "percentage 120% is outside [0%, 100%]", "96") { JsonPath = "$.units[0]", Line = 4, Column = 7 };

    [Fact]
    public void Equality_EveryFieldIncludingThePlace_FollowsTheContract() =>
        ContractAssert.ClassEqualityContract(
            Located(),
            Located(),
            Located() with { Line = 5 },
            Located() with { Column = 8 },
            Located() with { JsonPath = "$.units[1]" },
            Located() with { File = "units.json" },
            Located() with { Item = DiagnosticItem.Target },
            new Diagnostic(DiagnosticKind.DuplicateCode, "1.1.4", "percentage 120% is outside [0%, 100%]", "96") { JsonPath = "$.units[0]", Line = 4, Column = 7 },
            new Diagnostic(DiagnosticKind.ValueOutOfRange, "1.1.3", "percentage 120% is outside [0%, 100%]", "96") { JsonPath = "$.units[0]", Line = 4, Column = 7 },
            new Diagnostic(DiagnosticKind.ValueOutOfRange, "1.1.4", "percentage 120% is outside [0%, 100%]", "95") { JsonPath = "$.units[0]", Line = 4, Column = 7 },
            new Diagnostic(DiagnosticKind.ValueOutOfRange, "1.1.4", "another message", "96") { JsonPath = "$.units[0]", Line = 4, Column = 7 });

    [Fact]
    public void ToString_JsonPlace_GivesPathLineColumnUnitAndCriterion() =>
        Assert.Equal("$.units[0] (line 4, column 7), unit 96, criterion 1.1.4: percentage 120% is outside [0%, 100%]", Located().ToString());

    [Fact]
    public void ToString_FilePlace_GivesFileLineAndColumn() =>
        Assert.Equal("units.csv:5:5, unit A, criterion 1.1.4: not a number",
            new Diagnostic(DiagnosticKind.NotANumber, "1.1.4", "not a number", "A") { File = "units.csv", Line = 5, Column = 5 }.ToString());

    [Theory]
    [InlineData(DiagnosticItem.Criterion, "criterion 1.1")]
    [InlineData(DiagnosticItem.Target, "target 1.1")]
    [InlineData(DiagnosticItem.Question, "question 1.1")]
    [InlineData(DiagnosticItem.Element, "element 1.1")]
    public void ToString_Item_NamesTheCodeWithItsWord(DiagnosticItem item, string expected) =>
        Assert.Equal(expected + ": m", new Diagnostic(DiagnosticKind.DuplicateCode, "1.1", "m") { Item = item }.ToString());

    [Fact]
    public void Item_ByDefault_IsACriterion() =>
        Assert.Equal(DiagnosticItem.Criterion, new Diagnostic(DiagnosticKind.DuplicateCode, "1.1", "m").Item);

    [Fact]
    public void ToString_NoPlace_IsTheMessage() =>
        Assert.Equal("the methodology has no areas", new Diagnostic(DiagnosticKind.Empty, null, "the methodology has no areas").ToString());
}
