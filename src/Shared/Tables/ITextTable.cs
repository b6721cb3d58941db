using ParIndex.Rules;

namespace ParIndex.Tables;

/// <summary>
/// A table of text cells under a header row, read one row at a time: a CSV file (<c>CsvTable</c> in ParIndex.Csv) or a
/// sheet of a workbook (<c>XlsxSheet</c> in ParIndex.Excel). The row-to-model mappings of this folder read rows through
/// it, so a CSV file and a sheet become the same records with the same diagnostics, each at its own kind of place.
/// </summary>
/// <remarks>This folder is compiled into both packages (linked source): neither package depends on the other, and the
/// core needs no table abstraction in its public API.</remarks>
internal interface ITextTable
{
    /// <summary>Gets the file's name for diagnostics, or <see langword="null"/>.</summary>
    string? Source { get; }

    /// <summary>Gets the header's names, trimmed, in NFC.</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>Gets whether the input was refused (a wrong encoding): nothing more is read.</summary>
    bool Refused { get; }

    /// <summary>Gets whether any row after the header was met, read or skipped.</summary>
    bool AnyRow { get; }

    /// <summary>Gets the place just under the header, where a table without rows is reported.</summary>
    InputPlace AfterHeader { get; }

    /// <summary>Gets the number of the current row as its format counts it: a CSV line, a sheet's row.</summary>
    int Line { get; }

    /// <summary>Gets the current row as a reader names it in a message: "line 4", "row 4".</summary>
    string RowLabel { get; }

    /// <summary>Gets the current row as a default source of a value read from it: "results.csv:4",
    /// "results.xlsx 'Sheet1'!4:4".</summary>
    string RowSource { get; }

    /// <summary>Checks the header: every required column must be there; missing ones are reported. The required and
    /// optional columns are the ones the rows are read by.</summary>
    bool Require(IReadOnlyList<string> required, IReadOnlyList<string> optional);

    /// <summary>Gets a column's 0-based index by name (case-insensitive), or -1.</summary>
    int Column(string name);

    /// <summary>Moves to the next row that can be read; rows that cannot are reported and skipped. After
    /// <see cref="Require"/>, a row with an error in one of its columns (a workbook's <c>#N/A</c>) is one of them: the
    /// error is reported at its cell and nothing more is said of the row. A CSV field never holds an error.</summary>
    bool Read();

    /// <summary>Gets a cell of the current row as text, trimmed; empty when the column or cell is absent.</summary>
    string Field(int column);

    /// <summary>Gets a cell of the current row by its column's name.</summary>
    string Field(string column) => Field(Column(column));

    /// <summary>Gets the cell's answer code when it is one digit ("4"), else -1: the common case of a survey answer,
    /// read without making a string.</summary>
    int Digit(int column);

    /// <summary>Gets how the cell writes a decimal number: the file's dialect for CSV; a point for a number a workbook
    /// stores, the comma of a decimal-comma locale for text typed into a cell ("86,19 %").</summary>
    DecimalMark Mark(int column);

    /// <summary>Gets the place of a cell of the current row (the whole row for -1).</summary>
    InputPlace Place(int column);

    /// <summary>Gets the place of a cell of the current row by its column's name.</summary>
    InputPlace Place(string column) => Place(Column(column));

    /// <summary>Gets the place of a header cell (the header row for -1).</summary>
    InputPlace HeaderPlace(int column);

    /// <summary>Lists a problem.</summary>
    void Report(Diagnostic problem);

    /// <summary>After the last row: a header without rows is reported as <see cref="DiagnosticKind.Empty"/>, unless the
    /// input was already refused.</summary>
    /// <param name="what">What the rows would have held ("results").</param>
    void ReportIfNoRows(string what);
}
