using Kechuang.Web.Modules.Market.Search;
using Lucene.Net.Search;

namespace Kechuang.SearchBenchmarks;

/// <summary>BENCH_PROFILE=1: where a query's time goes (matching only, ranking, facets, the rest), and how many documents it matches.</summary>
public static class BenchProfile
{
    public static void Run(MarketIndex index, string[] queries)
    {
        var searcher = index.AcquireForProfiling(out var release);
        try
        {
            Console.WriteLine($"segments {searcher.IndexReader.Leaves.Count}, documents {searcher.IndexReader.NumDocs:N0}");
            var built = queries.Select(q => MarketAnalysis.Build(q, out _)!).ToArray();
            var byText = queries.Select((q, i) => (q, i)).GroupBy(x => x.q).ToDictionary(g => g.Key, g => built[g.First().i]);
            var hits = queries.Select(q => { var c = new TotalHitCountCollector(); searcher.Search(byText[q], c); return c.TotalHits; }).Order().ToArray();
            Console.WriteLine($"exact hits per query: mean {hits.Average():N0}, p50 {hits[hits.Length / 2]:N0}, p99 {hits[(int)(hits.Length * 0.99)]:N0}");
            Report("count only", Measure.Run(q => { var c = new TotalHitCountCollector(); searcher.Search(byText[q], c); return c.TotalHits; }, queries, 1, TimeSpan.FromSeconds(2)));
            Report("top-20 only", Measure.Run(q => searcher.Search(byText[q], 20).TotalHits, queries, 1, TimeSpan.FromSeconds(2)));
            Report("top-20 + facets", Measure.Run(q =>
            {
                var top = TopScoreDocCollector.Create(20, false);
                var facets = new FacetingCollector(top, null, null, null, false);
                searcher.Search(byText[q], facets);
                facets.Finish();
                return top.TotalHits;
            }, queries, 1, TimeSpan.FromSeconds(2)));
            var plain = queries.Distinct().ToDictionary(q => q, q =>
            {
                var b = new BooleanQuery();
                foreach (var w in MarketAnalysis.Words(q))
                {
                    b.Add(new TermQuery(new Lucene.Net.Index.Term(MarketAnalysis.WordsField, string.Concat(WordTokens.Split(w, TechVocabulary.Default)!))), Occur.SHOULD);
                }

                return b;
            });
            if (Environment.GetEnvironmentVariable("BENCH_PROFILE_LUCENE") == "1")
            {
                Report("words terms only: count", Measure.Run(q => { var c = new TotalHitCountCollector(); searcher.Search(plain[q], c); return c.TotalHits; }, queries, 1, TimeSpan.FromSeconds(2)));
                Report("words terms only: top-20", Measure.Run(q => searcher.Search(plain[q], 20).TotalHits, queries, 1, TimeSpan.FromSeconds(2)));
                Report("words terms only: top-20 ooo", Measure.Run(q => { var top = TopScoreDocCollector.Create(20, false); searcher.Search(plain[q], top); return top.TotalHits; }, queries, 1, TimeSpan.FromSeconds(2)));
                var single = queries.Where(q => MarketAnalysis.Words(q).Count == 1).ToArray();
                Report("single-word queries, words term: top-20", Measure.Run(q => searcher.Search(plain[q], 20).TotalHits, single, 1, TimeSpan.FromSeconds(2)));
                Report("single-word queries, current: top-20", Measure.Run(q => searcher.Search(byText[q], 20).TotalHits, single, 1, TimeSpan.FromSeconds(2)));
            }

            var termWords = queries.Distinct().ToDictionary(q => q, q => MarketAnalysis.TermWords(MarketAnalysis.Words(q))!);
            Report("postings walk only (NextDoc + Freq)", Measure.Run(q =>
            {
                var n = 0;
                foreach (var leaf in searcher.IndexReader.Leaves)
                {
                    foreach (var w in termWords[q])
                    {
                        foreach (var term in new[] { w.Text, w.Title })
                        {
                            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
                            if (docs is null)
                            {
                                continue;
                            }

                            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                            {
                                n += docs.Freq;
                            }
                        }
                    }
                }

                return n;
            }, queries, 1, TimeSpan.FromSeconds(2)));
            Report("term ranker: count", Measure.Run(q => { var c = new TotalHitCountCollector(); TermRanker.Search(searcher, termWords[q], c); return c.TotalHits; }, queries, 1, TimeSpan.FromSeconds(2)));
            Report("term ranker: top-20", Measure.Run(q => { var c = TopScoreDocCollector.Create(20, false); TermRanker.Search(searcher, termWords[q], c); return c.TotalHits; }, queries, 1, TimeSpan.FromSeconds(2)));
            Report("term ranker: top-20 + facets", Measure.Run(q =>
            {
                var top = TopScoreDocCollector.Create(20, false);
                var facets = new FacetingCollector(top, null, null, null, false);
                TermRanker.Search(searcher, termWords[q], facets);
                facets.Finish();
                return top.TotalHits;
            }, queries, 1, TimeSpan.FromSeconds(2)));
            var tops = queries.Distinct().ToDictionary(q => q, q => { var c = TopScoreDocCollector.Create(20, false); TermRanker.Search(searcher, termWords[q], c); return c.GetTopDocs().ScoreDocs.Select(d => d.Doc).ToArray(); });
            Report("read 20 shown documents", Measure.Run(q => tops[q].Sum(d => HitDisplay.Read(searcher.IndexReader, d).Body.Length), queries, 1, TimeSpan.FromSeconds(2)));
            var texts = queries.Distinct().ToDictionary(q => q, q => tops[q].Select(d => HitDisplay.Read(searcher.IndexReader, d)).Select(d => (d.Title, d.Body)).ToArray());
            Report("40 snippets", Measure.Run(q => texts[q].Sum(t => Snippets.Make(t.Item1, MarketAnalysis.Words(q), 200).Length + Snippets.Make(t.Item2, MarketAnalysis.Words(q)).Length), queries, 1, TimeSpan.FromSeconds(2)));
            Report("words + query building", Measure.Run(q => { var w = MarketAnalysis.Words(q); return (MarketAnalysis.TermWords(w)?.Count ?? 0) + (MarketAnalysis.Build(w, 1f, false, out _) is null ? 0 : 1); }, queries, 1, TimeSpan.FromSeconds(2)));
            Report("full Search", Measure.Run(q => index.Search(new SearchRequest(q, PageSize: 20)).Hits.Count, queries, 1, TimeSpan.FromSeconds(2)));
        }
        finally
        {
            release();
        }
    }

    private static void Report(string what, Measure.Result r) => Console.WriteLine($"{what}: {r.PerSecond:0} q/s, p50 {r.P50:0.00} ms, p99 {r.P99:0.0} ms");
}
