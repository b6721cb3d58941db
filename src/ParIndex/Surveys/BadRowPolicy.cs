namespace ParIndex.Surveys;

/// <summary>What happens to a row of survey input with an answer out of its scale. Rows that cannot be used at all (an
/// unknown province, a missing weight, the wrong number of answers, a year the instrument does not cover) are
/// rejected under either policy. Every bad row is reported with its line; nothing is dropped silently (phiếu không hợp lệ).</summary>
public enum BadRowPolicy
{
    /// <summary>The whole row is left out of the computation (the default).</summary>
    Reject = 0,

    /// <summary>The row is used; each answer out of scale is counted as an invalid answer of its question and left out
    /// of that question's share, like a blank.</summary>
    CountAsInvalid,
}
