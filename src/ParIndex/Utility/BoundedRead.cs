using System.IO;

namespace ParIndex.Utility;

/// <summary>Reads a stream whole, up to a limit: a reader that must hold its document in memory refuses a larger one
/// with its limit instead of filling the machine.</summary>
internal static class BoundedRead
{
    /// <summary>The stream's bytes, or <see langword="null"/> as soon as they pass <paramref name="maxBytes"/> (the rest
    /// is not read).</summary>
    internal static MemoryStream? ReadAtMost(Stream stream, int maxBytes)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                buffer.Dispose();
                return null;
            }
        }
        return buffer;
    }
}
