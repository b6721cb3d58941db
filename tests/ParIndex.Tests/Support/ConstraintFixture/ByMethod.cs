namespace ParIndex.Tests.Support.ConstraintFixture.ByMethod;

/// <summary>A higher layer's interface that the lower one names only as a generic method parameter's constraint.</summary>
internal interface IShape
{
    int Sides { get; }
}
