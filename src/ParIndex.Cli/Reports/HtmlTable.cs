using System.Text;

namespace ParIndex.Cli.Reports;

/// <summary>A <see cref="ResultTable"/> as an HTML table with its notes: the same rows the other output formats give.</summary>
internal static class HtmlTable
{
    public static void Write(StringBuilder html, ResultTable table)
    {
        html.Append("<div class=\"scroll\"><table class=\"data\" id=\"").Append(HtmlText.Encode(table.Name)).Append("\">\n<thead><tr>");
        var numeric = Enumerable.Range(0, table.Columns.Length)
            .Select(c => table.Rows.Length > 0 && table.Rows.All(r => r[c] is null or int or decimal))
            .ToArray();
        for (var c = 0; c < table.Columns.Length; c++)
        {
            html.Append(numeric[c] ? "<th class=\"num\">" : "<th>").Append(HtmlText.Encode(table.Columns[c].Replace('_', ' '))).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Length; c++)
            {
                html.Append(numeric[c] ? "<td class=\"num\">" : "<td>");
                html.Append(HtmlText.Cell(row[c]));
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
        Notes(html, table.Notes);
    }

    public static void Notes(StringBuilder html, System.Collections.Generic.IEnumerable<string> notes)
    {
        var list = notes.ToList();
        if (list.Count == 0)
        {
            return;
        }
        html.Append("<ul class=\"notes\">\n");
        foreach (var note in list)
        {
            html.Append("<li>").Append(HtmlText.Encode(note)).Append("</li>\n");
        }
        html.Append("</ul>\n");
    }
}
