namespace ParIndex.Cli.Commands;
internal static class ExplainCommand { public static System.CommandLine.Command Create() => new("explain"); }
