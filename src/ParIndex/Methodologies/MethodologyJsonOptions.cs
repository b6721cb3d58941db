namespace ParIndex.Methodologies;

/// <summary>Limits of the methodology JSON reader (<see cref="Methodology.ReadJson(System.ReadOnlySpan{byte})"/>).</summary>
/// <remarks>
/// Fixed choices, documented rather than configurable: comments (<c>//</c> and <c>/* */</c>) are allowed and skipped, so
/// that a file can cite its sources beside the numbers; trailing commas are not allowed; a property may appear once per
/// object; properties the format does not define are errors (a misspelt name is never ignored). Immutable.
/// </remarks>
internal sealed class MethodologyJsonOptions
{
    /// <summary>Gets the default limits: 4 MiB and a depth of 64.</summary>
    public static MethodologyJsonOptions Default { get; } = new();

    /// <summary>Gets the largest document accepted, in bytes of UTF-8 (4 MiB by default; an official tree is about 100 KiB).</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value set is not positive.</exception>
    public int MaxBytes
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(nameof(MaxBytes), value, 1, int.MaxValue);
            field = value;
        }
    } = 4 * 1024 * 1024;

    /// <summary>Gets the deepest nesting of objects and arrays accepted (64 by default).</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value set is outside 1 to 1,000.</exception>
    public int MaxDepth
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(nameof(MaxDepth), value, 1, 1000);
            field = value;
        }
    } = 64;
}
