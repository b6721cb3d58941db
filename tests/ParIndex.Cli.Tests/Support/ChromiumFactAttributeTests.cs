namespace ParIndex.Cli.Tests.Support;

public class ChromiumFactAttributeTests
{
    [Fact]
    public void SkipReason_NoBrowserNotRequired_SkipsSayingHowToInstallIt()
    {
        var reason = ChromiumFactAttribute.SkipReason(browser: null, required: false);

        Assert.NotNull(reason);
        TextAssert.Holds(reason, "apt-get install chromium", "PARINDEX_REQUIRE_BROWSER=1");
    }

    [Fact]
    public void SkipReason_NoBrowserButRequired_RunsSoTheTestFails()
    {
        Assert.Null(ChromiumFactAttribute.SkipReason(browser: null, required: true));
    }

    [Fact]
    public void SkipReason_BrowserPresent_Runs()
    {
        Assert.Null(ChromiumFactAttribute.SkipReason("/usr/bin/chromium", required: false));
        Assert.Null(ChromiumFactAttribute.SkipReason("/usr/bin/chromium", required: true));
    }
}
