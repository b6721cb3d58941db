using ParIndex.Analysis;
using ParIndex.Cli.Reports;
using ParIndex.Geography;
using ParIndex.History;
using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex report</c>: one self-contained HTML page for a year (ranking table and bar chart, area heat
/// map), a province (trend across years) and/or a scored unit (every point explained).</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var year = Options.Year("The year of the published record to report: ranking, bar chart, area heat map.");
        var province = Options.Province("Add a province's trend across the years, e.g. \"Đà Nẵng\".");
        var index = Options.Index();
        var input = new ScoredInput();
        var unit = Options.Unit();
        var intervals = new UncertaintyCommand.Inputs();
        var command = new Command("report", "An HTML page (self-contained: no script, nothing loaded from the network) with charts drawn by ScottPlot.\n" +
            "Examples:\n  parindex report --year 2023 --output report.html\n  parindex report --year 2023 --province \"Quảng Nam\" -o quang-nam.html\n" +
            "  parindex report --methodology CA-MAU-1880-2013-FRAGMENT --indicators samples/data/indicators-ca-mau-fragment.csv --unit C -o unit-c.html\n" +
            "  parindex report -m CA-MAU-1880-2013-FRAGMENT -i samples/data/indicators-ca-mau-fragment.csv --runs 10000 --weight-noise 25 -o intervals.html (rank intervals, as parindex uncertainty)")
        {
            year, province, index, input.Methodology, input.Indicators, unit,
        };
        intervals.AddTo(command);
        CommandContext.Bind(command, context =>
        {
            // The page is HTML whatever --format says: csv, json or xlsx would be ignored, so they are refused (as
            // template refuses them), before any work.
            context.RefuseFormat(f => f != OutputFormat.Table, format => $"report writes an HTML page, not {format}: give --output FILE.html (and no --format)");
            var which = context.Parse.GetValue(index);
            var y = context.CheckedYear(year);
            var name = context.Parse.GetValue(province);
            var files = context.Parse.GetValue(input.Indicators) ?? [];
            if (y is null && name is null && files.Length == 0)
            {
                throw new CliException("give --year, --province or --indicators (with --methodology)", "report");
            }
            var place = name is null ? null : HistoryCommand.Match(name);
            if (files.Length == 0)
            {
                context.NotReadBy("a report without --indicators (give them, and --unit, to score a unit)", input.Methodology);
            }
            var scorecards = files.Length > 0 ? input.Score(context).Scorecards : [];
            var runs = context.Parse.GetValue(intervals.Runs) is not null;
            if (runs && files.Length == 0)
            {
                throw new CliException("--runs needs --indicators (and --methodology): rank intervals are of scored units", intervals.Runs.Name);
            }
            // The unit is scored and explained as 'parindex explain' does it; with --runs alone, only the intervals.
            var scorecard = files.Length > 0
                ? runs && context.Parse.GetValue(unit) is null ? null : ExplainCommand.Pick(scorecards, context.Parse.GetValue(unit), c => c.Unit.Code)
                : context.Parse.GetValue(unit) is null ? null : throw new CliException("--unit needs --indicators (and --methodology) to score the unit", "--unit");

            var page = new ReportPage(Title(which, y, place, scorecard, runs ? scorecards[0].Methodology.Title + ": rank intervals" : null), "Published values and ranks as announced, each with its source; scored units as computed by ParIndex.");
            if (y is { } reportYear)
            {
                YearSections(page, which, reportYear);
            }
            if (place is not null)
            {
                ProvinceSections(page, which, place);
            }
            if (runs)
            {
                var ofYear = Options.OfOneYear(scorecards, c => c.Year, scorecard?.Year, "--unit");
                IntervalSections(page, intervals.Run(context, ofYear), ofYear[0]);
            }
            if (scorecard is not null)
            {
                foreach (var table in ExplainCommand.Tables(scorecard))
                {
                    page.Table(table);
                }
            }
            context.WriteDocument(page.ToString());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Title(PublishedIndex index, int? year, Province? province, Scorecard? scorecard, string? intervals)
    {
        var parts = new List<string>();
        if (year is not null || province is not null)
        {
            parts.Add(index.Name() + (year is { } y ? " " + y.ToString(CultureInfo.InvariantCulture) : string.Empty));
        }
        if (province is not null)
        {
            parts.Add(province.Name);
        }
        if (scorecard is not null)
        {
            parts.Add(scorecard.Unit.Name + " (" + scorecard.Methodology.Id + ")");
        }
        if (intervals is not null)
        {
            parts.Add(intervals);
        }
        return string.Join(" · ", parts);
    }

    private static void YearSections(ReportPage page, PublishedIndex index, int year)
    {
        // The same table as 'parindex rank --year', which also rejects a year without a record.
        var ranking = RankCommand.Published(index, year, null, new RankingOptions())[0];
        page.Table(ranking);
        var withValues = PublishedRecord.Results(index, year).Rows.Where(r => r.Value is not null).ToList();
        if (withValues.Count > 0)
        {
            page.Chart("ranking-chart", $"{index.Name()} {year}: published values in published order.",
                ChartSvg.Ranking(withValues, $"{index.Name()} {year}", PublishedRecord.NationalAverage(index, year)?.Value));
        }
        page.Heading("components-section", $"{index.Name()} {year}: area (component) indices");
        if (index == PublishedIndex.Par)
        {
            ComponentHeatMap.Write(page.Body, year);
        }
        else
        {
            page.Paragraph("components-empty", "Area (component) values are published for the PAR Index only; run the report with --index par.");
        }
    }

    private static void IntervalSections(ReportPage page, (UncertaintyOptions Options, System.Collections.Immutable.ImmutableArray<UnitUncertainty> Units) result, Scorecard first)
    {
        var table = UncertaintyCommand.Table(result);
        page.Heading("rank-intervals-section", $"{first.Methodology.Title} {first.Year}: how sure the ranks are");
        page.Chart("rank-interval-chart", FormattableString.Invariant($"Each unit's rank over {result.Options.Runs} Monte Carlo runs (seed {result.Options.Seed}): the dot is its nominal rank, the whisker the middle 90 % of the runs' ranks. ") + table.Notes[0],
            ChartSvg.RankIntervals(result.Units, $"{first.Methodology.Title} {first.Year}: rank intervals"));
        HtmlTable.Write(page.Body, table);
    }

    private static void ProvinceSections(ReportPage page, PublishedIndex index, Province province)
    {
        var series = PublishedRecord.Series(index, province);
        page.Heading("trend-section", $"{index.Name()}: {province.Name} across the years");
        if (series.IsEmpty)
        {
            page.Paragraph("trend-empty", $"The record has no {index.Name()} row for {province.Name}.");
            return;
        }
        page.Chart("trend-chart", $"{province.Name}: published {index.Name()} value and rank by year (years without a row are left out).",
            ChartSvg.Trend(series, $"{index.Name()}: {province.Name}", ProvinceList.Units63.Provinces.Length));
        HtmlTable.Write(page.Body, HistoryCommand.Series(index, province));
    }
}
