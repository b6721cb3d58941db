namespace ParIndex.Excel;

/// <summary>One table of results for a workbook (<see cref="TablesXlsx"/>): a sheet name, column names, rows of cells
/// and notes (sources, caveats) written under the table.</summary>
/// <remarks>Cells are <see cref="string"/>, <see cref="int"/>, <see cref="decimal"/> or <see langword="null"/> (an empty
/// cell). A column named in <see cref="PercentColumns"/> holds percentages on the 0–100 scale (86.19 for 86.19%).
/// Immutable.</remarks>
public sealed class SpreadsheetTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="name">The sheet's name: 1 to 31 characters, none of <c>[ ] : * ? / \</c>.</param>
    /// <param name="columns">The column names, in order.</param>
    /// <param name="rows">The rows, each with one cell a column; copied.</param>
    /// <param name="notes">Lines written under the table, or <see langword="null"/>.</param>
    /// <param name="percentColumns">The columns whose numbers are percentages (86.19 for 86.19%), written as the
    /// fraction a spreadsheet computes with (0.8619) in the percent format 0.00%; or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="columns"/> or
    /// <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is not a sheet name Excel accepts, a row's length differs from the
    /// columns', a cell is of another type, or a percent column is not a column.</exception>
    public SpreadsheetTable(string name, IEnumerable<string> columns, IEnumerable<IReadOnlyList<object?>> rows, IEnumerable<string>? notes = null, IEnumerable<string>? percentColumns = null)
    {
        Arguments.CheckNotNull(name);
        Arguments.CheckNotNull(columns);
        Arguments.CheckNotNull(rows);
        if (name.Length is 0 or > 31 || name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
        {
            throw Arguments.Invalid(nameof(name), $"'{name}' is not a sheet name: 1 to 31 characters, none of [ ] : * ? / \\");
        }
        Name = name;
        Columns = [.. columns];
        Rows = [.. rows.Select(r => r.ToImmutableArray())];
        Notes = notes is null ? [] : [.. notes];
        PercentColumns = percentColumns is null ? [] : [.. percentColumns];
        if (PercentColumns.FirstOrDefault(p => !Columns.Contains(p)) is { } unknown)
        {
            throw Arguments.Invalid(nameof(percentColumns), $"table {name}: '{unknown}' is not one of its columns");
        }
        foreach (var row in Rows)
        {
            if (row.Length != Columns.Length)
            {
                throw Arguments.Invalid(nameof(rows), $"table {name}: a row has {row.Length} cells for {Columns.Length} columns");
            }
            if (row.FirstOrDefault(c => c is not (null or string or int or decimal)) is { } other)
            {
                throw Arguments.Invalid(nameof(rows), $"table {name}: a cell is a {other.GetType().Name}; cells are strings, ints, decimals or null");
            }
        }
    }

    /// <summary>Gets the sheet's name.</summary>
    public string Name { get; }

    /// <summary>Gets the column names.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Gets the rows of cells.</summary>
    public ImmutableArray<ImmutableArray<object?>> Rows { get; }

    /// <summary>Gets the notes written under the table.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Gets the columns whose numbers are percentages on the 0–100 scale.</summary>
    public ImmutableArray<string> PercentColumns { get; }
}
