namespace ParIndex;

/// <summary>A value read from a file with the place of its row, for a caller whose later checks (such as
/// <c>ValidationReport</c>) name units rather than lines.</summary>
/// <typeparam name="T">The value read.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Place">Where its row starts (file and line).</param>
public readonly record struct Placed<T>(T Value, InputPlace Place);
