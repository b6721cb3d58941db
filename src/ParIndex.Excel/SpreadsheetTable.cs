using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ParIndex.Excel;

/// <summary>One table of results for a workbook (<see cref="TablesXlsx"/>): a sheet name, column names, rows of cells
/// and notes (sources, caveats) written under the table.</summary>
/// <remarks>Cells are <see cref="string"/>, <see cref="int"/>, <see cref="decimal"/> or <see langword="null"/> (an empty
/// cell). Immutable.</remarks>
public sealed class SpreadsheetTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="name">The sheet's name: 1 to 31 characters, none of <c>[ ] : * ? / \</c>.</param>
    /// <param name="columns">The column names, in order.</param>
    /// <param name="rows">The rows, each with one cell a column; copied.</param>
    /// <param name="notes">Lines written under the table, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="columns"/> or
    /// <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is not a sheet name Excel accepts, a row's length differs from the
    /// columns', or a cell is of another type.</exception>
    public SpreadsheetTable(string name, IEnumerable<string> columns, IEnumerable<IReadOnlyList<object?>> rows, IEnumerable<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (name.Length is 0 or > 31 || name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
        {
            throw new ArgumentException($"'{name}' is not a sheet name: 1 to 31 characters, none of [ ] : * ? / \\", nameof(name));
        }
        Name = name;
        Columns = [.. columns];
        Rows = [.. rows.Select(r => r.ToImmutableArray())];
        Notes = notes is null ? [] : [.. notes];
        foreach (var row in Rows)
        {
            if (row.Length != Columns.Length)
            {
                throw new ArgumentException($"table {name}: a row has {row.Length} cells for {Columns.Length} columns", nameof(rows));
            }
            if (row.FirstOrDefault(c => c is not (null or string or int or decimal)) is { } other)
            {
                throw new ArgumentException($"table {name}: a cell is a {other.GetType().Name}; cells are strings, ints, decimals or null", nameof(rows));
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
}
