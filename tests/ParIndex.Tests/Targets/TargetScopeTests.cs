namespace ParIndex.Tests.Targets;

public class TargetScopeTests
{
    [Fact]
    public void Constructor_KeepsLevelsAndSectorsInOrder()
    {
        var scope = new TargetScope(GovernmentLevels.Province | GovernmentLevels.District, ["đất đai", " thuế "]);

        Assert.Equal(["đất đai", "thuế"], scope.Sectors.AsSpan().ToArray());
        Assert.Equal("Province, District; đất đai, thuế", scope.ToString());
    }

    [Fact]
    public void Constructor_UndefinedLevel_Throws() =>
        Assert.Equal("levels", Assert.Throws<ArgumentException>(() => new TargetScope((GovernmentLevels)8)).ParamName);

    [Fact]
    public void Constructor_BlankSector_Throws() =>
        Assert.Equal("sectors", Assert.Throws<ArgumentException>(() => new TargetScope(GovernmentLevels.None, [" "])).ParamName);

    [Fact]
    public void Equals_ComparesSectors()
    {
        Assert.Equal(new TargetScope(GovernmentLevels.Commune, ["y tế"]), new TargetScope(GovernmentLevels.Commune, ["y tế"]));
        Assert.NotEqual(new TargetScope(GovernmentLevels.Commune, ["y tế"]), new TargetScope(GovernmentLevels.Commune, ["giáo dục"]));
    }
}
