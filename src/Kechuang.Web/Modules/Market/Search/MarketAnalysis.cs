using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>
/// How text becomes terms (CJK bigrams: 石墨烯 → 石墨, 墨烯; Latin words lower-cased) and how a user's words become a query.
/// The query is built from analysed terms, never parsed: no input can be a syntax error. Each run of letters and digits
/// in the input is one "word"; it matches by any of its bigrams (recall) and, much more strongly, as the exact phrase of
/// its bigrams (precision: 石墨烯 ranks above 石墨电极).
/// </summary>
public static class MarketAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Longer input is cut: nobody types more to search, and it keeps the query small.</summary>
    public const int MaxQueryChars = 100;

    public const int MaxWords = 8;

    public const int MaxTermsPerWord = 12;

    public const string TitleField = "title";

    public const string BodyField = "body";

    public static Analyzer Analyzer { get; } = new CJKAnalyzer(Version);

    /// <summary>The words of the input, at most <see cref="MaxWords"/>: runs of letters and digits; punctuation, quotes and operators separate them.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var input = text.Length > MaxQueryChars ? text[..MaxQueryChars] : text;
        var current = new System.Text.StringBuilder();
        foreach (var c in input)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark || char.IsSurrogate(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words.Distinct().Take(MaxWords).ToList();
    }

    /// <summary>The terms of one piece of text with their positions, as the index holds them.</summary>
    public static List<(string Term, int Position)> Terms(string text)
    {
        var terms = new List<(string, int)>();
        using var stream = Analyzer.GetTokenStream(BodyField, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }

    /// <summary>The query for the input, or null when it holds no searchable term (empty, only punctuation).</summary>
    public static Query? Build(string? text, out List<string> highlightTerms) => Build(Words(text), 1f, out highlightTerms);

    public static Query? Build(IReadOnlyList<string> words, float boost, out List<string> highlightTerms)
    {
        highlightTerms = [];
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            var terms = Terms(word).Take(MaxTermsPerWord).ToList();
            if (terms.Count == 0)
            {
                continue;
            }

            highlightTerms.Add(word.ToLowerInvariant());
            highlightTerms.AddRange(terms.Select(t => t.Term));
            var wordQuery = new BooleanQuery();
            foreach (var (term, _) in terms.DistinctBy(t => t.Term))
            {
                wordQuery.Add(new TermQuery(new Term(TitleField, term)) { Boost = 1.5f * boost }, Occur.SHOULD);
                wordQuery.Add(new TermQuery(new Term(BodyField, term)) { Boost = boost }, Occur.SHOULD);
            }

            if (terms.Count > 1)
            {
                wordQuery.Add(Phrase(TitleField, terms, 8f * boost), Occur.SHOULD);
                wordQuery.Add(Phrase(BodyField, terms, 5f * boost), Occur.SHOULD);
            }

            query.Add(wordQuery, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    private static PhraseQuery Phrase(string field, List<(string Term, int Position)> terms, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }
}
