namespace ParIndex.Cli.Tests.Support;

/// <summary>A temporary folder for input files written by a test; deleted afterwards.</summary>
internal sealed class TempFiles : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("parindex-cli-");

    public string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string PathOf(string name) => Path.Combine(_folder.FullName, name);

    public void Dispose() => _folder.Delete(recursive: true);
}
