namespace ParIndex.Rules;

/// <summary>Which built-in rule a <see cref="CompiledRule"/> is.</summary>
internal enum CompiledRuleKind : byte
{
    /// <summary>A rule of the user's: evaluated through its own virtual methods.</summary>
    User = 0,
    PercentBands,
    CountBands,
    YesNo,
    AllConditions,
    Timeliness,
    Proportional,
    SurveyPercentage,
    Deduction,
}
