namespace ParIndex.Tests.Scoring;

public class AssessedUnitTests
{
    [Fact]
    public void Constructor_CodeIsAKeyAndNameInNfc()
    {
        // " 96 " is the key "96"; "Cà Mau" with a combining grave (a + U+0300) is the composed "à".
        var unit = new AssessedUnit(" 96 ", "Ca\u0300 Mau");

        Assert.Equal(("96", "Cà Mau"), (unit.Code, unit.Name));
        Assert.Equal("96 Cà Mau", unit.ToString());
        Assert.Equal(new AssessedUnit("96", "Cà Mau"), unit);
    }

    [Theory]
    [InlineData(" ", "Cà Mau", "code")]
    [InlineData("96", "", "name")]
    public void Constructor_BlankCodeOrName_IsRefused(string code, string name, string parameter) =>
        Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() => new AssessedUnit(code, name)).ParamName);

    [Fact]
    public void Of_Province_TakesItsCodeAndName()
    {
        Assert.Equal(new AssessedUnit("96", "Cà Mau"), AssessedUnit.Of(ProvinceList.Units63["96"]));
        Assert.Throws<ArgumentNullException>("province", () => AssessedUnit.Of(null!));
    }
}
