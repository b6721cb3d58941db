using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using NodaTime;
using ParIndex.Geography;
using ParIndex.History;
using ParIndex.Rules;

namespace ParIndex.Csv;

/// <summary>
/// Reads published results (kết quả công bố: a province's index value and rank in a year) from CSV:
/// <c>year,province,value_percent,rank[,source_url]</c> (a header row, any column order, names case-insensitive).
/// </summary>
/// <remarks>
/// <para>A year is an assessment year of the PAR Index, 2012 (the first, 1294/QĐ-BNV of 2012) to 2100; a province is a
/// code or name of the province list in force at the end of that year (<see cref="ProvinceNames.TryMatch"/>);
/// <c>value_percent</c> is in [0, 100] in the file's decimal mark, without a percent sign; <c>rank</c> a whole number
/// from 1 to the number of provinces. A row needs a value or a rank, and a province once a year.
/// <c>source_url</c> defaults to the file's name.</para>
/// <para>Every problem comes back with the file, line and column, quoting the cell as written; rows with problems are
/// left out. The rows keep their places (<see cref="Placed{T}"/>) so that a later check of the whole record
/// (<see cref="RecordValidator"/>) can be traced to a line. Thread-safe.</para>
/// </remarks>
public static class PublishedResultsCsv
{
    private static readonly string[] Required = ["year", "province", "value_percent", "rank"];
    private static readonly string[] Optional = ["source_url"];

    /// <summary>Reads a CSV file of published results.</summary>
    /// <param name="path">The file; its name is the source of diagnostics and the default source of each row.</param>
    /// <param name="index">The index the values are of.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <returns>The rows with their places, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<ImmutableArray<Placed<PublishedResult>>> Read(string path, PublishedIndex index, CsvOptions? options)
    {
        var problems = new List<Diagnostic>();
        using var table = CsvTable.Open(path, options, problems.Add);
        return Rows(table, index, problems);
    }

    /// <summary>Reads a CSV stream of published results.</summary>
    /// <param name="csv">The bytes; read to their end, not closed.</param>
    /// <param name="index">The index the values are of.</param>
    /// <param name="options">How the file is written, or <see langword="null"/> to find out from the file.</param>
    /// <param name="source">The name of the stream for diagnostics and the default source of each row, or
    /// <see langword="null"/> ("CSV").</param>
    /// <returns>The rows with their places, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadResult<ImmutableArray<Placed<PublishedResult>>> Read(Stream csv, PublishedIndex index, CsvOptions? options, string? source)
    {
        var problems = new List<Diagnostic>();
        using var table = CsvTable.Open(csv, options, source, problems.Add);
        return Rows(table, index, problems);
    }

    private static ReadResult<ImmutableArray<Placed<PublishedResult>>> Rows(CsvTable table, PublishedIndex index, List<Diagnostic> problems)
    {
        var rows = ImmutableArray.CreateBuilder<Placed<PublishedResult>>();
        if (!table.Require(Required, Optional))
        {
            return new(rows.ToImmutable(), problems);
        }
        var lineOf = new Dictionary<(int Year, string Code), int>();
        var decimals = table.DecimalMark == DecimalMark.Comma ? "a comma" : "a dot";
        while (table.Read())
        {
            void Problem(DiagnosticKind kind, string message, string column, string? unit = null) =>
                problems.Add(table.Place(column).Problem(kind, null, message, unit));

            if (!int.TryParse(table.Field("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2012 or > 2100)
            {
                // The PAR Index is assessed from 2012 (1294/QĐ-BNV); the province lists begin in 2008 anyway.
                Problem(DiagnosticKind.WrongYear, $"'{table.Field("year")}' is not an assessment year (2012 to 2100)", "year");
                continue;
            }
            var list = ProvinceList.ForDate(new LocalDate(year, 12, 31));
            if (!ProvinceNames.TryMatch(table.Field("province"), list, out var province))
            {
                Problem(DiagnosticKind.UnknownName, FormattableString.Invariant($"'{table.Field("province")}' is not a province of the {list.Provinces.Length}-unit list of {year}"), "province");
                continue;
            }
            decimal? value = null;
            if (table.Field("value_percent") is { Length: > 0 } valueText)
            {
                if (!IndicatorValue.TryParse(valueText, IndicatorKind.Points, table.DecimalMark, out var v, out _) || v.Kind != IndicatorKind.Points || v.Number is < 0m or > 100m)
                {
                    Problem(DiagnosticKind.ValueOutOfRange, $"'{valueText}' is not a percentage in [0, 100] (write decimals with {decimals})", "value_percent", province.Code);
                    continue;
                }
                value = v.Number;
            }
            int? rank = null;
            if (table.Field("rank") is { Length: > 0 } rankText)
            {
                if (!int.TryParse(rankText, NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r < 1 || r > list.Provinces.Length)
                {
                    Problem(DiagnosticKind.ValueOutOfRange, FormattableString.Invariant($"'{rankText}' is not a rank from 1 to {list.Provinces.Length}"), "rank", province.Code);
                    continue;
                }
                rank = r;
            }
            if (value is null && rank is null)
            {
                Problem(DiagnosticKind.MalformedRow, "the row has neither a value nor a rank", "value_percent", province.Code);
                continue;
            }
            if (!lineOf.TryAdd((year, province.Code), table.Line))
            {
                Problem(DiagnosticKind.DuplicateCode, FormattableString.Invariant($"{province.Name} {year} is already on line {lineOf[(year, province.Code)]}"), "province", province.Code);
                continue;
            }
            var source = table.Field("source_url") is { Length: > 0 } url ? url : table.Source ?? "CSV";
            rows.Add(new(new PublishedResult(index, year, province, value, rank, source), table.Place(-1)));
        }
        table.ReportIfNoRows("results");
        return new(rows.ToImmutable(), problems);
    }
}
