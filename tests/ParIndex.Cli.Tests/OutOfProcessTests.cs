using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ParIndex.Cli.Tests;

/// <summary>The built tool run as its own process: exit codes, UTF-8 Vietnamese on a redirected stdout, stderr apart.</summary>
public class OutOfProcessTests
{
    [Fact]
    public void Tool_RankAsJson_WritesUtf8AndExitsZero()
    {
        var (code, output, error) = Run("rank", "--year", "2023", "--format", "json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        using var document = JsonDocument.Parse(output);
        var first = document.RootElement.GetProperty("ranking").GetProperty("rows")[0];
        Assert.Equal("Quảng Ninh", first.GetProperty("province").GetString());
    }

    [Fact]
    public void Tool_BadOption_ExitsTwoWithTheMessageOnStderr()
    {
        var (code, output, error) = Run("rank", "--year", "twenty");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("twenty", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_Help_NamesTheCommandAsInstalled()
    {
        // Run as 'dotnet ParIndex.Cli.dll', the way the installed tool's shim runs it: the usage line still says parindex.
        var (code, output, _) = Run("sipas", "--help");

        Assert.Equal(0, code);
        Assert.Contains("Usage:" + Environment.NewLine + "  parindex sipas [options]", output, StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "ParIndex.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
