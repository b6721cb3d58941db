namespace ParIndex.Tests.Support;

/// <summary>The benchmarks' data keeps its shape, so that their figures stay comparable from run to run.</summary>
public class SyntheticDataTests
{
    [Fact]
    public void Methodology_IsShapedLikeTheIndex_EightAreasOf104LeavesWithEveryRule()
    {
        var methodology = SyntheticData.Cached;

        // 8 areas × (4 criteria × 3 leaves + 1) = 104 leaves, the rules taken in turn.
        Assert.Equal(8, methodology.Areas.Length);
        Assert.Equal(104, methodology.Leaves.Length);
        Assert.Equal(SyntheticData.RuleKinds, methodology.Leaves.Select(l => (l.Rule!.GetType(), l.Rule.InputKind)).Distinct().Count()); // band rules twice: percent and count
    }

    [Fact]
    public void Units_63Provinces_EachReportsEveryLeaf_AndScores()
    {
        var units = SyntheticData.Units(SyntheticData.Cached, 63);

        Assert.Equal(63, units.Length);
        Assert.All(units, u => Assert.Equal(104, u.Count));
        Assert.Equal(63, new Scorer(SyntheticData.Cached).ScoreAll(units).Length);
    }
}
