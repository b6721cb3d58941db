namespace ParIndex.Tests.Support.AttributeFixture.ByConstructor;

/// <summary>A higher layer's attribute: putting it on a member calls its constructor, a use no signature shows.</summary>
[AttributeUsage(AttributeTargets.All)]
internal sealed class MarkAttribute : Attribute;
