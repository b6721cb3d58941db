using System.Text;

namespace ParIndex;

/// <summary>Builds the message of an exception that carries diagnostics.</summary>
internal static class DiagnosticText
{
    internal static string Summarise(string headline, ImmutableArray<Diagnostic> diagnostics)
    {
        var text = new StringBuilder(headline)
            .Append(Invariant.Format($" ({diagnostics.Length} problem{(diagnostics.Length == 1 ? string.Empty : "s")}):"));
        foreach (var diagnostic in diagnostics)
        {
            text.AppendLine().Append("  - ").Append(diagnostic);
        }
        return text.ToString();
    }
}
