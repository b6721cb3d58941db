using System.Text;

namespace ParIndex.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Vietnamese names must survive any console code page.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Cli.Run(args, Console.Out, Console.Error);
    }
}
