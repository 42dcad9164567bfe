using System.Net;
using System.Text;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>
/// Highlighting without Lucene's Highlighter package (not served here): every occurrence of a query word or of one of
/// its bigrams is marked, and the snippet is the window of the text around the first mark. HTML-encoded, with &lt;mark&gt;.
/// </summary>
public static class Snippets
{
    public static string Make(string text, IReadOnlyCollection<string> terms, int length = 120)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var ranges = Marks(text, terms);
        var start = ranges.Count == 0 ? 0 : Math.Max(0, ranges[0].Start - length / 4);
        var end = Math.Min(text.Length, start + length);
        start = Math.Max(0, Math.Min(start, end - length));
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var (s, e) in ranges.Where(r => r.End > start && r.Start < end))
        {
            var from = Math.Max(s, start);
            var to = Math.Min(e, end);
            html.Append(WebUtility.HtmlEncode(text[at..from]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[from..to])).Append("</mark>");
            at = to;
        }

        html.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    /// <summary>The marked character ranges, merged and in order.</summary>
    public static List<(int Start, int End)> Marks(string text, IReadOnlyCollection<string> terms)
    {
        var lower = text.ToLowerInvariant();
        var found = new List<(int Start, int End)>();
        foreach (var term in terms.Where(t => t.Length > 0).Distinct())
        {
            for (var i = lower.IndexOf(term, StringComparison.Ordinal); i >= 0; i = lower.IndexOf(term, i + 1, StringComparison.Ordinal))
            {
                found.Add((i, i + term.Length));
            }
        }

        var merged = new List<(int Start, int End)>();
        foreach (var r in found.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, r.End));
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }
}
