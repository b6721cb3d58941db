namespace ParIndex.Surveys;

/// <summary>
/// What happened to the input rows: how many were read, used and rejected, how many answers were counted as invalid,
/// and the problems found, each with its row or line (phiếu khảo sát).
/// </summary>
/// <remarks>Only the first <see cref="SipasOptions.MaxListedProblems"/> problems are kept, so that memory does not grow
/// with the input; <see cref="ProblemsNotListed"/> counts the rest. Immutable.</remarks>
internal sealed class SurveyInputReport
{
    /// <summary>Gets the number of rows read (used plus rejected).</summary>
    public required long RowsRead { get; init; }

    /// <summary>Gets the number of rows used in the figures.</summary>
    public required long RowsUsed { get; init; }

    /// <summary>Gets the number of rows left out.</summary>
    public required long RowsRejected { get; init; }

    /// <summary>Gets the number of used rows with answers out of scale counted as invalid.</summary>
    public required long RowsWithInvalidAnswers { get; init; }

    /// <summary>Gets the number of answers out of scale counted as invalid.</summary>
    public required long InvalidAnswers { get; init; }

    /// <summary>Gets the problems found, in input order, up to the listing limit.</summary>
    public required ImmutableArray<Diagnostic> Problems { get; init; }

    /// <summary>Gets the number of problems found beyond the listing limit.</summary>
    public required long ProblemsNotListed { get; init; }

    /// <summary>Formats as "1,000 rows read, 998 used, 2 rejected, 0 with invalid answers".</summary>
    /// <returns>The counts.</returns>
    public override string ToString() =>
        Invariant.Format($"{RowsRead:N0} rows read, {RowsUsed:N0} used, {RowsRejected:N0} rejected, {RowsWithInvalidAnswers:N0} with invalid answers");
}
