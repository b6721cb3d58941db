namespace ParIndex.Tests.Support.AttributeFixture.Low;

/// <summary>A lower layer that reaches up to <see cref="ByConstructor"/> and <see cref="ByArgument"/> in custom attributes
/// only: the architecture test must still see both edges.</summary>
[Described(typeof(ByArgument.Named))]
internal static class Bottom
{
    [ByConstructor.Mark]
    internal static int Value() => 1;
}

/// <summary>An attribute of the lower layer's own, whose argument names a type.</summary>
[AttributeUsage(AttributeTargets.All)]
internal sealed class DescribedAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}
