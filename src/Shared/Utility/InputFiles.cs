namespace ParIndex.Utility;

/// <summary>How the readers of the packages beside the core open a file given by its path.</summary>
internal static class InputFiles
{
    /// <summary>Opens a file to read it, refusing a folder as one: the runtime's own exception for a folder is an
    /// <see cref="UnauthorizedAccessException"/>, "access to the path is denied", which the readers do not document and
    /// which sends the user to the file's permissions.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The open file.</returns>
    /// <exception cref="IOException">The path names a folder, or the file cannot be opened.</exception>
    internal static FileStream OpenRead(string path) =>
        Directory.Exists(path)
            ? throw new IOException(FormattableString.Invariant($"{CellText.Quote(path)} is a folder, not a file: give the name of a file in it"))
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
}
