using ParIndex.Geography;
using ParIndex.History;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex history</c>: the published record of a year, or one province's series, with sources and
/// coverage.</summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var year = Options.Year("A year of the published record, e.g. 2022.");
        var province = Options.Province("A province's series across the years, e.g. \"Cà Mau\" or \"TP.HCM\".");
        var index = Options.Index();
        var command = new Command("history", "The published record (2012–2024) with sources and coverage: one year, or one province's series.\n" +
            "Examples:\n  parindex history --year 2022\n  parindex history --province \"Thừa Thiên Huế\" --index sipas")
        {
            year, province, index,
        };
        CommandContext.Bind(command, context =>
        {
            var which = context.Parse.GetValue(index);
            var name = context.Parse.GetValue(province);
            if (name is not null && context.Parse.GetValue(year) is not null)
            {
                // A province's series lists every year: a --year beside it would be silently dropped.
                throw new CliException("give --year or --province, not both: --province lists the province's every year", "history");
            }
            var tables = name is not null ? [Series(which, Match(name))]
                : context.CheckedYear(year) is { } y ? Year(which, y)
                : throw new CliException("give --year or --province", "history");
            context.Write(tables);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Matches a province of the 63 list by name, as a user types it; an unknown name is bad input.</summary>
    public static Province Match(string name)
    {
        try
        {
            return ProvinceList.Units63.Match(name);
        }
        catch (DiagnosticException e)
        {
            throw new CliException(e.Message, "--province", e);
        }
    }

    internal static ResultTable Series(PublishedIndex index, Province province)
    {
        var rows = PublishedRecord.Series(index, province);
        var notes = new List<string> { $"{rows.Length} year(s) of {index.Name()} for {province.FullName} in the record." };
        var missing = PublishedRecord.Years(index).Except(rows.Select(r => r.Year)).ToArray();
        if (missing.Length > 0)
        {
            notes.Add("No row for: " + string.Join(", ", missing) + ".");
        }
        return new ResultTable(
            "series",
            $"{index.Name()}: {province.Name}",
            ["year", "index", "rank", "source"],
            rows.Select(r => new object?[] { r.Year, r.Value, r.Rank, r.Source }),
            notes);
    }

    private static ResultTable[] Year(PublishedIndex index, int year)
    {
        // An empty table with "0 of 63 provinces" would read as a year without any published result.
        var results = RankCommand.Results(index, year);
        var notes = new List<string>
        {
            $"Coverage: {results.Rows.Length} rows; {results.WithValue} of {results.Units} provinces with a value, {results.WithRank} with a rank, {results.WithBoth} with both.",
        };
        if (PublishedRecord.NationalAverage(index, year) is { } average)
        {
            notes.Add($"National average {average.Value.ToString(CultureInfo.InvariantCulture)} ({average.Source}).");
        }
        var components = PublishedRecord.Components.Where(c => c.Year == year).ToList();
        var tables = new List<ResultTable>
        {
            new(
                "results",
                $"{index.Name()} {year}: published results",
                ["province", "index", "rank", "source"],
                results.Rows.OrderBy(r => r.Rank ?? int.MaxValue).Select(r => new object?[] { r.Province.Name, r.Value, r.Rank, r.Source }),
                notes),
        };
        if (index == PublishedIndex.Par && components.Count > 0)
        {
            tables.Add(new ResultTable(
                "components",
                $"PAR Index {year}: published component (area) results",
                ["province", "area", "value", "unit", "maximum", "area_rank", "source"],
                components.Select(c => new object?[] { c.Province.Name, c.Area, c.Value, (c.IsPercentOfMaximum ? "percentofmaximum" : "points"), c.Maximum, c.AreaRank, c.Source })));
        }
        return [.. tables];
    }
}
