using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace ParIndex.History;

/// <summary>What <see cref="RecordValidator"/> found: every problem (a diagnostic naming the province by code), notes on
/// what is consistent only through figures the table does not give, and the coverage of each table checked (kết quả kiểm tra).</summary>
/// <remarks>Coverage gaps and notes are reported, not counted as problems: the record is partial by nature, and the
/// Ministry ranks on more decimals than it publishes. Immutable.</remarks>
public sealed class ValidationReport
{
    internal ValidationReport(ImmutableArray<Diagnostic> problems, ImmutableArray<Coverage> coverage, ImmutableArray<Diagnostic> notes)
    {
        Problems = problems;
        Coverage = coverage;
        Notes = notes;
    }

    /// <summary>Gets every problem found, in table order.</summary>
    public ImmutableArray<Diagnostic> Problems { get; }

    /// <summary>Gets the notes: rows consistent only through unpublished decimals (equal values with consecutive ranks,
    /// <see cref="DiagnosticKind.UnpublishedDecimals"/>), each naming the rows and their sources. Not problems.</summary>
    public ImmutableArray<Diagnostic> Notes { get; }

    /// <summary>Gets the coverage of each table (index and year) checked, latest first.</summary>
    public ImmutableArray<Coverage> Coverage { get; }

    /// <summary>Gets whether no problem was found.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>Lists the problems, then the notes, then the coverage of each table with the units that have no row.</summary>
    /// <returns>A multi-line text for a test's failure message.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(IsValid ? "No problems." : Utility.Invariant.Format($"{Problems.Length} problem(s):"));
        foreach (var problem in Problems)
        {
            text.AppendLine().Append("  - ").Append(problem);
        }
        foreach (var note in Notes)
        {
            text.AppendLine().Append("  note: ").Append(note);
        }
        foreach (var coverage in Coverage)
        {
            text.AppendLine().Append(coverage);
            if (!coverage.Missing.IsEmpty && coverage.Missing.Length < coverage.Units)
            {
                text.Append("; no row: ").Append(string.Join(", ", coverage.Missing.Select(p => p.Name)));
            }
        }
        return text.ToString();
    }
}
