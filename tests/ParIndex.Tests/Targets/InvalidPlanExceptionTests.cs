namespace ParIndex.Tests.Targets;

public class InvalidPlanExceptionTests
{
    [Fact]
    public void Message_ListsEveryDiagnostic()
    {
        var error = new InvalidPlanException([new Diagnostic(DiagnosticKind.OutsidePlanPeriod, "t1", "the deadline 2021 lies outside the plan's period 2020–2020")]);

        Assert.IsAssignableFrom<DiagnosticException>(error);
        Assert.Equal("The reform plan is invalid (1 problem):" + Environment.NewLine + "  - criterion t1: the deadline 2021 lies outside the plan's period 2020–2020", error.Message);
    }
}
