namespace ParIndex.Tests.Support.AttributeFixture.ByArgument;

/// <summary>A higher layer's type that the lower one names only as an attribute's <c>typeof</c> argument, which the
/// metadata keeps as a name in the attribute's value.</summary>
internal static class Named;
