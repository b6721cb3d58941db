using System.Text;

namespace ParIndex.Cli.Output;

/// <summary>Writes a command's result file all at once: to a temporary file beside the target, renamed over it only when
/// everything was written, so that a failed run leaves no half-written file and never truncates an existing one.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs <paramref name="write"/> on a writer of a temporary file beside <paramref name="target"/>, then
    /// moves it over the target; on any exception the temporary file is deleted and the target left as it was.</summary>
    public static void Write(FileInfo target, Action<TextWriter> write) =>
        WriteBytes(target, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8);
            write(writer);
        });

    /// <summary>As <see cref="Write"/>, for bytes (a workbook).</summary>
    public static void WriteBytes(FileInfo target, Action<Stream> write)
    {
        var directory = target.Directory ?? new DirectoryInfo(Directory.GetCurrentDirectory());
        if (!directory.Exists)
        {
            throw new CliException($"the folder '{directory.FullName}' does not exist", "--output");
        }
        if (Directory.Exists(target.FullName))
        {
            // Else the final move fails with the system's bare "Is a directory : '/tmp'", naming no option.
            throw new CliException($"'{target.FullName}' is a folder: give the name of a file in it", "--output");
        }
        // Beside the target (same volume), so the final move is a rename; hidden and unique so it clashes with nothing.
        var temporary = Path.Combine(directory.FullName, "." + target.Name + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                write(stream);
            }
            File.Move(temporary, target.FullName, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
