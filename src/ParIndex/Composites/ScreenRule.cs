namespace ParIndex.Composites;

/// <summary>What a screen step removes units for (COINr's <c>unit_screen</c>: "byNA", "byzeros", "byNAandzeros").</summary>
internal enum ScreenRule
{
    Missing,
    Zeros,
    MissingOrZeros,
}
