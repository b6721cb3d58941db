using System.Globalization;

namespace ParIndex.Tests.Support;

public class CultureTests
{
    [Fact]
    public void CurrentCulture_DuringTests_IsTheRequestedOne()
    {
        var requested = Environment.GetEnvironmentVariable("PARINDEX_TEST_CULTURE") ?? string.Empty;
        Assert.Equal(requested, CultureInfo.CurrentCulture.Name);
    }

    [Fact]
    public void VietnameseCulture_UsesDecimalComma_SoTheSecondRunMeansSomething()
    {
        Assert.Equal("1,5", 1.5m.ToString(CultureInfo.GetCultureInfo("vi-VN")));
    }
}
