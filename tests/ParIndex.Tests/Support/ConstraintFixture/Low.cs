namespace ParIndex.Tests.Support.ConstraintFixture.Low;

/// <summary>A lower layer that reaches up to <see cref="ByType"/> and <see cref="ByMethod"/> in generic constraints only
/// (no signature, body or base type names them): the architecture test must still see both edges.</summary>
internal interface IBox<T>
    where T : ByType.IShape
{
    int Count { get; }
}

/// <summary>The method whose type parameter is constrained.</summary>
internal static class Bottom
{
    internal static int Count<T>(T[] items)
        where T : ByMethod.IShape => items.Length;
}
