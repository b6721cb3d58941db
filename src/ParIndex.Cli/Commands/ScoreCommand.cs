namespace ParIndex.Cli.Commands;
internal static class ScoreCommand { public static System.CommandLine.Command Create() => new("score"); }
