namespace ParIndex.Utility;

/// <summary>Whether a code appears more than once among items read by position (unit codes, compared ordinal): for up
/// to 256 items in a table of positions on the stack, open-addressed by the codes' hashes, so that scoring or ranking a
/// year's provinces allocates nothing for the check; beyond that in a hash set.</summary>
internal static class RepeatedCodes
{
    private const int TableSize = 512; // at most half full

    /// <summary>Tells whether two of the <paramref name="count"/> codes are equal.</summary>
    /// <param name="items">What the codes are read from.</param>
    /// <param name="count">How many codes there are.</param>
    /// <param name="codeAt">The code at a position, a static lambda: no closure is allocated.</param>
    internal static bool Any<T>(T items, int count, Func<T, int, string> codeAt)
    {
        if (count > TableSize / 2)
        {
            var seen = new HashSet<string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                if (!seen.Add(codeAt(items, i)))
                {
                    return true;
                }
            }
            return false;
        }
        Span<ushort> positions = stackalloc ushort[TableSize]; // 1 + the position of the item whose code is there; 0 for none
        positions.Clear();
        for (var i = 0; i < count; i++)
        {
            var code = codeAt(items, i);
            for (var slot = code.GetHashCode(StringComparison.Ordinal) & (TableSize - 1); ; slot = (slot + 1) & (TableSize - 1))
            {
                if (positions[slot] == 0)
                {
                    positions[slot] = (ushort)(i + 1);
                    break;
                }
                if (string.Equals(codeAt(items, positions[slot] - 1), code, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
