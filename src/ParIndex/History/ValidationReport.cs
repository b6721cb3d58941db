using System.Text;
using ParIndex.Methodologies;
using ParIndex.Rankings;

namespace ParIndex.History;

/// <summary>The check of published rows (kiểm tra số liệu) and what it found (kết quả kiểm tra): <see cref="Validate"/>
/// checks the embedded <see cref="PublishedRecord"/> or a caller's own table against the library's ranking rules (ranks
/// recomputed with <see cref="Ranking.Create"/>, group membership against thresholds and published group counts, and
/// coverage), <see cref="CheckAreas(PublishedResult, IEnumerable{PublishedComponent})"/> area values against the total.
/// The report holds every problem (a diagnostic naming the province by code), notes on what is consistent only through
/// figures the table does not give, and the coverage of each table checked.</summary>
/// <remarks><para>A complete table (every unit of the list with value and rank) must reproduce its ranks exactly. A
/// partial table cannot (ranks are among all 63, values known for a few), so its rows are checked for order instead:
/// the rank order must agree with the value order (higher value ⇔ better rank, equal values ⇔ equal ranks).</para>
/// <para>Coverage gaps and notes are reported, not counted as problems: the record is partial by nature, and the
/// Ministry ranks on more decimals than it publishes. Every mismatch is a <see cref="Diagnostic"/> whose message names
/// the year, the index, the rows in conflict and the source. Immutable; the checks are pure and thread-safe.</para></remarks>
public sealed class ValidationReport
{
    internal ValidationReport(ImmutableArray<Diagnostic> problems, ImmutableArray<YearResults> tables, ImmutableArray<Diagnostic> notes)
    {
        Problems = problems;
        Tables = tables;
        Notes = notes;
    }

    /// <inheritdoc cref="RecordValidator.Validate"/>
    public static ValidationReport Validate(IEnumerable<PublishedResult> rows, IEnumerable<PublishedAggregate>? aggregates = null, RankingOptions? options = null) =>
        RecordValidator.Validate(rows, aggregates, options);

    /// <inheritdoc cref="RecordValidator.CheckAreas(PublishedResult, IEnumerable{PublishedComponent}, IReadOnlyList{decimal})"/>
    public static ValidationReport CheckAreas(PublishedResult total, IEnumerable<PublishedComponent> areas, IReadOnlyList<decimal> areaMaxima) =>
        RecordValidator.CheckAreas(total, areas, areaMaxima);

    /// <inheritdoc cref="RecordValidator.CheckAreas(PublishedResult, IEnumerable{PublishedComponent})"/>
    public static ValidationReport CheckAreas(PublishedResult total, IEnumerable<PublishedComponent> areas) =>
        RecordValidator.CheckAreas(total, areas);

    /// <inheritdoc cref="RecordValidator.CheckAreas(PublishedResult, IEnumerable{PublishedComponent}, Methodology)"/>
    public static ValidationReport CheckAreas(PublishedResult total, IEnumerable<PublishedComponent> areas, Methodology methodology) =>
        RecordValidator.CheckAreas(total, areas, methodology);

    /// <summary>Gets every problem found, in table order.</summary>
    public ImmutableArray<Diagnostic> Problems { get; }

    /// <summary>Gets the notes: rows consistent only through unpublished decimals (equal values with consecutive ranks,
    /// <see cref="DiagnosticKind.UnpublishedDecimals"/>), each naming the rows and their sources. Not problems.</summary>
    public ImmutableArray<Diagnostic> Notes { get; }

    /// <summary>Gets each table (index and year) checked, latest first: its rows as given (the first of each province)
    /// and their coverage.</summary>
    public ImmutableArray<YearResults> Tables { get; }

    /// <summary>Gets whether no problem was found.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>Lists the problems, then the notes, then the coverage of each table with the units that have no row.</summary>
    /// <returns>A multi-line text for a test's failure message.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(IsValid ? "No problems." : Utility.Invariant.Format($"{Problems.Length} problem{(Problems.Length == 1 ? string.Empty : "s")}:"));
        foreach (var problem in Problems)
        {
            text.AppendLine().Append("  - ").Append(problem);
        }
        foreach (var note in Notes)
        {
            text.AppendLine().Append("  note: ").Append(note);
        }
        foreach (var table in Tables)
        {
            text.AppendLine().Append(table);
            if (!table.Missing.IsEmpty && table.Missing.Length < table.Units)
            {
                text.Append("; no row: ").Append(string.Join(", ", table.Missing.Select(p => p.Name)));
            }
        }
        return text.ToString();
    }
}
