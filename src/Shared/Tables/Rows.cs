namespace ParIndex.Tables;

/// <summary>Small helpers of the row-to-model mappings.</summary>
internal static class Rows
{
    /// <summary>The cell's text, or <see langword="null"/> when it is empty.</summary>
    public static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
