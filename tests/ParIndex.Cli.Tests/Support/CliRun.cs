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

    /// <summary>A run that must succeed (exit code 0); a failure shows what the tool wrote to stderr.</summary>
    public static CliRun Ok(params string[] args) => OkAt(null, args);

    /// <summary><see cref="Ok"/> with "today" from <paramref name="clock"/>.</summary>
    public static CliRun OkAt(IClock? clock, params string[] args) => At(clock, args).Succeeded();

    /// <summary>A run that must be refused as bad input (exit code 2).</summary>
    public static CliRun Refused(params string[] args) => Of(args).Exited(2);

    /// <summary>Asserts exit code 0 (showing stderr when not) and returns the run.</summary>
    public CliRun Succeeded() => Exited(0);

    /// <summary>Asserts the exit code (showing stderr when another) and returns the run.</summary>
    public CliRun Exited(int code)
    {
        Assert.True(ExitCode == code, $"exit code {ExitCode}, not {code}: {Error}");
        return this;
    }

    /// <summary>Asserts that stdout holds each of <paramref name="texts"/> (compared ordinally) and returns the run.</summary>
    public CliRun Prints(params string[] texts)
    {
        TextAssert.Holds(Out, texts);
        return this;
    }

    /// <summary>Asserts that stderr holds each of <paramref name="texts"/> (compared ordinally) and returns the run.</summary>
    public CliRun Says(params string[] texts)
    {
        TextAssert.Holds(Error, texts);
        return this;
    }

    /// <summary>Asserts the tool's answer to bad input: exit code 2, a message on stderr that holds each of
    /// <paramref name="named"/> (what is wrong and where), no stack trace, and nothing on stdout; returns the run.</summary>
    public CliRun IsBadInput(params string[] named)
    {
        Exited(2).Says(named);
        Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, Out);
        return this;
    }
}
