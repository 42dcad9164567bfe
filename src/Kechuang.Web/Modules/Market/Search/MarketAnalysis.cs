using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>
/// How text becomes terms (CJK bigrams: 石墨烯 → 石墨, 墨烯; Latin words lower-cased; and dictionary words, see
/// <see cref="WordTokens"/>) and how a user's words become a query. The query is built from analysed terms, never parsed:
/// no input can be a syntax error. Each run of letters and digits in the input is one "word"; it matches exactly (the
/// text contains it: precision, 石墨烯 ranks above 石墨电极) and, when the exact words find too little, by any of its
/// bigrams (recall).
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

    /// <summary>Title and body as bigrams in one field: the phrase of a word the dictionary lacks, and the bigram clauses of recall.</summary>
    public const string TextField = "text";

    /// <summary>Title and body as dictionary words, Latin runs and touching pairs of them (<see cref="WordTokens"/>).</summary>
    public const string WordsField = "words";

    public const string TitleWordsField = "titlewords";

    /// <summary>Below this many exact hits, the search runs again with the bigram clauses for recall.</summary>
    public const int MinExactHits = 20;

    private const float ExactBoost = 5f;
    private const float TitleExactBoost = 8f;

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

    /// <summary>The exact query for the input (see <see cref="Build(IReadOnlyList{string}, float, bool, out List{string})"/>), or null when it holds no searchable term.</summary>
    public static Query? Build(string? text, out List<string> highlightTerms) => Build(Words(text), 1f, recall: false, out highlightTerms);

    /// <summary>
    /// A disjunction over the words. Each word is matched exactly (the text contains it): as one term or a phrase
    /// of pair terms in the words fields when the dictionary splits it (<see cref="WordTokens"/>), otherwise as the phrase
    /// of its bigrams; a title match weighs more. With <paramref name="recall"/>, each bigram of each word also matches on
    /// its own (石墨 finds 石墨电极 for 石墨烯), far below the exact matches: the search adds these only when the exact
    /// words find too little (<see cref="MinExactHits"/>), because on a large index a common bigram makes every query score
    /// most documents; matching always wants them.
    /// </summary>
    public static Query? Build(IReadOnlyList<string> words, float boost, bool recall, out List<string> highlightTerms)
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
            // The title is part of the text, so the text match is required and the title match only adds to the score:
            // the title's short postings are then advanced alongside the text's (ReqOptSumScorer) instead of being
            // merged with them as a disjunction, which costs more per matched document.
            var exact = new BooleanQuery();
            if (WordTokens.Split(word, TechVocabulary.Default) is { } pieces)
            {
                exact.Add(Exact(WordsField, pieces, ExactBoost * boost), Occur.MUST);
                exact.Add(Exact(TitleWordsField, pieces, TitleExactBoost * boost), Occur.SHOULD);
            }
            else
            {
                exact.Add(Phrase(TextField, terms, ExactBoost * boost), Occur.MUST);
                exact.Add(Phrase(TitleField, terms, TitleExactBoost * boost), Occur.SHOULD);
            }

            query.Add(exact, Occur.SHOULD);

            if (recall)
            {
                highlightTerms.AddRange(terms.Select(t => t.Term));
                foreach (var (term, _) in terms.DistinctBy(t => t.Term))
                {
                    query.Add(new TermQuery(new Term(TextField, term)) { Boost = boost }, Occur.SHOULD);
                }
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>
    /// The words as single terms of the words fields, with the boosts <see cref="Build(IReadOnlyList{string}, float, bool, out List{string})"/>
    /// gives them (for <see cref="TermRanker"/>); null unless every word is one term (one or two dictionary words or Latin runs).
    /// </summary>
    public static List<TermWord>? TermWords(IReadOnlyList<string> words)
    {
        var found = new List<TermWord>();
        foreach (var word in words)
        {
            if (Terms(word).Count == 0)
            {
                continue; // as Build: nothing searchable in it
            }

            if (WordTokens.Split(word, TechVocabulary.Default) is not { Count: <= 2 } pieces)
            {
                return null;
            }

            var term = string.Concat(pieces);
            found.Add(new TermWord(new Term(WordsField, term), ExactBoost, new Term(TitleWordsField, term), TitleExactBoost));
        }

        return found.Count == 0 ? null : found;
    }

    /// <summary>A word that splits into p1…pk: the term p1p2 when k ≤ 2, else the phrase of the pairs p1p2, p2p3 … at their character offsets.</summary>
    private static Query Exact(string field, List<string> pieces, float boost)
    {
        if (pieces.Count <= 2)
        {
            return new TermQuery(new Term(field, string.Concat(pieces))) { Boost = boost };
        }

        var phrase = new PhraseQuery { Boost = boost };
        var offset = 0;
        for (var i = 0; i + 1 < pieces.Count; i++)
        {
            phrase.Add(new Term(field, pieces[i] + pieces[i + 1]), offset);
            offset += pieces[i].Length;
        }

        return phrase;
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
