namespace ParIndex.Scoring;

/// <summary>Options of a <see cref="Scorer"/> (chấm điểm).</summary>
/// <remarks>Immutable; set with an object initialiser.</remarks>
public sealed class ScoringOptions
{
    /// <summary>Gets the default options: a missing indicator is an error.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>Gets what to do with a leaf for which nothing was reported; <see cref="MissingIndicatorPolicy.Error"/> by default.</summary>
    public MissingIndicatorPolicy MissingIndicators { get; init; }

    /// <summary>Gets whether the sociological survey was conducted (<see langword="true"/> by default). When it was not,
    /// every survey-sourced leaf is treated as not applicable, so the appraised points alone make the index, rescaled to
    /// 100 — as Hà Nội's framework for its district offices states: "Trong trường hợp ... không tổ chức ĐT XHH, kết quả
    /// thẩm định điểm tự chấm là kết quả chỉ số, được quy về thang điểm 100". A value reported for a survey leaf is then
    /// an error rather than silently dropped.</summary>
    public bool SurveyConducted { get; init; } = true;
}
