namespace ParIndex.Cli;

/// <summary>The tool's exit codes (documented in the README and in <c>parindex --help</c>).</summary>
internal static class ExitCodes
{
    /// <summary>Done, nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and found problems in what it checked (validation, targets missed with --strict).</summary>
    public const int ProblemsFound = 1;

    /// <summary>Bad usage or unreadable input: an unknown option, a missing file, a malformed row.</summary>
    public const int BadInput = 2;

    /// <summary>A fault of the tool itself; run again with --verbose and report it.</summary>
    public const int InternalError = 3;
}
