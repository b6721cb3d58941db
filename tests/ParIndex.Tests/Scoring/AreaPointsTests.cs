namespace ParIndex.Tests.Scoring;

public class AreaPointsTests
{
    private static readonly AssessedUnit Unit = new("96", "Cà Mau");

    [Fact]
    public void Constructor_AreasAreKeysSortedByCode()
    {
        var points = new AreaPoints(Unit, [KeyValuePair.Create(" 2 ", 7.5m), KeyValuePair.Create("1", 12m)]);

        Assert.Equal(["1", "2"], points.Points.Keys);
        Assert.Equal(7.5m, points.Points["2"]);
        Assert.Equal("96 Cà Mau: 1 = 12, 2 = 7.5", points.ToString());
    }

    [Fact]
    public void Constructor_AreaTwice_IsRefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new AreaPoints(Unit, [KeyValuePair.Create("1", 1m), KeyValuePair.Create("1 ", 2m)]));

        Assert.Equal("points", error.ParamName);
        Assert.StartsWith("area 1 is given twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullArguments_AreRefused()
    {
        Assert.Throws<ArgumentNullException>("unit", () => new AreaPoints(null!, []));
        Assert.Throws<ArgumentNullException>("points", () => new AreaPoints(Unit, null!));
        Assert.Throws<ArgumentNullException>("points", () => new AreaPoints(Unit, [KeyValuePair.Create<string, decimal>(null!, 1m)]));
    }
}
