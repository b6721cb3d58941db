namespace ParIndex.Methodologies;

/// <summary>How a leaf criterion is assessed (phương pháp đánh giá).</summary>
public enum AssessmentMethod
{
    /// <summary>Self-assessment by the unit, appraised by the Ministry or department (tự đánh giá, thẩm định).</summary>
    AppraisedSelfAssessment = 0,

    /// <summary>Sociological survey (điều tra xã hội học): SIPAS, the survey of officials and leaders.</summary>
    SociologicalSurvey,

    /// <summary>Any other source (statistics reported by another agency, for instance).</summary>
    Other,
}
