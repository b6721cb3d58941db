using System.Diagnostics;

namespace ParIndex.Cli.Tests.Support;

/// <summary>Headless Chromium (Debian's <c>chromium</c> package, which .ci/run installs when missing), run on a local
/// file: a screenshot, or the DOM after parsing and layout. Tests that use it are marked <see cref="ChromiumFactAttribute"/>.</summary>
internal static class Chromium
{
    /// <summary>The environment variable under which a missing browser fails its tests instead of skipping them.</summary>
    public const string RequireVariable = "PARINDEX_REQUIRE_BROWSER";

    /// <summary>The environment variable that hides an installed browser, to check what a machine without one does.</summary>
    public const string HideVariable = "PARINDEX_HIDE_BROWSER";

    public const string SkipReason =
        "Chromium is not installed: this test opens the HTML report in headless Chromium. To run it, install Debian's "
        + "chromium (apt-get install chromium) or put chromium on PATH; .ci/run installs it and sets "
        + RequireVariable + "=1, under which a missing browser fails the test.";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Gets whether a missing browser is a failure (<c>PARINDEX_REQUIRE_BROWSER=1</c>) rather than a skip.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Gets the browser's path; fails the test when it is not installed (the attribute skips it before that
    /// unless the browser is required).</summary>
    public static string Executable => Find() ?? throw new Xunit.Sdk.XunitException(SkipReason);

    public static void Screenshot(string htmlFile, string pngFile, int width, int height) =>
        Run($"--screenshot={pngFile}", $"--window-size={width},{height}", new Uri(htmlFile).AbsoluteUri);

    public static string DumpDom(string htmlFile) => Run("--dump-dom", new Uri(htmlFile).AbsoluteUri);

    private static string Run(params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("parindex-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + profile.FullName }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish in {Timeout}: {error.Result}");
            }
            Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {error.Result}");
            return output.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>Finds <c>chromium</c> or <c>chromium-browser</c> on PATH; null where there is none, or where
    /// <c>PARINDEX_HIDE_BROWSER=1</c> hides it.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(HideVariable) == "1")
        {
            return null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
