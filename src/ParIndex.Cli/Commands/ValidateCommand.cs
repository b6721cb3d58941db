namespace ParIndex.Cli.Commands;
internal static class ValidateCommand { public static System.CommandLine.Command Create() => new("validate"); }
