using System.IO;

namespace ParIndex.Cli.Tests.Support;

/// <summary>One run of the tool in process: exit code, stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
