using System.Text.Json;

namespace ParIndex.Cli.Tests.Commands;

public class ExplainCommandTests : TempFileTests
{
    [Fact]
    public void Explain_UnitC_ShowsEveryLeafTheNotApplicableOneAndTheSums()
    {
        var run = CliRun.Ok("explain", "-m", Samples.Methodology, "-i", Samples.Csv, "--unit", "C", "--format", "json");

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
        var run = CliRun.Ok("explain", "-m", Samples.Methodology, "--assessment", Samples.Assessment, "-f", "json");

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
        var path = Files.Write("a.csv", "unit,name,year,code,self,appraised,reason,evidence\nA,Sở A,2023,1.1.3,1,0.5,,123/KH-SA\n");

        var run = CliRun.Refused("explain", "-m", Samples.Methodology, "--assessment", path);

        run.Says("criterion 1.1.3");
    }

    [Fact]
    public void Explain_Csv_WritesEachTableWithItsOwnHeaderAfterAnEmptyLine()
    {
        var run = CliRun.Ok("explain", "-m", Samples.Methodology, "-i", Samples.Csv, "--unit", "A", "-f", "csv");

        var blocks = run.Out.Split("\n\n");
        Assert.Equal(2, blocks.Length);
        Assert.StartsWith("code,criterion,status,input,points,max_points,explanation\n1.1.1,", blocks[0], StringComparison.Ordinal);
        Assert.StartsWith("code,name,points,max_points,percent\n1,", blocks[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_WeightedMethodology_ShowsEachNodesWeightAndTheShareItTook()
    {
        var run = CliRun.Ok("explain", "-m", Files.Write("m.json", Samples.WeightedAreas), "-i", Files.Write("i.csv", Samples.WeightedUnits), "--unit", "TP", "-f", "json");

        using var document = JsonDocument.Parse(run.Out);
        // TP: area 1 = 1 + 1/2 × 2 = 2 of 3 (66.67%); area 2: 2.2 is not applicable, so 2.1 (weight 0.75) takes the whole
        // mean, share 0.75 ÷ 0.75 = 1: 100%, 2 of 2. Areas 0.6 and 0.6 normalised: shares 0.5 each,
        // (0.6 × 66.667 + 0.6 × 100) ÷ 1.2 = 83.33.
        var leaves = document.RootElement.GetProperty("leaves");
        Assert.Equal(["code", "criterion", "status", "input", "points", "max_points", "explanation", "weight", "share"], Columns(leaves));
        var leafRows = leaves.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.Equal(0.75m, leafRows["2.1"].GetProperty("weight").GetDecimal());
        Assert.Equal(1m, leafRows["2.1"].GetProperty("share").GetDecimal());
        Assert.Equal(0.25m, leafRows["2.2"].GetProperty("weight").GetDecimal());
        Assert.Equal(JsonValueKind.Null, leafRows["2.2"].GetProperty("share").ValueKind); // nothing of it applies: out of the mean
        Assert.Equal(JsonValueKind.Null, leafRows["1.1"].GetProperty("weight").ValueKind); // area 1 sums points
        var nodes = document.RootElement.GetProperty("nodes");
        Assert.Equal(["code", "name", "points", "max_points", "percent", "combines", "weight", "share"], Columns(nodes));
        var nodeRows = nodes.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.Equal("sum of points", nodeRows["1"].GetProperty("combines").GetString());
        Assert.Equal("weighted mean (weights sum to 1)", nodeRows["2"].GetProperty("combines").GetString());
        Assert.Equal(0.6m, nodeRows["1"].GetProperty("weight").GetDecimal());
        Assert.Equal(0.5m, nodeRows["1"].GetProperty("share").GetDecimal());
        Assert.Equal(0.5m, nodeRows["2"].GetProperty("share").GetDecimal());
        Assert.Equal(100m, nodeRows["2"].GetProperty("percent").GetDecimal());
        Assert.Contains(nodes.GetProperty("notes").EnumerateArray(), n => n.GetString() == "W-DEMO combines its areas by weighted mean (weights normalised).");
        Assert.Contains(leaves.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("index 83.33", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_SumOfPoints_HasNoWeightColumns()
    {
        var run = CliRun.Of("explain", "-m", Samples.Methodology, "-i", Samples.Csv, "--unit", "A", "-f", "json");

        using var document = JsonDocument.Parse(run.Out);
        Assert.DoesNotContain("weight", Columns(document.RootElement.GetProperty("leaves")));
        Assert.DoesNotContain("share", Columns(document.RootElement.GetProperty("nodes")));
    }

    private static string[] Columns(JsonElement table) =>
        [.. table.GetProperty("rows")[0].EnumerateObject().Select(c => c.Name)];
}
