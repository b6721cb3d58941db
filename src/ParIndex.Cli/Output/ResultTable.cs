namespace ParIndex.Cli.Output;

/// <summary>One table of a command's result: named columns, rows of cells, and notes (sources, coverage, caveats).</summary>
/// <remarks>Cells are <see cref="string"/>, <see cref="int"/>, <see cref="decimal"/> or null; renderers format them
/// (tables in the chosen culture, CSV and JSON invariant).</remarks>
internal sealed class ResultTable
{
    public ResultTable(string name, string title, IEnumerable<string> columns, IEnumerable<IReadOnlyList<object?>> rows, IEnumerable<string>? notes = null)
    {
        Name = name;
        Title = title;
        Columns = [.. columns];
        Rows = [.. rows.Select(r => r.ToImmutableArray())];
        Notes = notes is null ? [] : [.. notes];
        foreach (var row in Rows)
        {
            if (row.Length != Columns.Length)
            {
                throw new ArgumentException($"table {name}: a row has {row.Length} cells for {Columns.Length} columns", nameof(rows));
            }
        }
    }

    /// <summary>Gets the machine name of the table (a JSON property name), e.g. "ranking".</summary>
    public string Name { get; }

    /// <summary>Gets the title shown above the table.</summary>
    public string Title { get; }

    public ImmutableArray<string> Columns { get; }

    public ImmutableArray<ImmutableArray<object?>> Rows { get; }

    public ImmutableArray<string> Notes { get; }

    /// <summary>Gets the columns written to CSV and JSON only: a console table states them once in a note instead
    /// (the same value on every row, such as the day a plan was evaluated on).</summary>
    public ImmutableArray<string> NotInTables { get; init; } = [];
}
