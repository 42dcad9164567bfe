using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>One word of a query that is a single term of the words field: its text term, and its title term that adds to the score.</summary>
public sealed record TermWord(Term Text, float TextBoost, Term Title, float TitleBoost);

/// <summary>
/// The common query — every word one term of the words field — ranked term at a time: each word's postings add its
/// BM25 score into one accumulator per document, then the matched documents go to the collector once each, with their
/// summed scores. The same scores as the Lucene query MarketAnalysis builds for these words (a disjunction over words of
/// "text term required, title term adds"; MarketSearchTests checks the two agree), without its per-document cost of
/// merging postings through a heap of scorers: on the benchmark's 200k documents a common word matches most of them,
/// and that merge was most of the query's time. BM25 as Lucene's <see cref="BM25Similarity"/> computes it: idf from
/// the whole index, the field's average length, the one-byte length norm.
/// </summary>
public static class TermRanker
{
    [ThreadStatic]
    private static float[]? _scores;

    [ThreadStatic]
    private static int[]? _matched;

    private static readonly Formula Bm25 = new();

    public static void Search(IndexSearcher searcher, IReadOnlyList<TermWord> words, ICollector collector)
    {
        var text = Weights(searcher, words.Select(w => (w.Text, w.TextBoost)).ToList());
        var title = Weights(searcher, words.Select(w => (w.Title, w.TitleBoost)).ToList());
        var scorer = new AccumulatedScorer();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var scores = _scores is { } s && s.Length >= reader.MaxDoc ? s : _scores = new float[Math.Max(reader.MaxDoc, 1024)];
            var matched = _matched is { } m && m.Length >= reader.MaxDoc ? m : _matched = new int[Math.Max(reader.MaxDoc, 1024)];
            var count = 0;
            foreach (var weight in text)
            {
                count = weight.Add(reader, scores, matched, count, addNew: true);
            }

            foreach (var weight in title)
            {
                weight.Add(reader, scores, matched, count, addNew: false); // the title is part of the text: no new documents
            }

            collector.SetNextReader(leaf);
            collector.SetScorer(scorer);
            for (var i = 0; i < count; i++)
            {
                var doc = matched[i];
                scorer.Doc = doc;
                scorer.Value = scores[doc];
                scores[doc] = 0f; // leave the accumulator clean for the next query on this thread
                collector.Collect(doc);
            }
        }
    }

    private static List<TermWeight> Weights(IndexSearcher searcher, List<(Term Term, float Boost)> terms) =>
        terms.GroupBy(t => t.Term).Select(g =>
        {
            var (term, boost) = (g.Key, g.Sum(t => t.Boost)); // a repeated term scores once per repetition, as in a BooleanQuery
            var collection = searcher.CollectionStatistics(term.Field);
            var statistics = searcher.TermStatistics(term, TermContext.Build(searcher.TopReaderContext, term));
            var idf = Bm25.InverseFrequency(statistics.DocFreq, collection.MaxDoc);
            var averageLength = Bm25.AverageLength(collection);
            var lengthFactor = new float[256];
            for (var i = 0; i < 256; i++)
            {
                lengthFactor[i] = Bm25.K1 * (1 - Bm25.B + (Bm25.B * Bm25.Length((byte)i) / averageLength));
            }

            return new TermWeight(term, idf * boost * (Bm25.K1 + 1), lengthFactor);
        }).ToList();

    private sealed class TermWeight(Term term, float weight, float[] lengthFactor)
    {
        /// <summary>Adds this term's score to every document of the segment holding it; returns the new count of matched documents.</summary>
        public int Add(AtomicReader reader, float[] scores, int[] matched, int count, bool addNew)
        {
            if (reader.GetTermDocsEnum(term) is not { } docs)
            {
                return count;
            }

            var norms = SegmentFacets.For(reader).Norms(reader, term.Field);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                ref var sum = ref scores[doc];
                if (sum == 0f)
                {
                    if (!addNew)
                    {
                        continue;
                    }

                    matched[count++] = doc;
                }

                float freq = docs.Freq;
                sum += weight * freq / (freq + lengthFactor[norms[doc]]);
            }

            return count;
        }
    }

    /// <summary>Lucene's BM25 pieces (idf, average length, decoded length norm), which the class keeps protected.</summary>
    private sealed class Formula : BM25Similarity
    {
        public float InverseFrequency(long docFreq, long documents) => Idf(docFreq, documents);

        public float AverageLength(CollectionStatistics collection) => AvgFieldLength(collection);

        public float Length(byte norm) => DecodeNormValue(norm);
    }

    /// <summary>Hands the collector the accumulated score of the document being collected.</summary>
    private sealed class AccumulatedScorer() : Scorer(null)
    {
        public int Doc { get; set; } = -1;

        public float Value { get; set; }

        public override int DocID => Doc;

        public override int Freq => 1;

        public override float GetScore() => Value;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 0;
    }
}
