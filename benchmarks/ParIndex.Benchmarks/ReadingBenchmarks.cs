using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using ParIndex.Csv;
using ParIndex.Methodologies;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Benchmarks;

/// <summary>Read 100,002 indicator rows (16,667 units × the 6 leaves of the Cà Mau fragment) from CSV bytes, and the same
/// rows from an .xlsx workbook, into units' indicators, against a naive baseline that splits lines on commas and parses with the invariant culture, checking
/// nothing (no encoding, field count, decimal mark, key normal form, places for errors). Run with
/// <c>--filter '*Reading*'</c>.</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private static readonly string[] s_rows = ["1.1.1,2022-12-20", "1.1.2,yes;yes", "1.1.3,yes", "1.1.4,95%", "1.2.1,yes;yes", "1.2.2,no"];
    private Methodology _methodology = null!;
    private byte[] _csv = null!;
    private byte[] _xlsx = null!;

    [Params(16_667)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _methodology = Methodology.Samples.Single(m => m.Id == "CA-MAU-1880-2013-FRAGMENT");
        var text = new StringBuilder("unit,name,year,code,value\n");
        for (var u = 0; u < Units; u++)
        {
            foreach (var row in s_rows)
            {
                text.Append('U').Append(u).Append(",Sở ").Append(u).Append(",2023,").Append(row).Append('\n');
            }
        }
        _csv = Encoding.UTF8.GetBytes(text.ToString());
        var rows = new List<IReadOnlyList<object?>>();
        for (var u = 0; u < Units; u++)
        {
            foreach (var row in s_rows)
            {
                var (code, value) = (row[..row.IndexOf(',', StringComparison.Ordinal)], row[(row.IndexOf(',', StringComparison.Ordinal) + 1)..]);
                rows.Add(["U" + u, "Sở " + u, 2023, code, value]);
            }
        }
        using var book = new MemoryStream();
        ParIndex.Excel.TablesXlsx.Write(book, [new ParIndex.Excel.SpreadsheetTable("units", ["unit", "name", "year", "code", "value"], rows)]);
        _xlsx = book.ToArray();
    }

    [Benchmark]
    public int IndicatorsXlsxRead()
    {
        var builder = new ReportedIndicatorsBuilder(_methodology);
        ParIndex.Excel.IndicatorsXlsx.ReadInto(builder, new MemoryStream(_xlsx, writable: false), null, "units.xlsx");
        return builder.Build().GetValueOrThrow().Length;
    }

    [Benchmark]
    public int IndicatorsCsvRead()
    {
        var builder = new ReportedIndicatorsBuilder(_methodology);
        IndicatorsCsv.ReadInto(builder, new MemoryStream(_csv, writable: false), CsvOptions.Default, "units.csv");
        return builder.Build().GetValueOrThrow().Length;
    }

    [Benchmark(Baseline = true)]
    public int NaiveSplit()
    {
        var units = new Dictionary<string, (string Name, List<KeyValuePair<string, IndicatorValue>> Values)>(StringComparer.Ordinal);
        using var reader = new StreamReader(new MemoryStream(_csv, writable: false));
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            var leaf = (Criterion)_methodology.Find(f[3])!;
            IndicatorValue.TryParse(f[4], leaf.Rule!.InputKind, DecimalMark.Point, out var value, out _);
            if (!units.TryGetValue(f[0], out var unit))
            {
                units.Add(f[0], unit = (f[1], []));
            }
            unit.Values.Add(KeyValuePair.Create(f[3], value));
        }
        return units.Select(u => new ReportedIndicators(new AssessedUnit(u.Key, u.Value.Name), 2023, u.Value.Values)).Count();
    }
}
