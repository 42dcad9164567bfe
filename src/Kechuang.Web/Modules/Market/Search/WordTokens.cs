using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>One token of the words field: its text and where it starts and ends in the (lower-cased) text.</summary>
public readonly record struct WordToken(string Term, int Start, int End);

/// <summary>
/// The "words" field: whole words instead of bigrams, so that a known word is one term with one short postings list.
/// A text yields every dictionary word found anywhere in it (overlaps included: 复合材料 gives 复合, 复合材料 and 材料), every
/// run of Latin letters and digits (lower-cased), and every pair of such tokens that touch (石墨烯 + 材料 → 石墨烯材料).
/// A token's position is its character offset. Hence a term T sits at position p exactly when the text holds T at
/// offset p and T is one token or two touching ones; and a query word that splits into tokens p1…pk is found exactly
/// where the text contains it — the same answer as the phrase of its bigrams, at the price of one term (k ≤ 2) or a
/// phrase of k − 1 pair terms.
/// </summary>
public static class WordTokens
{
    public static List<WordToken> Of(string text, TechVocabulary vocabulary)
    {
        var lower = text.ToLowerInvariant();
        var singles = new List<WordToken>();
        var ends = new List<int>();
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (TechVocabulary.IsHan(c))
            {
                ends.Clear();
                vocabulary.WordsAt(lower, i, ends);
                foreach (var end in ends)
                {
                    singles.Add(new WordToken(lower[i..end], i, end));
                }
            }
            else if (IsRunChar(c) && (i == 0 || !IsRunChar(lower[i - 1])))
            {
                var end = i + 1;
                while (end < lower.Length && IsRunChar(lower[end]))
                {
                    end++;
                }

                singles.Add(new WordToken(lower[i..end], i, end));
            }
        }

        var byStart = singles.ToLookup(t => t.Start);
        var tokens = new List<WordToken>(singles.Count * 2);
        var seen = new HashSet<(string, int)>();
        foreach (var a in singles)
        {
            if (seen.Add((a.Term, a.Start)))
            {
                tokens.Add(a);
            }

            foreach (var b in byStart[a.End])
            {
                var pair = new WordToken(a.Term + b.Term, a.Start, b.End);
                if (seen.Add((pair.Term, pair.Start)))
                {
                    tokens.Add(pair);
                }
            }
        }

        // Singles were found in order of their start, pairs start where their first token does: already in order.
        return tokens;
    }

    /// <summary>
    /// How a query word (letters and digits only) splits into tokens of the words field: the fewest dictionary words and
    /// Latin/digit runs that make it up exactly, lower-cased; null when no such split exists (a word the dictionary lacks).
    /// </summary>
    public static List<string>? Split(string word, TechVocabulary vocabulary)
    {
        var lower = word.ToLowerInvariant();
        var n = lower.Length;
        var best = new int[n + 1];
        var from = new int[n + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        var ends = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (best[i] == int.MaxValue)
            {
                continue;
            }

            ends.Clear();
            if (TechVocabulary.IsHan(lower[i]))
            {
                vocabulary.WordsAt(lower, i, ends);
            }
            else if (IsRunChar(lower[i]) && (i == 0 || !IsRunChar(lower[i - 1])))
            {
                var end = i + 1;
                while (end < n && IsRunChar(lower[end]))
                {
                    end++;
                }

                ends.Add(end);
            }

            foreach (var end in ends)
            {
                if (best[i] + 1 < best[end])
                {
                    best[end] = best[i] + 1;
                    from[end] = i;
                }
            }
        }

        if (best[n] == int.MaxValue)
        {
            return null;
        }

        var pieces = new List<string>();
        for (var end = n; end > 0; end = from[end])
        {
            pieces.Add(lower[from[end]..end]);
        }

        pieces.Reverse();
        return pieces;
    }

    /// <summary>Letters and digits that are not Chinese characters: they form runs, as StandardTokenizer's words.</summary>
    private static bool IsRunChar(char c) => char.IsLetterOrDigit(c) && !TechVocabulary.IsHan(c);

    /// <summary>The tokens as a Lucene token stream (the words fields are indexed from it, not through an analyzer).</summary>
    public sealed class Tokens : TokenStream
    {
        private readonly List<WordToken> _tokens;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private int _next;
        private int _position;

        public Tokens(List<WordToken> tokens)
        {
            _tokens = tokens;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _tokens.Count)
            {
                return false;
            }

            ClearAttributes();
            var token = _tokens[_next++];
            _term.SetEmpty().Append(token.Term);
            _offset.SetOffset(token.Start, token.End);
            // Position = offset + 1 (the first position must be ≥ 0 after a first increment ≥ 1); tokens at one offset stack.
            _increment.PositionIncrement = token.Start + 1 - _position;
            _position = token.Start + 1;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
            _position = 0;
        }
    }
}
