using ParIndex.Csv;
using ParIndex.Excel;
using ParIndex.Methodologies;
using ParIndex.Scoring;

namespace ParIndex.Cli.Input;

/// <summary>Maps indicator files to the library's readers: JSON by its extension or content (<see cref="ReportedIndicators.ReadJson"/>), Excel
/// workbooks by extension or content (<see cref="IndicatorsXlsx"/>), CSV otherwise (<see cref="IndicatorsCsv"/>); every
/// problem of every file reported together.</summary>
internal static class IndicatorFiles
{
    public static ImmutableArray<ReportedIndicators> Read(IEnumerable<FileInfo> files, Methodology methodology, CsvOptions csv, string? sheet = null)
    {
        var builder = new ReportedIndicatorsBuilder(methodology);
        var names = new List<string>();
        foreach (var file in files)
        {
            using var stream = InputFile.Open(file); // found, and within the tool's limit (JSON and workbooks too)
            names.Add(file.ToString());
            if (InputFile.IsJson(file, stream))
            {
                ReportedIndicators.ReadJsonInto(builder, stream, file.ToString());
            }
            else if (InputFile.IsWorkbook(file, stream))
            {
                IndicatorsXlsx.ReadInto(builder, stream, sheet, file.ToString());
            }
            else
            {
                IndicatorsCsv.ReadInto(builder, stream, csv, file.ToString());
            }
        }
        var result = builder.Build();
        if (!result.IsValid)
        {
            var sources = result.Diagnostics.Select(d => d.File).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            throw new CliException(
                $"{CliException.Problems(result.Diagnostics.Length)} in the indicators",
                sources.Length == 0 ? string.Join(", ", names) : string.Join(", ", sources),
                diagnostics: result.Diagnostics);
        }
        return result.Value;
    }
}
