using System;
using System.Linq;
using System.Text.Json;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests.Commands;

public class ExplainCommandTests
{
    [Fact]
    public void Explain_UnitC_ShowsEveryLeafTheNotApplicableOneAndTheSums()
    {
        var run = CliRun.Of("explain", "-m", Samples.Methodology, "-i", Samples.Csv, "--unit", "C", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var leaves = document.RootElement.GetProperty("leaves").GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.2.1", "1.2.2"], leaves.Select(l => l.GetProperty("code").GetString()));
        Assert.Equal("not applicable", leaves[1].GetProperty("status").GetString());
        Assert.Equal("1.1.4: 69.99% falls in (−∞, 70%) → 0 of 2 ((90%, ∞) → 2; [70%, 90%] → 1; (−∞, 70%) → 0)", leaves[3].GetProperty("explanation").GetString());
        // Criterion 1.1 loses the not-applicable point: 0 of 4; area 1: 2 of 6.
        var nodes = document.RootElement.GetProperty("nodes").GetProperty("rows").EnumerateArray().ToDictionary(n => n.GetProperty("code").GetString()!);
        Assert.Equal(4m, nodes["1.1"].GetProperty("max_points").GetDecimal());
        Assert.Equal(33.33m, nodes["1"].GetProperty("percent").GetDecimal());
    }
}
