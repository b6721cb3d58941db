namespace ParIndex.Data;

/// <summary>A data file the package embeds is missing or does not read: a defect of the package, never of the
/// caller's input. The one failure type of <see cref="EmbeddedData"/>.</summary>
internal sealed class InvalidEmbeddedDataException : Exception
{
    internal InvalidEmbeddedDataException(string file, string problem, Exception? inner = null)
        : base("The embedded data file " + file + " is invalid: " + problem, inner)
    {
        File = file;
    }

    /// <summary>Gets the file's name in <c>Data/</c> ("provinces-63.csv").</summary>
    internal string File { get; }
}
