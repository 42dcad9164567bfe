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
    private const string IdField = "id";
    private const string OwnerField = "owner";
    private const string LastChangeKey = "lastChange";
    private const string RebuiltAtKey = "rebuiltAt";

    public const int MaxPageSize = 100;
    public const int MaxPage = 50;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _updates = new(1, 1);

    public MarketIndex(string path)
        : this(FSDirectory.Open(System.IO.Directory.CreateDirectory(path).FullName), path) { }

    public MarketIndex(LuceneDirectory directory, string path = "(内存)")
    {
        Path = path;
        _directory = directory;
        HasCommit = DirectoryReader.IndexExists(directory);
        var config = new IndexWriterConfig(MarketAnalysis.Version, MarketAnalysis.Analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
        };
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, true, new Bm25SearcherFactory());
    }

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

    private void Commit(long lastChangeId, DateTimeOffset? rebuiltAt)
    {
        var data = new Dictionary<string, string> { [LastChangeKey] = lastChangeId.ToString(CultureInfo.InvariantCulture) };
        if (rebuiltAt is { } at)
        {
            data[RebuiltAtKey] = at.ToString("O", CultureInfo.InvariantCulture);
        }

        _writer.SetCommitData(data);
        _writer.Commit();
        HasCommit = true;
        _searchers.MaybeRefreshBlocking();
    }

    public SearchResult Search(SearchRequest request)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        Query query = string.IsNullOrWhiteSpace(request.Text) ? new MatchAllDocsQuery()
            : MarketAnalysis.Build(request.Text, out var terms) ?? (Query)new BooleanQuery(); // punctuation only: nothing matches
        var highlight = string.IsNullOrWhiteSpace(request.Text) ? [] : MarketAnalysis.Words(request.Text).SelectMany(w => MarketAnalysis.Terms(w).Select(t => t.Term).Prepend(w.ToLowerInvariant())).ToList();
        return Run(query, request, page, pageSize, highlight);
    }

    /// <summary>Runs a query the caller built (matching), with the same filters, facets and highlighting.</summary>
    public SearchResult Run(Query query, SearchRequest request, int page, int pageSize, IReadOnlyCollection<string> highlight)
    {
        if (!request.IncludeStaffOnly)
        {
            query = new FilteredQuery(query, new QueryWrapperFilter(new TermQuery(new Term(AudienceField, "public"))));
        }

        var searcher = _searchers.Acquire();
        try
        {
            var top = TopScoreDocCollector.Create(page * pageSize, true);
            var facets = new FacetingCollector(top, request.Kind, request.Field, request.District);
            searcher.Search(query, facets);
            facets.Finish();
            var hits = top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs.Select(sd =>
            {
                var doc = searcher.Doc(sd.Doc);
                var title = doc.Get(MarketAnalysis.TitleField);
                return new SearchHit(doc.Get(KindField), Guid.Parse(doc.Get(IdField)), title,
                    Snippets.Make(title, highlight, 200), Snippets.Make(doc.Get(MarketAnalysis.BodyField), highlight),
                    doc.Get(FieldField), doc.Get(DistrictField), doc.Get(OwnerField), sd.Score)
                { Text = title + "\n" + doc.Get(MarketAnalysis.BodyField) };
            }).ToList();
            return new SearchResult(top.TotalHits, page, pageSize, hits, facets.KindCounts, facets.FieldCounts, facets.DistrictCounts);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public static string Key(string kind, Guid id) => $"{kind}:{id:N}";

    private static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(KeyField, Key(d.Kind, d.Id), Field.Store.NO),
            new StringField(KindField, d.Kind, Field.Store.YES),
            new SortedDocValuesField(KindField, new BytesRef(d.Kind)),
            new StoredField(IdField, d.Id.ToString()),
            new TextField(MarketAnalysis.TitleField, d.Title, Field.Store.YES),
            new TextField(MarketAnalysis.BodyField, d.Body, Field.Store.YES),
            new StringField(FieldField, d.Field, Field.Store.YES),
            new SortedDocValuesField(FieldField, new BytesRef(d.Field)),
            new StringField(AudienceField, d.IsPublic ? "public" : "staff", Field.Store.NO),
            new StoredField(OwnerField, d.Owner),
        };
        if (d.District is { Length: > 0 } district)
        {
            doc.Add(new StringField(DistrictField, district, Field.Store.YES));
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
