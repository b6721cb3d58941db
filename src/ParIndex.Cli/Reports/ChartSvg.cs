using ParIndex.Analysis;
using ParIndex.History;
using ScottPlot;

namespace ParIndex.Cli.Reports;

/// <summary>The report's charts, drawn with ScottPlot and returned as inline SVG.</summary>
/// <remarks>Skia lays text out with the font set here, so the font must have Vietnamese glyphs (ạ, ờ, ữ...): DejaVu
/// Sans when installed, otherwise the first font ScottPlot finds that covers a Vietnamese sample. Lines are never dashed:
/// Skia's SVG canvas cannot draw dashes and says so on stderr.</remarks>
internal static class ChartSvg
{
    private const string PreferredFont = "DejaVu Sans";
    private const int Width = 960;

    private static readonly Lazy<string> s_font = new(() =>
        string.Equals(Fonts.GetTypeface(PreferredFont, bold: false, italic: false).FamilyName, PreferredFont, StringComparison.Ordinal)
            ? PreferredFont
            : Fonts.Detect("Quảng Ninh, Thừa Thiên Huế, Hà Nội"));

    /// <summary>Horizontal bars of the published values in published order (first at the top), on a 0–100 axis, with
    /// the national average when published.</summary>
    public static string Ranking(IReadOnlyList<PublishedResult> rows, string title, decimal? nationalAverage)
    {
        var plot = new Plot();
        var bars = rows.Select((r, i) => new Bar
        {
            Position = i,
            Value = (double)r.Value!.Value,
            Label = r.Value.Value.ToString(CultureInfo.InvariantCulture),
            FillColor = Colors.SteelBlue,
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontName = s_font.Value; // bar labels are not reached by plot.Font.Set
        plot.Axes.Left.SetTicks(
            [.. rows.Select((_, i) => (double)i)],
            [.. rows.Select(r => (r.Rank is { } rank ? rank.ToString(CultureInfo.InvariantCulture) + ". " : string.Empty) + r.Province.Name)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        if (nationalAverage is { } average)
        {
            var line = plot.Add.VerticalLine((double)average);
            line.Color = Colors.DarkRed;
            line.LineWidth = 2;
            line.LegendText = "national average " + average.ToString(CultureInfo.InvariantCulture);
            plot.ShowLegend(Edge.Bottom);
        }
        plot.Axes.SetLimitsX(0, 100);
        plot.Axes.SetLimitsY(rows.Count - 0.5, -0.5); // bottom > top: the first rank at the top
        plot.Title(title);
        plot.XLabel("index (%)");
        return Render(plot, Width, 110 + (22 * rows.Count));
    }

    /// <summary>A province's index (left axis) and rank (right axis, 1 at the top) across the years of the record.</summary>
    public static string Trend(IReadOnlyList<PublishedResult> series, string title, int units)
    {
        var plot = new Plot();
        var values = series.Where(r => r.Value is not null).ToList();
        if (values.Count > 0)
        {
            var index = plot.Add.Scatter(values.Select(r => (double)r.Year).ToArray(), values.Select(r => (double)r.Value!.Value).ToArray());
            index.LegendText = "index (%)";
            index.LineWidth = 2;
            index.MarkerSize = 8;

            // The axis fits the values (2 points of room) rather than 0–100, where a few points' change looks flat.
            var low = values.Min(r => (double)r.Value!.Value);
            var high = values.Max(r => (double)r.Value!.Value);
            plot.Axes.SetLimitsY(Math.Floor(low) - 2, Math.Min(100, Math.Ceiling(high) + 2), plot.Axes.Left);
        }
        var ranked = series.Where(r => r.Rank is not null).ToList();
        if (ranked.Count > 0)
        {
            var rank = plot.Add.Scatter(ranked.Select(r => (double)r.Year).ToArray(), ranked.Select(r => (double)r.Rank!.Value).ToArray());
            rank.LegendText = "rank (right axis)";
            rank.Color = Colors.DarkOrange;
            rank.MarkerShape = MarkerShape.FilledSquare;
            rank.MarkerSize = 8;
            rank.Axes.YAxis = plot.Axes.Right;
            plot.Axes.SetLimitsY(units + 0.5, 0.5, plot.Axes.Right); // rank 1 at the top
            plot.Axes.Right.Label.Text = "rank (1 = best)";
        }
        var years = series.Select(r => r.Year).ToArray();
        plot.Axes.Bottom.SetTicks([.. years.Select(y => (double)y)], [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))]);
        plot.Axes.SetLimitsX(years.Min() - 0.5, years.Max() + 0.5);
        plot.Title(title);
        plot.YLabel("index (%)");
        plot.ShowLegend(Edge.Bottom);
        return Render(plot, Width, 420);
    }

    /// <summary>Each unit's rank interval as a dot and a whisker (khoảng tin cậy của thứ hạng): the whisker spans the
    /// 5–95 % ranks of the runs, the dot is the nominal rank; units in nominal order, the first at the top, rank 1 on
    /// the left.</summary>
    public static string RankIntervals(IReadOnlyList<UnitUncertainty> units, string title)
    {
        var plot = new Plot();
        for (var i = 0; i < units.Count; i++)
        {
            var whisker = plot.Add.Line(units[i].Low, i, units[i].High, i);
            whisker.Color = Colors.SteelBlue;
            whisker.LineWidth = 3;
            whisker.MarkerShape = MarkerShape.VerticalBar; // the ends, so that a one-rank interval still shows
            whisker.MarkerSize = 10;
            if (i == 0)
            {
                whisker.LegendText = "5–95 % of the runs";
            }
        }
        var dots = plot.Add.Markers(units.Select(u => (double)u.NominalRank).ToArray(), Enumerable.Range(0, units.Count).Select(i => (double)i).ToArray(), MarkerShape.FilledCircle, 9, Colors.DarkOrange);
        dots.LegendText = "nominal rank";
        plot.Axes.Left.SetTicks([.. units.Select((_, i) => (double)i)], [.. units.Select(u => u.NominalRank.ToString(CultureInfo.InvariantCulture) + ". " + u.Unit.Name)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        var ranks = units.Count;
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(1, ranks).Where(r => r == 1 || r % Math.Max(1, ranks / 10) == 0).Select(r => (double)r)],
            [.. Enumerable.Range(1, ranks).Where(r => r == 1 || r % Math.Max(1, ranks / 10) == 0).Select(r => r.ToString(CultureInfo.InvariantCulture))]);
        plot.Axes.SetLimitsX(0.5, ranks + 0.5);
        plot.Axes.SetLimitsY(units.Count - 0.5, -0.5); // bottom > top: the first at the top
        plot.Title(title);
        plot.XLabel("rank (1 = best)");
        plot.ShowLegend(Edge.Bottom);
        return Render(plot, Width, 130 + (22 * units.Count));
    }

    private static string Render(Plot plot, int width, int height)
    {
        plot.Font.Set(s_font.Value);

        // ScottPlot formats tick labels in the current culture; a report's numbers are invariant (92.5, not 92,5).
        var culture = CultureInfo.CurrentCulture;
        string svg;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            svg = plot.GetSvgXml(width, height);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
        var start = svg.IndexOf("<svg", StringComparison.Ordinal); // drop the XML prolog: the SVG goes inline
        return start > 0 ? svg[start..] : svg;
    }
}
