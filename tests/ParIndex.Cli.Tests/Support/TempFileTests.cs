namespace ParIndex.Cli.Tests.Support;

/// <summary>A test class whose tests write input files: xunit makes an instance per test, so each test gets its own
/// temporary folder, deleted when the test ends.</summary>
public abstract class TempFileTests : IDisposable
{
    private protected TempFiles Files { get; } = new();

    public void Dispose()
    {
        Files.Dispose();
        GC.SuppressFinalize(this);
    }
}
