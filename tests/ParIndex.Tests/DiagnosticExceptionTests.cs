namespace ParIndex.Tests;

public class DiagnosticExceptionTests
{
    private static readonly Diagnostic Problem = new(DiagnosticKind.ValueOutOfRange, "1.1.4", "percentage 120% is outside [0%, 100%]", "96");

    [Fact]
    public void Headline_IsWhatCouldNotBeDone_WithoutTheCountOrTheProblems()
    {
        var error = new DiagnosticException("The indicators cannot be scored", [Problem, Problem]);

        Assert.Equal("The indicators cannot be scored", error.Headline);
        Assert.StartsWith("The indicators cannot be scored (2 problems):" + Environment.NewLine, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_OfAReader_IsItsHeadline()
    {
        var error = Assert.ThrowsAny<DiagnosticException>(() => CompositePipeline.Parse("{"));

        Assert.Equal("The pipeline is not well-formed JSON", error.Headline);
    }
}
