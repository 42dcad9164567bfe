using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>
/// Matching is a search whose query is a record (its keywords and title words, its field, its district) and whose
/// answer explains itself: the shared terms, and whether field and district agree.
/// </summary>
public static class MatchReasons
{
    /// <summary>Words of the record: its keywords first, then the words of its title.</summary>
    public static List<string> Words(string title, string keywords) =>
        keywords.Split('；', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(MarketAnalysis.Words(title)).Distinct().Take(MarketAnalysis.MaxWords).ToList();

    /// <summary>The text must match, exactly or by shared bigrams (matching wants related records, not only exact ones); the same field and district lift the score.</summary>
    public static Query? Query(IReadOnlyList<string> words, string field, string? district)
    {
        if (MarketAnalysis.Build(words, 1f, recall: true, out _) is not { } text)
        {
            return null;
        }

        var query = new BooleanQuery { { text, Occur.MUST } };
        query.Add(new TermQuery(new Term(MarketIndex.FieldField, field)) { Boost = 2f }, Occur.SHOULD);
        if (district is { Length: > 0 })
        {
            query.Add(new TermQuery(new Term(MarketIndex.DistrictField, district)) { Boost = 0.5f }, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// The terms both sides use: each keyword found in the other text, then the longest common runs (≥ 2 characters) of
    /// the title, longest first, at most five.
    /// </summary>
    public static List<string> SharedTerms(string title, string keywords, string otherText)
    {
        var shared = new List<string>();
        foreach (var k in keywords.Split('；', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (k.Length >= 2 && otherText.Contains(k, StringComparison.OrdinalIgnoreCase))
            {
                shared.Add(k);
            }
        }

        foreach (var word in MarketAnalysis.Words(title))
        {
            var i = 0;
            while (i < word.Length - 1)
            {
                var length = 0;
                for (var l = 2; i + l <= word.Length && otherText.Contains(word.AsSpan(i, l), StringComparison.OrdinalIgnoreCase); l++)
                {
                    length = l;
                }

                if (length >= 2)
                {
                    var run = word.Substring(i, length);
                    if (!shared.Any(s => s.Contains(run, StringComparison.OrdinalIgnoreCase)))
                    {
                        shared.Add(run);
                    }

                    i += length;
                }
                else
                {
                    i++;
                }
            }
        }

        return shared.OrderByDescending(s => s.Length).Take(5).ToList();
    }

    public static string Explain(IReadOnlyList<string> shared, bool sameField, string field, bool sameDistrict, string? districtName)
    {
        var parts = new List<string>();
        if (shared.Count > 0)
        {
            parts.Add("共同技术词：" + string.Join("、", shared));
        }

        if (sameField)
        {
            parts.Add($"同属领域：{field}");
        }

        if (sameDistrict && districtName is not null)
        {
            parts.Add($"同在{districtName}");
        }

        return parts.Count == 0 ? "文本相近" : string.Join("；", parts);
    }
}
