using System.Text;
using System.Text.RegularExpressions;
using ParIndex.Geography;
using ParIndex.History;
using ScottPlot;

namespace ParIndex.Cli.Reports;

/// <summary>The published area (component) values of a year as a heat map: a table of provinces × areas whose cells
/// are coloured by how well the province did in the area.</summary>
/// <remarks>
/// <para>Values stay as published, in points or % of the area's maximum: sources differ in units and in how they name
/// areas, so nothing is converted in the cells. The colour is the share of the area's maximum where it can be known
/// (a percentage, or points with the maximum in the text), otherwise the published area rank (1st = brightest).</para>
/// <para>Areas are matched by name without the parenthesis and punctuation ("Công tác chỉ đạo, điều hành CCHC" and
/// "Công tác chỉ đạo điều hành CCHC" are one column).</para>
/// </remarks>
internal static partial class ComponentHeatMap
{
    private static readonly ScottPlot.Colormaps.Viridis s_colours = new ScottPlot.Colormaps.Viridis();

    public static void Write(StringBuilder html, int year)
    {
        var rows = PublishedRecord.Components.Where(c => c.Year == year).ToList();
        if (rows.Count == 0)
        {
            var years = PublishedRecord.Components.Select(c => c.Year).Distinct().Order();
            html.Append("<p class=\"empty\" id=\"components-empty\">The record has no published area (component) values for ")
                .Append(year.ToString(CultureInfo.InvariantCulture))
                .Append(", so there is no heat map. Years with area values: ")
                .Append(string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture))))
                .Append(".</p>\n");
            return;
        }

        var areas = rows.Select(c => Label(c.Area)).DistinctBy(Key, StringComparer.Ordinal).ToList();
        var provinces = rows.GroupBy(c => c.Province).ToList();
        html.Append("<div class=\"scroll\"><table class=\"heatmap\" id=\"components\">\n<thead><tr><th>province</th>");
        foreach (var area in areas)
        {
            html.Append("<th>").Append(HtmlText.Encode(area)).Append("</th>");
        }
        html.Append("<th>source</th></tr></thead>\n<tbody>\n");
        foreach (var province in provinces)
        {
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(province.Key.Name)).Append("</th>");
            foreach (var area in areas)
            {
                var cell = province.FirstOrDefault(c => string.Equals(Key(Label(c.Area)), Key(area), StringComparison.Ordinal));
                AppendCell(html, cell);
            }
            html.Append("<td>").Append(HtmlText.Source(province.First().Source)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
        AppendLegend(html);
        HtmlTable.Notes(html,
        [
            $"{provinces.Count} province(s) with published area values for {year.ToString(CultureInfo.InvariantCulture)}; a blank cell: the source gave no value for that area.",
            "Values as published: points (\"/9\" where the source gives the area's maximum of 9 points) or % of the area's maximum (\"%\"); \"#21\" is the published area rank among 63.",
            "Colour: the share of the area's maximum where it is known, otherwise the area rank (1st brightest, 63rd darkest); grey: neither is published.",
        ]);
    }

    private static void AppendCell(StringBuilder html, PublishedComponent? cell)
    {
        if (cell is null)
        {
            html.Append("<td class=\"none\"></td>");
            return;
        }
        html.Append("<td class=\"num\" title=\"").Append(HtmlText.Encode(cell.Area)).Append('"');
        if (Standing(cell) is { } standing)
        {
            var colour = s_colours.GetColor(standing);
            var light = (0.2126 * colour.R) + (0.7152 * colour.G) + (0.0722 * colour.B) > 140;
            html.Append(CultureInfo.InvariantCulture, $" style=\"background:#{colour.R:X2}{colour.G:X2}{colour.B:X2};color:{(light ? "#000" : "#fff")}\"");
        }
        html.Append('>').Append(HtmlText.Cell(cell.Value));
        if (cell.IsPercentOfMaximum)
        {
            html.Append('%');
        }
        else if (cell.Maximum is { } maximum)
        {
            html.Append("<small>/").Append(HtmlText.Cell(maximum)).Append("</small>");
        }
        if (cell.AreaRank is { } rank)
        {
            html.Append(CultureInfo.InvariantCulture, $"<br><small>#{rank}</small>");
        }
        html.Append("</td>");
    }

    private static void AppendLegend(StringBuilder html)
    {
        html.Append("<p class=\"legend\">low ");
        for (var step = 0; step <= 10; step++)
        {
            var colour = s_colours.GetColor(step / 10.0);
            html.Append(CultureInfo.InvariantCulture, $"<span style=\"background:#{colour.R:X2}{colour.G:X2}{colour.B:X2}\"></span>");
        }
        html.Append(" high</p>\n");
    }

    /// <summary>How well the province did in the area, from 0 (worst) to 1 (best), or null when nothing says.</summary>
    private static double? Standing(PublishedComponent cell)
    {
        if (cell.IsPercentOfMaximum)
        {
            return Math.Clamp((double)cell.Value / 100, 0, 1);
        }
        if (cell.Maximum is { } maximum and > 0m)
        {
            return Math.Clamp((double)(cell.Value / maximum), 0, 1);
        }
        var units = ProvinceList.Units63.Provinces.Length;
        return cell.AreaRank is { } rank ? Math.Clamp((double)(units - rank) / (units - 1), 0, 1) : null;
    }

    private static string Label(string area) => Parenthesis().Replace(area, string.Empty).Trim();

    private static string Key(string label) => Punctuation().Replace(label, " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s*\([^()]*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"[\s,;:.\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Punctuation();
}
