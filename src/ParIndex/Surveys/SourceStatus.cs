namespace ParIndex.Surveys;

/// <summary>How far a shipped element or question of a survey instrument is borne out by the sources.</summary>
internal enum SourceStatus
{
    /// <summary>The wording was seen in a cited source.</summary>
    Confirmed = 0,

    /// <summary>Seen only in a derived or merged form, such as a third-party replica of the questionnaire.</summary>
    Derived,

    /// <summary>A reconstruction: consistent with the sources' counts and topics, but the wording was not seen.
    /// Verify against the decision's text before relying on it.</summary>
    Reconstructed,
}
