namespace ParIndex.Tests.Geography;

public class ProvinceNameExceptionTests
{
    [Fact]
    public void Properties_UnknownName_CarryNameListAndOneDiagnostic()
    {
        var e = Assert.Throws<ProvinceNameException>(() => ProvinceNames.Match("Hà Tây", ProvinceList.Units63));
        Assert.Equal("Hà Tây", e.Name);
        Assert.Equal(ProvinceListId.Units63, e.List);
        Assert.Equal(3, e.Candidates.Length);
        Assert.IsAssignableFrom<DiagnosticException>(e);
        Assert.StartsWith("The provincial name could not be matched (1 problem):", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_Ambiguous_AreAmbiguousNameListingBothUnits()
    {
        var e = new ProvinceNameException("X", ProvinceListId.Units63, [ProvinceList.Units63["01"], ProvinceList.Units63["35"]], ambiguous: true, note: null);
        Assert.True(e.IsAmbiguous);
        var diagnostic = Assert.Single(e.Diagnostics);
        Assert.Equal(DiagnosticKind.AmbiguousName, diagnostic.Kind);
        Assert.Contains("matches 2 units of the 63-unit list: Hà Nội (01), Hà Nam (35)", diagnostic.Message, System.StringComparison.Ordinal);
    }
}
