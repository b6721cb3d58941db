namespace ParIndex.Cli.Output;

/// <summary>How a command writes its result.</summary>
internal enum OutputFormat
{
    /// <summary>Tables for people, in the chosen culture (Spectre.Console).</summary>
    Table,

    /// <summary>Comma-separated values, invariant culture (CsvHelper).</summary>
    Csv,

    /// <summary>JSON, invariant culture.</summary>
    Json,

    /// <summary>An Excel workbook, one sheet a table (ParIndex.Excel); needs --output.</summary>
    Xlsx,
}
