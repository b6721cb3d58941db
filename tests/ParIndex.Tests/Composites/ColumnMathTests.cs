namespace ParIndex.Tests.Composites;

public class ColumnMathTests
{
    // x = 1, 2, 3, 4, 10: mean 4, d = −3, −2, −1, 0, 6; Σd² = 50, Σd³ = 180, Σd⁴ = 1394, n = 5.
    private static readonly double[] X = [1, 2, 3, 4, 10, double.NaN];

    [Fact]
    public void Skewness_IsCoinrsAdjustedFisherPearson()
    {
        // √5·180/50^1.5 = 1.138420…; × √(5·4)/(5 − 2) = 1.490712… → 1.697056 (= 1.2·√2); the NaN is left out.
        Assert.Equal(1.2 * System.Math.Sqrt(2), ColumnMath.Skewness(X), 12);
    }

    [Fact]
    public void Kurtosis_IsCoinrsExcessG2()
    {
        // r = 5·1394/50² = 2.788; ((6)(2.788 − 3) + 6)(4)/((3)(2)) = 4.728·4/6 = 3.152.
        Assert.Equal(3.152, ColumnMath.Kurtosis(X), 12);
    }

    [Fact]
    public void SkewnessAndKurtosis_NeedThreeAndFourValues()
    {
        Assert.True(double.IsNaN(ColumnMath.Skewness([1, 2])));
        Assert.True(double.IsNaN(ColumnMath.Kurtosis([1, 2, 3])));
    }

    [Fact]
    public void MedianAndStandardDeviation_AsR()
    {
        // median of 1, 2, 3, 4, 10 = 3; of 1, 2, 3, 4 = 2.5. sd = √(50/4) = 3.5355…
        Assert.Equal(3, ColumnMath.Median(X));
        Assert.Equal(2.5, ColumnMath.Median([4, 1, 3, 2]));
        Assert.Equal(System.Math.Sqrt(12.5), ColumnMath.StandardDeviation(X), 12);
    }

    [Fact]
    public void RankMin_GivesTiesTheLowestRank_AndKeepsMissing()
    {
        var ranks = new double[5];
        ColumnMath.RankMin([5, 1, 5, double.NaN, 3], ranks);
        // 1 is lowest (1), 3 next (2), the two 5s share 3 (and nothing gets 4).
        Assert.Equal([3, 1, 3, double.NaN, 2], ranks);
    }
}
