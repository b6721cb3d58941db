namespace ParIndex.Tests.Scoring;

public sealed class ScoringOptionsTests
{
    [Fact]
    public void Defaults_SurveyConductedAndMissingIndicatorsRefused()
    {
        // The documented defaults: a survey was conducted (survey leaves count), and a leaf with no value is an error.
        var options = new ScoringOptions();

        Assert.True(options.SurveyConducted);
        Assert.Equal(MissingIndicatorPolicy.Error, options.MissingIndicators);
    }
}
