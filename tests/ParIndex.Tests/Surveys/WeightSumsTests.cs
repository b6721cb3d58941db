namespace ParIndex.Tests.Surveys;

public class WeightSumsTests
{
    // The largest weight a response admits: the double just below 2⁹⁶.
    private const double Largest = 79228162514264328797450928128d;

    private static (double Satisfied, double Valid, double Squared) Sums(params double[] weights)
    {
        var sums = new WeightSums(2);
        foreach (var w in weights)
        {
            sums.BeginAddition();
            sums.Add(1, satisfied: true, new WeightSums.Term(w), new WeightSums.Term(w * w));
        }
        return sums.Of(1);
    }

    [Theory]
    [InlineData(0.1, 0.2, 0.3)]
    [InlineData(0.3, 0.2, 0.1)]
    [InlineData(0.2, 0.3, 0.1)]
    public void Of_AnyOrder_IsTheNearestDoubleToTheExactSum(double a, double b, double c)
    {
        // In double, (0.1 + 0.2) + 0.3 is 0.6000000000000001 but 0.1 + (0.2 + 0.3) is 0.6; the doubles' exact sum,
        // 0.600000000000000005551…, is nearest 0.6 (Python: float(Fraction(0.1) + Fraction(0.2) + Fraction(0.3))).
        var (satisfied, valid, _) = Sums(a, b, c);

        Assert.Equal((0.6, 0.6), (satisfied, valid));
    }

    [Fact]
    public void Of_HalfwayBetweenTwoDoubles_GoesToTheEvenOne_UnlessAnyBitBelowBreaksTheTie()
    {
        // 2⁵³ + 1 lies halfway between 2⁵³ and 2⁵³ + 2: to even, 2⁵³. 10⁻²⁸ more, 146 bits below, makes it nearer 2⁵³ + 2.
        Assert.Equal(9007199254740992d, Sums(9007199254740992d, 1).Valid);
        Assert.Equal(9007199254740994d, Sums(1e-28, 9007199254740992d, 1).Valid);
        Assert.Equal(9007199254740994d, Sums(1, 1, 9007199254740992d).Valid); // double addition in this order: 2⁵³ + 2
        Assert.Equal(9007199254740994d, Sums(9007199254740992d, 1, 1).Valid); // in this one: 2⁵³
    }

    [Fact]
    public void Of_TheSmallestAndLargestWeights_AreSummedExactly_TheirSquaresToo()
    {
        // Python, exact: float(3 * Fraction(1e-28 * 1e-28)) = 3e-56; float(2 * Fraction(L) + Fraction(1e-28)) = 2L;
        // float(2 * Fraction(L * L)) = 1.2554203470773359e+58.
        Assert.Equal((3e-28, 3e-28, 3e-56), Sums(1e-28, 1e-28, 1e-28));
        Assert.Equal((2 * Largest, 1.2554203470773359e+58), (Sums(Largest, 1e-28, Largest).Valid, Sums(Largest, Largest).Squared));
    }

    [Fact]
    public void Add_AnotherUnitsSums_AddsThemExactly()
    {
        var (province, nation) = (new WeightSums(1), new WeightSums(1));
        foreach (var (sums, w, satisfied) in new[] { (province, 9007199254740992d, true), (nation, 1d, false), (province, 1d, false) })
        {
            sums.BeginAddition();
            sums.Add(0, satisfied, new WeightSums.Term(w), new WeightSums.Term(w * w));
        }

        nation.Add(province);

        // Valid: 2⁵³ satisfied + 1 + 1 others, exactly. Squares: 2¹⁰⁶ + 1 + 1, nearest 2¹⁰⁶.
        Assert.Equal((9007199254740992d, 9007199254740994d, 81129638414606681695789005144064d), nation.Of(0));
    }
}
