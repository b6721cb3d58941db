using System.Text;

namespace ParIndex.Cli.Reports;

/// <summary>Text and numbers as HTML: names in NFC, the five markup characters escaped, numbers invariant.</summary>
/// <remarks>Only the markup characters are escaped (not every non-ASCII letter, as <c>WebUtility.HtmlEncode</c> does),
/// so Vietnamese names stay readable and searchable in the page's source; the page is UTF-8.</remarks>
internal static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var nfc = text.Normalize(NormalizationForm.FormC);
        var html = new StringBuilder(nfc.Length + 16);
        foreach (var c in nfc)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }
        return html.ToString();
    }

    /// <summary>A result-table cell as HTML text, numbers in the invariant culture (a dot for decimals).</summary>
    public static string Cell(object? cell) => cell is string text ? Source(text) : Encode(Renderer.Format(cell, CultureInfo.InvariantCulture));

    /// <summary>A source: an address becomes a link showing its host, anything else (a decision) stays text.</summary>
    /// <remarks>Links are navigation only: the page loads nothing from them.</remarks>
    public static string Source(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? "<a href=\"" + Encode(uri.AbsoluteUri) + "\" rel=\"noreferrer\">" + Encode(uri.Host) + "</a>"
            : Encode(text);
}
