namespace ParIndex.Tests.Composites;

/// <summary>What a composite refuses: the problems of the <see cref="InvalidCompositeException"/> an action must throw,
/// each as the user reads it.</summary>
internal static class CompositeProblems
{
    public static string[] Of(Func<object> refused) =>
        [.. Assert.Throws<InvalidCompositeException>(refused).Diagnostics.Select(d => d.ToString())];
}
