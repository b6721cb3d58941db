namespace ParIndex.Scoring;

/// <summary>What the scorer does with a leaf for which a unit reported nothing (thiếu số liệu tiêu chí).</summary>
public enum MissingIndicatorPolicy
{
    /// <summary>Fail with an <see cref="DiagnosticException"/> naming every missing code (the default).</summary>
    Error = 0,

    /// <summary>Score the leaf 0 out of its maximum, and say so in its explanation.</summary>
    ScoreAsZero,
}
