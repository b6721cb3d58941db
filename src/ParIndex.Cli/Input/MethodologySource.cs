using ParIndex.Methodologies;
using ParIndex.Utility;

namespace ParIndex.Cli.Input;

/// <summary>Finds the methodology a command names: a JSON file, or the id of one embedded in the library.</summary>
internal static class MethodologySource
{
    /// <summary>Loads a methodology; an unknown reference is bad usage of <paramref name="option"/>.</summary>
    public static Methodology Load(string reference, string option = "--methodology")
    {
        // A folder is read as a file too, to be refused as a folder rather than as no embedded methodology.
        if (File.Exists(reference) || Directory.Exists(reference) || reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return Read(reference);
        }
        var embedded = Methodology.Samples
            .Concat(MethodologyVersion.All.Where(v => v.Tree is not null).Select(v => v.Tree!))
            .FirstOrDefault(m => string.Equals(m.Id, reference, StringComparison.OrdinalIgnoreCase));
        return embedded ?? throw new CliException(
            $"no methodology file or embedded methodology {CellText.Quote(reference)}; embedded: {string.Join(", ", Methodology.Samples.Select(m => m.Id))}",
            option);
    }

    public static Methodology Read(string path)
    {
        try
        {
            InputFile.RequireFile(new FileInfo(path), path);
            using var stream = File.OpenRead(path);
            return Methodology.ReadJson(stream);
        }
        catch (FileNotFoundException e)
        {
            throw new CliException("file not found", path, e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new CliException("file not found", path, e);
        }
        catch (DiagnosticException e)
        {
            throw new CliException($"not a valid methodology ({CliException.Problems(e.Diagnostics.Length)})", path, e, e.Diagnostics);
        }
    }
}
