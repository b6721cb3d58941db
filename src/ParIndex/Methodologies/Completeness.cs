namespace ParIndex.Methodologies;

/// <summary>How much of an official methodology the library holds, as far as public sources reach (mức độ đầy đủ).</summary>
public enum Completeness
{
    /// <summary>The decision is known; its content was not found.</summary>
    Reference = 0,

    /// <summary>Headline facts only: counts of areas, criteria and sub-criteria, total and survey points (some may be missing).</summary>
    Headline,

    /// <summary>Every area with its name and maximum points, but no criteria.</summary>
    Areas,

    /// <summary>The whole tree with every rule: a <see cref="Methodology"/> that can score.</summary>
    Full,
}
