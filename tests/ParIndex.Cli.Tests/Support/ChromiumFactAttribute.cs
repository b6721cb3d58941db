using System.Runtime.CompilerServices;

namespace ParIndex.Cli.Tests.Support;

/// <summary>A test that needs headless Chromium: skipped with a reason that says how to run it where the browser is
/// absent, and failed instead when <c>PARINDEX_REQUIRE_BROWSER=1</c> (which <c>.ci/run</c> sets), so CI never skips it
/// silently.</summary>
/// <remarks>The skip is decided when xunit discovers the test, so the run's summary counts it as skipped. The reason
/// is also put in the test's display name, because <c>dotnet test</c>'s default output prints the names of skipped
/// tests but not their reasons.</remarks>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute([CallerMemberName] string test = "")
    {
        Skip = SkipReason(Chromium.Find(), Chromium.Required);
        if (Skip is not null)
        {
            DisplayName = test + " (skipped: Chromium is not installed; apt-get install chromium to run it)";
        }
    }

    /// <summary>The reason to skip, or null to run: a missing browser skips unless it is required.</summary>
    internal static string? SkipReason(string? browser, bool required) =>
        browser is null && !required ? Chromium.SkipReason : null;
}
