using System;
using System.IO;

namespace ParIndex.TestSupport;

public static class RepositoryFiles
{
    /// <summary>The repository root: the first folder above the test binaries that holds ParIndex.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParIndex.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ParIndex.sln not found above " + AppContext.BaseDirectory);
    }
}
