using System.Text;

namespace ParIndex.Cli.Reports;

/// <summary>One self-contained HTML page: inline CSS, inline SVG charts, no script, and a content security policy that
/// forbids loading anything, so the page reads the same offline and reveals nothing to any server.</summary>
internal sealed class ReportPage
{
    // On a phone (390 px), a table scrolls sideways inside its own box rather than widening the page, and long cells
    // (web addresses) wrap anywhere so that most tables fit without scrolling at all.
    private const string Style = """
        body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:24px auto;max-width:1200px;padding:0 16px;color:#1d2330;line-height:1.4}
        h1{font-size:1.6em;margin-bottom:0}h2{margin-top:2em;border-bottom:1px solid #ccd;padding-bottom:4px}
        .subtitle{color:#556;margin-top:4px}
        table{border-collapse:collapse;margin:8px 0;font-size:14px}
        th,td{border:1px solid #d5d9e2;padding:3px 8px;text-align:left;vertical-align:top}
        thead th{background:#eef1f6}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        table.heatmap td{min-width:64px}table.heatmap td.none{background:#f2f2f2}
        .scroll{overflow-x:auto}
        .notes{color:#556;font-size:13px}.empty{font-style:italic;color:#556}
        .legend span{display:inline-block;width:18px;height:12px}
        figure{margin:8px 0}svg{max-width:100%;height:auto}
        footer{margin-top:3em;color:#778;font-size:12px}
        @media (max-width:600px){body{margin:8px auto;padding:0 8px}h1{font-size:1.3em}table{font-size:12px}th,td{padding:2px 4px}table.data td{overflow-wrap:anywhere;min-width:2.5em}}
        """;

    private readonly StringBuilder _body = new();
    private readonly string _title;

    public ReportPage(string title, string subtitle)
    {
        _title = title;
        _body.Append("<h1>").Append(HtmlText.Encode(title)).Append("</h1>\n<p class=\"subtitle\">").Append(HtmlText.Encode(subtitle)).Append("</p>\n");
    }

    /// <summary>Gets the page body, for sections that write their own markup.</summary>
    public StringBuilder Body => _body;

    public void Heading(string id, string text) =>
        _body.Append("<h2 id=\"").Append(HtmlText.Encode(id)).Append("\">").Append(HtmlText.Encode(text)).Append("</h2>\n");

    public void Table(ResultTable table)
    {
        Heading(table.Name + "-section", table.Title);
        HtmlTable.Write(_body, table);
    }

    public void Chart(string id, string caption, string svg) =>
        _body.Append("<figure class=\"chart\" id=\"").Append(HtmlText.Encode(id)).Append("\">\n").Append(svg)
            .Append("\n<figcaption>").Append(HtmlText.Encode(caption)).Append("</figcaption>\n</figure>\n");

    public void Paragraph(string id, string text) =>
        _body.Append("<p class=\"empty\" id=\"").Append(HtmlText.Encode(id)).Append("\">").Append(HtmlText.Encode(text)).Append("</p>\n");

    public override string ToString() =>
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n" +
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        "<title>" + HtmlText.Encode(_title) + "</title>\n<style>\n" + Style + "\n</style>\n</head>\n<body>\n" + _body +
        "<footer>Made by parindex report from the ParIndex published record; charts drawn with ScottPlot. Every value has its source; links open the sources, the page itself loads nothing.</footer>\n" +
        "</body>\n</html>\n";
}
