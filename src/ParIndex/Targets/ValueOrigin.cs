namespace ParIndex.Targets;

/// <summary>Where a value used to evaluate a target comes from.</summary>
internal enum ValueOrigin
{
    /// <summary>Reported by the province or the caller (báo cáo).</summary>
    Reported = 1,

    /// <summary>Taken from a <see cref="Scoring.Scorecard"/> this library computed.</summary>
    Scorecard,

    /// <summary>Taken from a <see cref="Rankings.Ranking"/> this library computed.</summary>
    Ranking,

    /// <summary>Taken from the embedded <see cref="History.PublishedRecord"/> (the row's source is kept).</summary>
    PublishedRecord,
}
