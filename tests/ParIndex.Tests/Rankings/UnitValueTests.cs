namespace ParIndex.Tests.Rankings;

public class UnitValueTests
{
    [Fact]
    public void Equality_SameUnitAndValue_AreEqual()
    {
        // 87.25 and 87.250 are one value (decimal equality); another value or another unit is another UnitValue.
        ContractAssert.ClassEqualityContract(
            new UnitValue(new AssessedUnit("96", "Cà Mau"), 87.25m),
            new UnitValue(new AssessedUnit("96", "Cà Mau"), 87.250m),
            new UnitValue(new AssessedUnit("96", "Cà Mau"), 87.26m),
            new UnitValue(new AssessedUnit("01", "Hà Nội"), 87.25m));
    }

    [Fact]
    public void ToString_UnitAndValue()
    {
        Assert.Equal("96 Cà Mau: 87.25", new UnitValue(new AssessedUnit("96", "Cà Mau"), 87.25m).ToString());
    }
}
