using System.Runtime.InteropServices;
using System.Text;
using ParIndex.Utility;

namespace ParIndex.Cli.Output;

/// <summary>Writes a command's result file all at once: to a temporary file beside the target, renamed over it only when
/// everything was written, so that a failed run leaves no half-written file and never truncates an existing one.</summary>
internal static partial class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs <paramref name="write"/> on a writer of a temporary file beside <paramref name="target"/>, then
    /// moves it over the target; on any exception the temporary file is deleted and the target left as it was.</summary>
    public static void Write(FileInfo target, Action<TextWriter> write) =>
        WriteBytes(target, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, bufferSize: -1, leaveOpen: true);
            write(writer);
        });

    /// <summary>As <see cref="Write"/>, for bytes (a workbook).</summary>
    public static void WriteBytes(FileInfo target, Action<Stream> write)
    {
        var directory = target.Directory ?? new DirectoryInfo(Directory.GetCurrentDirectory());
        if (!directory.Exists)
        {
            throw new CliException($"the folder {CellText.Quote(directory.FullName)} does not exist", "--output");
        }
        if (Directory.Exists(target.FullName))
        {
            // Else the final move fails with the system's bare "Is a directory : '/tmp'", naming no option.
            throw new CliException($"{CellText.Quote(target.FullName)} is a folder: give the name of a file in it", "--output");
        }
        if (IsDeviceOrPipe(target.FullName))
        {
            // /dev/null, /dev/stdout, a shell's >(…), a named pipe: renamed over, it would become a plain file (as root,
            // /dev/null itself). It holds no earlier result to keep, so the result is made whole first, then written in.
            var whole = new MemoryStream();
            write(whole);
            Naming(target.FullName, null, () =>
            {
                using var device = new FileStream(target.FullName, FileMode.Open, FileAccess.Write);
                whole.WriteTo(device);
            });
            return;
        }
        // A link stays a link: the file it names is the one replaced.
        var final = FinalPath(target);
        var folder = Path.GetDirectoryName(final) ?? directory.FullName;
        // Beside the target (same volume), so the final move is a rename; hidden and unique so it clashes with nothing.
        var temporary = Path.Combine(folder, "." + Path.GetFileName(final) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            Naming(final, temporary, () =>
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite))
                {
                    write(stream);
                }
                if (!OperatingSystem.IsWindows() && File.Exists(final))
                {
                    File.SetUnixFileMode(temporary, File.GetUnixFileMode(final)); // a private file stays private
                }
                File.Move(temporary, final, overwrite: true);
            });
        }
        catch
        {
            // Never made when its folder is not there (a link into a folder that is gone), where File.Delete would throw
            // the runtime's "Could not find a part of the path" naming the temporary file, in place of the reason.
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
            throw;
        }
    }

    /// <summary>The full path of the file a path names, its links followed to the end: the file written.</summary>
    internal static string FinalPath(FileInfo file) =>
        file.LinkTarget is null ? file.FullName : file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName;

    /// <summary>Runs a file operation on the output, saying what failed as a problem of --output and naming the file
    /// given, never the temporary file, which the user did not name.</summary>
    private static void Naming(string file, string? temporary, Action operation)
    {
        try
        {
            operation();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = Reason(e, file) ?? e.Message;
            throw new CliException($"{CellText.Quote(file)} cannot be written: {(temporary is null ? reason : reason.Replace(temporary, file, StringComparison.Ordinal))}", "--output", e);
        }
    }

    /// <summary>Why the system refused the output, in the tool's words, for the refusals a user meets; <see langword="null"/>
    /// for others, said in the runtime's. A folder that takes no new file (/proc, /sys) gave "Could not find file
    /// '/proc/version'", of a file that is there.</summary>
    private static string? Reason(Exception e, string file) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException when Path.GetDirectoryName(file) is { Length: > 0 } folder && !Directory.Exists(folder) =>
            $"the folder {CellText.Quote(folder)} does not exist",
        FileNotFoundException or DirectoryNotFoundException =>
            $"the system makes no new file in the folder {CellText.Quote(Path.GetDirectoryName(file) ?? string.Empty)}: give a file in another folder",
        PathTooLongException => "the path is longer than the system allows",
        // On Linux and macOS the runtime keeps the system's error number (errno) as the HResult of an IOException it
        // has no type for: EROFS 30, ENOSPC 28, EDQUOT 122 (Linux's number).
        IOException { HResult: 30 } when !OperatingSystem.IsWindows() => "the file system is read-only",
        IOException { HResult: 28 or 122 } when !OperatingSystem.IsWindows() => "the disk is full, or the disk quota used up",
        _ => null,
    };

    /// <summary>Says whether a path (its links followed) is a device, a pipe or a socket rather than a file.</summary>
    internal static bool IsDeviceOrPipe(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }
        // The runtime's own stat (System.Native, beside every .NET runtime on Linux and macOS): its status begins with
        // the flags and the mode, whose file-type bits it gives in one encoding on every Unix. .NET 10 has no public way.
        var status = new byte[256];
        try
        {
            if (Stat(path, status) != 0)
            {
                return false; // no such file: a new one is made
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        const int TypeMask = 0xF000, Fifo = 0x1000, CharacterDevice = 0x2000, BlockDevice = 0x6000, Socket = 0xC000;
        return (BitConverter.ToInt32(status, 4) & TypeMask) is Fifo or CharacterDevice or BlockDevice or Socket;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] status);
}
