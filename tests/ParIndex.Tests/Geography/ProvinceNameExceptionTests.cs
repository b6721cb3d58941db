using ParIndex.Geography;
using Xunit;

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
}
