namespace ParIndex.Tests.Support.LayerFixture.High;

/// <summary>A higher layer; its use of the lower one is the allowed direction.</summary>
internal sealed record Top(int Value)
{
    internal string Lower() => Low.Bottom.Describe(Value - 1);
}
