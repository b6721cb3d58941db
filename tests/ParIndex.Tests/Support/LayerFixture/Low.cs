namespace ParIndex.Tests.Support.LayerFixture.Low;

/// <summary>A lower layer that reaches up to <see cref="High.Top"/> inside a method body only, where no signature
/// shows it: the architecture test must still see the edge.</summary>
internal static class Bottom
{
    internal static string Describe(int value) => value > 0 ? new High.Top(value).ToString() : string.Empty;
}
