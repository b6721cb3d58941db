namespace ParIndex.Tests.Surveys;

public class SipasOptionsTests
{
    [Fact]
    public void Default_IsTheDocumentedReading()
    {
        var options = SipasOptions.Default;

        Assert.Equal(new[] { 4, 5 }, options.SatisfiedCodes);
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, options.ValidCodes);
        Assert.Equal((SurveyWeighting.Unweighted, BadRowPolicy.Reject, 0.95, 200, 50, 30), (options.Weighting, options.BadRows, options.ConfidenceLevel, options.BootstrapReplicates, options.BootstrapBlocks, options.MinimumAnswers));
        Assert.Null(options.ItemFormula);
    }

    [Fact]
    public void Init_OutOfRange_ThrowsNamingTheProperty()
    {
        Assert.Equal("BootstrapReplicates", Assert.Throws<ArgumentOutOfRangeException>(() => new SipasOptions { BootstrapReplicates = 1 }).ParamName);
        Assert.Equal("ConfidenceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => new SipasOptions { ConfidenceLevel = 1.0 }).ParamName);
        Assert.Equal("BootstrapBlocks", Assert.Throws<ArgumentOutOfRangeException>(() => new SipasOptions { BootstrapBlocks = 1 }).ParamName);
        Assert.Equal("SatisfiedCodes", Assert.Throws<ArgumentException>(() => new SipasOptions { SatisfiedCodes = [6] }).ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100_001)]
    public void BootstrapReplicates_OutOfRange_SaysWhatToGive(int replicates)
    {
        // Before: "Value should be in range [0-100000]", which the tool passed on as it was.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SipasOptions { BootstrapReplicates = replicates });

        Assert.Equal("BootstrapReplicates", error.ParamName);
        Assert.StartsWith("give 0 replicates (no bootstrap) or from 2 to 100,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MinimumAnswers_Negative_SaysWhatToGive()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SipasOptions { MinimumAnswers = -1 });

        Assert.Equal("MinimumAnswers", error.ParamName);
        Assert.StartsWith("a number of answers is 0 or more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SatisfiedCodes_AreSortedAndDistinct() =>
        Assert.Equal(new[] { 4, 5 }, new SipasOptions { SatisfiedCodes = [5, 4, 5] }.SatisfiedCodes);

    [Theory]
    [InlineData(SurveyWeighting.Unweighted, false)]
    [InlineData(SurveyWeighting.SamplingWeights, true)]
    public void IsWeighted_IsWhetherAnswersCountBySamplingWeight(SurveyWeighting weighting, bool weighted)
    {
        Assert.Equal(weighted, new SipasOptions { Weighting = weighting }.IsWeighted);
        Assert.False(SipasOptions.Default.IsWeighted);
    }
}
