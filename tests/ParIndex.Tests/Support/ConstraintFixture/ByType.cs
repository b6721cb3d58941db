namespace ParIndex.Tests.Support.ConstraintFixture.ByType;

/// <summary>A higher layer's interface that the lower one names only as a generic type parameter's constraint.</summary>
internal interface IShape
{
    int Sides { get; }
}
