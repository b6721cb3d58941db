namespace ParIndex.Surveys;

/// <summary>The part of a SIPAS questionnaire an element belongs to (khía cạnh đo lường).</summary>
internal enum SurveyPart
{
    /// <summary>Satisfaction with the provision of public administrative services (việc cung ứng dịch vụ hành chính công):
    /// the five elements access, procedures, civil servant, result, feedback handling.</summary>
    ServiceDelivery = 0,

    /// <summary>Satisfaction with the formulation and implementation of public policies (việc xây dựng, tổ chức thực hiện
    /// chính sách công), measured since 2022.</summary>
    PublicPolicy,

    /// <summary>Opinions and assessments (nhận định, đánh giá): interest, channels, harassment, informal payments.</summary>
    Opinion,

    /// <summary>Needs and expectations (nhu cầu, mong đợi).</summary>
    Expectation,
}
