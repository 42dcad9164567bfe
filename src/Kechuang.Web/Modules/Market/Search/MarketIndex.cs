using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>One searchable record: a demand, achievement, service offer or expert.</summary>
public sealed record SearchDocument(string Kind, Guid Id, string Title, string Body, string Field, string? District, bool IsPublic, string Owner);

public sealed record SearchRequest(string? Text, string? Kind = null, string? Field = null, string? District = null, bool IncludeStaffOnly = false, int Page = 1, int PageSize = 20);

public sealed record SearchHit(string Kind, Guid Id, string Title, string TitleHtml, string SnippetHtml, string Field, string? District, string Owner, float Score)
{
    /// <summary>Title and body, for computing match reasons; not sent to clients.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Text { get; init; } = "";
}

public sealed record SearchResult(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, int> KindCounts, IReadOnlyDictionary<string, int> FieldCounts, IReadOnlyDictionary<string, int> DistrictCounts);

public sealed record IndexState(string Path, int Documents, long LastChangeId, DateTimeOffset? RebuiltAt);

/// <summary>
/// The technology market's Lucene index (one per app instance, ADR 013): CJK bigrams, BM25. One writer for the app's
/// life, near-real-time searchers; updates are serialised, searches run in parallel.
/// </summary>
public sealed class MarketIndex : IDisposable
{
    public const string KeyField = "key";
    public const string KindField = "kind";
    public const string FieldField = "field";
    public const string DistrictField = "district";
    public const string AudienceField = "audience";
    private const string LastChangeKey = "lastChange";
    private const string RebuiltAtKey = "rebuiltAt";
    private const string SchemaKey = "schema";

    /// <summary>
    /// The shape of the indexed documents: stored in every commit, and an index of another shape is emptied on opening
    /// (the worker then rebuilds it from the database) rather than served stale. Change the number when fields or their
    /// analysis change; the dictionary's hash is part of it because its words are the words field's terms.
    /// </summary>
    public static string SchemaVersion { get; } = "2-words-display-" + TechVocabulary.Default.Version;

    public const int MaxPageSize = 100;
    public const int MaxPage = 50;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _updates = new(1, 1);

    /// <summary>
    /// Memory-mapped on 64-bit processes (Lucene.NET's FSDirectory.Open picks NIOFSDirectory on Linux): reading postings
    /// and stored documents is then a memory read instead of a positioned file read per 1 KiB buffer, which on the
    /// benchmark cost about a millisecond per query for loading the 20 shown documents alone.
    /// </summary>
    public MarketIndex(string path)
        : this(Open(System.IO.Directory.CreateDirectory(path).FullName), path) { }

    public MarketIndex(LuceneDirectory directory, string path = "(内存)")
    {
        Path = path;
        _directory = directory;
        HasCommit = DirectoryReader.IndexExists(directory) && CommittedSchema(directory) == SchemaVersion;
        var config = new IndexWriterConfig(MarketAnalysis.Version, MarketAnalysis.Analyzer)
        {
            OpenMode = HasCommit ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, true, new Bm25SearcherFactory());
    }

    private static FSDirectory Open(string path) => Environment.Is64BitProcess ? new MMapDirectory(new DirectoryInfo(path)) : FSDirectory.Open(path);

    public string Path { get; }

    /// <summary>False until the first rebuild: the worker then rebuilds from the database.</summary>
    public bool HasCommit { get; private set; }

    public IndexState State
    {
        get
        {
            var data = _writer.CommitData;
            return new IndexState(Path, _writer.NumDocs, LastChangeId,
                data.TryGetValue(RebuiltAtKey, out var at) && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, out var t) ? t : null);
        }
    }

    public long LastChangeId => _writer.CommitData.TryGetValue(LastChangeKey, out var v) && long.TryParse(v, CultureInfo.InvariantCulture, out var id) ? id : 0;

    /// <summary>Replaces everything with these documents (a rebuild from the database), saying up to which change it is current.</summary>
    public async Task RebuildAsync(IEnumerable<SearchDocument> documents, long lastChangeId, DateTimeOffset at, CancellationToken ct = default)
    {
        await _updates.WaitAsync(ct);
        try
        {
            _writer.DeleteAll();
            foreach (var d in documents)
            {
                _writer.AddDocument(ToLucene(d));
            }

            // One segment: a query then looks up each term once and walks one postings list per term, not one per
            // segment. Worth its seconds on a rebuild, which is rare; changes applied later add small segments that
            // the merge policy folds in as usual.
            _writer.ForceMerge(1);

            Commit(lastChangeId, at);
        }
        catch
        {
            _writer.Rollback();
            throw;
        }
        finally
        {
            _updates.Release();
        }
    }

    /// <summary>Applies changes: each key is replaced by its document, or removed when the document is null (unpublished, deleted).</summary>
    public async Task ApplyAsync(IReadOnlyCollection<(string Kind, Guid Id, SearchDocument? Document)> changes, long lastChangeId, CancellationToken ct = default)
    {
        await _updates.WaitAsync(ct);
        try
        {
            foreach (var (kind, id, document) in changes)
            {
                var key = new Term(KeyField, Key(kind, id));
                if (document is null)
                {
                    _writer.DeleteDocuments(key);
                }
                else
                {
                    _writer.UpdateDocument(key, ToLucene(document));
                }
            }

            Commit(Math.Max(lastChangeId, LastChangeId), State.RebuiltAt);
        }
        finally
        {
            _updates.Release();
        }
    }

    private static string? CommittedSchema(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData.TryGetValue(SchemaKey, out var schema) ? schema : null;
    }

    private void Commit(long lastChangeId, DateTimeOffset? rebuiltAt)
    {
        var data = new Dictionary<string, string>
        {
            [LastChangeKey] = lastChangeId.ToString(CultureInfo.InvariantCulture),
            [SchemaKey] = SchemaVersion,
        };
        if (rebuiltAt is { } at)
        {
            data[RebuiltAtKey] = at.ToString("O", CultureInfo.InvariantCulture);
        }

        _writer.SetCommitData(data);
        _writer.Commit();
        HasCommit = true;
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>
    /// The words matched exactly first; when that finds fewer than <see cref="MarketAnalysis.MinExactHits"/> documents,
    /// again with the bigram clauses, so a rare or mistyped word still finds documents sharing part of it.
    /// </summary>
    public SearchResult Search(SearchRequest request)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return Run(new MatchAllDocsQuery(), request, page, pageSize, []);
        }

        var words = MarketAnalysis.Words(request.Text);
        if (MarketAnalysis.Build(words, 1f, recall: false, out var highlight) is not { } exact)
        {
            return Run(new BooleanQuery(), request, page, pageSize, []); // punctuation only: nothing matches
        }

        var result = MarketAnalysis.TermWords(words) is { } terms
            ? Run((searcher, collector) => TermRanker.Search(searcher, terms, collector), inOrder: false, request, page, pageSize, highlight)
            : Run(exact, request, page, pageSize, highlight);
        return result.Total >= MarketAnalysis.MinExactHits ? result
            : Run(MarketAnalysis.Build(words, 1f, recall: true, out highlight)!, request, page, pageSize, highlight);
    }

    /// <summary>Runs a query the caller built (matching), with the same filters, facets and highlighting.</summary>
    public SearchResult Run(Query query, SearchRequest request, int page, int pageSize, IReadOnlyCollection<string> highlight) =>
        // In order: Lucene.NET's heap-merging disjunction (BooleanScorer2) measured faster here than the windowed BooleanScorer.
        Run((searcher, collector) => searcher.Search(query, collector), inOrder: true, request, page, pageSize, highlight);

    private SearchResult Run(Action<IndexSearcher, ICollector> search, bool inOrder, SearchRequest request, int page, int pageSize, IReadOnlyCollection<string> highlight)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var top = TopScoreDocCollector.Create(page * pageSize, inOrder);
            var facets = new FacetingCollector(top, request.Kind, request.Field, request.District, request.IncludeStaffOnly);
            search(searcher, facets);
            facets.Finish();
            var hits = top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs.Select(sd =>
            {
                var d = HitDisplay.Read(searcher.IndexReader, sd.Doc);
                return new SearchHit(d.Kind, d.Id, d.Title, Snippets.Make(d.Title, highlight, 200), Snippets.Make(d.Body, highlight), d.Field, d.District, d.Owner, sd.Score)
                { Text = d.Title + "\n" + d.Body };
            }).ToList();
            return new SearchResult(top.TotalHits, page, pageSize, hits, facets.KindCounts, facets.FieldCounts, facets.DistrictCounts);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The current searcher, for the search benchmark's profile; call release when done.</summary>
    internal IndexSearcher AcquireForProfiling(out Action release)
    {
        var searcher = _searchers.Acquire();
        release = () => _searchers.Release(searcher);
        return searcher;
    }

    public static string Key(string kind, Guid id) => $"{kind}:{id:N}";

    private static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(KeyField, Key(d.Kind, d.Id), Field.Store.NO),
            new StringField(KindField, d.Kind, Field.Store.NO),
            new SortedDocValuesField(KindField, new BytesRef(d.Kind)),
            new BinaryDocValuesField(HitDisplay.Field, HitDisplay.Encode(d)),
            new TextField(MarketAnalysis.TitleField, d.Title, Field.Store.NO),
            new TextField(MarketAnalysis.TextField, d.Title + "\n" + d.Body, Field.Store.NO),
            new TextField(MarketAnalysis.WordsField, new WordTokens.Tokens(WordTokens.Of(d.Title + "\n" + d.Body, TechVocabulary.Default))),
            new TextField(MarketAnalysis.TitleWordsField, new WordTokens.Tokens(WordTokens.Of(d.Title, TechVocabulary.Default))),
            new StringField(FieldField, d.Field, Field.Store.NO),
            new SortedDocValuesField(FieldField, new BytesRef(d.Field)),
            new StringField(AudienceField, d.IsPublic ? "public" : "staff", Field.Store.NO),

        };
        if (d.District is { Length: > 0 } district)
        {
            doc.Add(new StringField(DistrictField, district, Field.Store.NO));
            doc.Add(new SortedDocValuesField(DistrictField, new BytesRef(district)));
        }

        return doc;
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _updates.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
