using System.IO;
using NodaTime;

namespace ParIndex.Cli.Tests.Support;

/// <summary>One run of the tool in process: exit code, stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => At(null, args);

    /// <summary>A run whose "today" comes from <paramref name="clock"/> (a fake clock), or the system's when null.</summary>
    public static CliRun At(IClock? clock, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Cli.Run(args, output, error, clock);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
