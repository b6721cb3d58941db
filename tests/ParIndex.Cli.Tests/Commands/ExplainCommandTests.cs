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

    [Fact]
    public void Explain_Assessment_ShowsSelfAgainstAppraisedAndLeavesWithoutEvidence()
    {
        // Sở A rates itself 7 of 7; the appraiser lowers 1.1.3 to 0.5 and 1.1.4 to 1: 1 + 1 + 0.5 + 1 + 1 + 1 = 5.5 of 7
        // → 78.57. Leaf 1.2.2 cites no document.
        var run = CliRun.Of("explain", "-m", Samples.Methodology, "--assessment", Samples.Assessment, "-f", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var table = document.RootElement.GetProperty("appraisal");
        var rows = table.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.Equal(0.5m, rows["1.1.3"].GetProperty("appraised").GetDecimal());
        Assert.Equal("2 → 1: Chỉ hoàn thành 85% kế hoạch", rows["1.1.4"].GetProperty("change").GetString());
        Assert.Equal("no evidence", rows["1.2.2"].GetProperty("note").GetString());
        Assert.Contains(table.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("appraised 5.5 of 7 → 78.57", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_AssessmentChangedWithoutReason_IsBadInputNamingTheLeaf()
    {
        using var files = new TempFiles();
        var path = files.Write("a.csv", "unit,name,year,code,self,appraised,reason,evidence\nA,Sở A,2023,1.1.3,1,0.5,,123/KH-SA\n");

        var run = CliRun.Of("explain", "-m", Samples.Methodology, "--assessment", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("criterion 1.1.3", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Csv_WritesEachTableWithItsOwnHeaderAfterAnEmptyLine()
    {
        var run = CliRun.Of("explain", "-m", Samples.Methodology, "-i", Samples.Csv, "--unit", "A", "-f", "csv");

        Assert.Equal(0, run.ExitCode);
        var blocks = run.Out.Split("\n\n");
        Assert.Equal(2, blocks.Length);
        Assert.StartsWith("code,criterion,status,input,points,max_points,explanation\n1.1.1,", blocks[0], StringComparison.Ordinal);
        Assert.StartsWith("code,name,points,max_points,percent\n1,", blocks[1], StringComparison.Ordinal);
    }
}
