using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace ParIndex.TestSupport;

/// <summary>The named bad inputs of a <c>BadInputs</c> folder: <c>&lt;reader&gt;/NAME.EXT</c> beside <c>NAME.expected</c>,
/// whose lines (blank and <c>#</c> lines left out) say what the input must give. Shared by the library's and the
/// tool's data-driven tests.</summary>
public static class BadInputFiles
{
    /// <summary>Every input below <paramref name="folder"/>'s reader folders, as "reader/name.ext", in ordinal order.</summary>
    public static TheoryData<string> In(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetDirectoryName(f) != folder && !f.EndsWith(".expected", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }
        return data;
    }

    /// <summary>Every <c>.expected</c> file below <paramref name="folder"/> without an input of its name beside it (an input
    /// renamed or deleted, whose expectation then checks nothing), as "reader/name.expected", in ordinal order.</summary>
    public static List<string> Orphans(string folder) =>
        Directory.EnumerateFiles(folder, "*.expected", SearchOption.AllDirectories)
            .Where(e => !Directory.EnumerateFiles(System.IO.Path.GetDirectoryName(e)!, System.IO.Path.GetFileNameWithoutExtension(e) + ".*").Any(f => f != e))
            .Select(e => System.IO.Path.GetRelativePath(folder, e).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The reader's name, the input's path and the expected lines of <paramref name="input"/>; fails the test
    /// when the input has no <c>.expected</c> file.</summary>
    public static (string Reader, string Path, List<string> Expected) Open(string folder, string input)
    {
        var path = System.IO.Path.Combine(folder, input);
        var expectedFile = System.IO.Path.ChangeExtension(path, ".expected");
        Assert.True(File.Exists(expectedFile), input + " has no .expected file beside it");
        var expected = File.ReadAllLines(expectedFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        return (input[..input.IndexOf('/', StringComparison.Ordinal)], path, expected);
    }
}
