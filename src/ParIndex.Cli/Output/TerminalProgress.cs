using System.Threading.Tasks;
using Spectre.Console;

namespace ParIndex.Cli.Output;

/// <summary>A progress bar on stderr while long work runs — only when stderr is a terminal, so that nothing of it reaches
/// a pipe, a file or a test's captured output; without colours where <c>NO_COLOR</c> is set (https://no-color.org).</summary>
internal static class TerminalProgress
{
    /// <summary>Whether a bar is drawn: the command writes to the process's own stderr and that is not redirected.</summary>
    public static bool Shows(TextWriter error, bool errorRedirected) => ReferenceEquals(error, Console.Error) && !errorRedirected;

    /// <summary>The colours the bar may use: none when <c>NO_COLOR</c> is set to anything but the empty string.</summary>
    public static ColorSystemSupport Colours(string? noColor) => string.IsNullOrEmpty(noColor) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors;

    /// <summary>Runs <paramref name="work"/>; on a terminal, a bar labelled <paramref name="label"/> follows
    /// <paramref name="done"/> (polled ten times a second) up to <paramref name="total"/>.</summary>
    public static void Run(TextWriter error, string label, long total, Func<long> done, Action work)
    {
        if (!Shows(error, Console.IsErrorRedirected))
        {
            work();
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            ColorSystem = Colours(Environment.GetEnvironmentVariable("NO_COLOR")),
        });
        console.Progress().Start(progress =>
        {
            var bar = progress.AddTask(Markup.Escape(label), maxValue: total);
            var running = Task.Run(work);
            while (!running.Wait(100))
            {
                bar.Value = done();
            }
            bar.Value = total;
            running.GetAwaiter().GetResult();
        });
    }
}
