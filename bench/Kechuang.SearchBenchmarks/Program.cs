using System.Diagnostics;
using System.Globalization;
using Kechuang.SearchBenchmarks;
using Kechuang.Web.Modules.Market.Search;
using Npgsql;
using NpgsqlTypes;

// Chinese search benchmark (README.md): the market's Lucene index against PostgreSQL pg_trgm on the same generated
// documents and the same queries, in one run. Options: --docs N (default 200000), --seconds S per measurement (default 5),
// --lucene-only (skip PostgreSQL, for quick iterations).
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var docs = Option("--docs", 200_000);
var seconds = Option("--seconds", 5);
var corpus = new Corpus();
var queries = Enumerable.Range(0, 500).Select(_ => corpus.Query(Queries.Random)).ToArray();
Console.WriteLine($"{docs:N0} documents, vocabulary {corpus.VocabularySize:N0} terms (Zipf 1/r), {queries.Length} queries of 1–3 terms, {Environment.ProcessorCount} cores");

// Lucene: build through the app's own index class (CJK bigrams, BM25, the production document shape).
var folder = Directory.CreateTempSubdirectory("kechuang-bench-lucene-").FullName;
var rows = new List<(string Title, string Body)>(docs);
var generator = new Random(20261123);
for (var i = 0; i < docs; i++)
{
    rows.Add(corpus.Document(generator));
}

string[] fields = ["新材料", "电子信息", "生物与新医药", "先进制造与自动化", "新能源与节能", "资源与环境", "高技术服务", "航空航天"];
string[] districts = ["640104", "640105", "640106", "640121", "640122", "640181"];
var watch = Stopwatch.StartNew();
using var index = new MarketIndex(folder);
await index.RebuildAsync(rows.Select((r, i) => new SearchDocument(i % 2 == 0 ? "demand" : "achievement", Guid.NewGuid(), r.Title, r.Body, fields[i % fields.Length], districts[i % districts.Length], true, "单位")),
    0, DateTimeOffset.UtcNow);
var luceneBuild = watch.Elapsed;
var luceneSize = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);

Console.WriteLine($"Lucene index built in {luceneBuild.TotalSeconds:0.0} s; measuring");
var lucene = (string q) => index.Search(new SearchRequest(q, PageSize: 20)).Hits.Count;
Measure.Run(lucene, queries, 1, TimeSpan.FromSeconds(2)); // warm-up (tiered JIT)
if (Environment.GetEnvironmentVariable("BENCH_PROFILE") == "1")
{
    var build = Measure.Run(q => MarketAnalysis.Build(q, out _) is null ? 0 : 1, queries, 1, TimeSpan.FromSeconds(2));
    var raw = Measure.Run(q => index.Run(MarketAnalysis.Build(q, out _)!, new SearchRequest(null, IncludeStaffOnly: true), 1, 20, []).Hits.Count, queries, 1, TimeSpan.FromSeconds(2));
    Console.WriteLine($"build {build.P50:0.00} ms, run without filter/highlight {raw.P50:0.00} ms p99 {raw.P99:0.0}");
    BenchProfile.Run(index, queries);
}

var l1 = Measure.Run(lucene, queries, 1, TimeSpan.FromSeconds(seconds));
var l2 = Measure.Run(lucene, queries, 2, TimeSpan.FromSeconds(seconds));
if (args.Contains("--lucene-only"))
{
    Console.WriteLine($"Lucene: build {luceneBuild.TotalSeconds:0.0} s, {luceneSize / 1048576.0:0.0} MiB; 1 worker {l1.PerSecond:0.0} q/s p50 {l1.P50:0.0} ms p99 {l1.P99:0.0} ms; 2 workers {l2.PerSecond:0.0} q/s");
    index.Dispose();
    Directory.Delete(folder, true);
    return 0;
}

// PostgreSQL with a pg_trgm GIN index on the same text.
using var pg = new Postgres();
TimeSpan pgLoad, pgIndex;
long pgSize;
await using (var c = new NpgsqlConnection(pg.ConnectionString))
{
    await c.OpenAsync();
    await Exec(c, "CREATE EXTENSION pg_trgm; CREATE TABLE docs (id int PRIMARY KEY, title text NOT NULL, txt text NOT NULL)");
    watch.Restart();
    await using (var copy = await c.BeginBinaryImportAsync("COPY docs (id, title, txt) FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 0; i < rows.Count; i++)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(i, NpgsqlDbType.Integer);
            await copy.WriteAsync(rows[i].Title, NpgsqlDbType.Text);
            await copy.WriteAsync(rows[i].Title + "\n" + rows[i].Body, NpgsqlDbType.Text);
        }

        await copy.CompleteAsync();
    }

    pgLoad = watch.Elapsed;
    watch.Restart();
    await Exec(c, "CREATE INDEX docs_trgm ON docs USING gin (txt gin_trgm_ops); ANALYZE docs");
    pgIndex = watch.Elapsed;
    await using var size = new NpgsqlCommand("SELECT pg_relation_size('docs_trgm')", c);
    pgSize = (long)(await size.ExecuteScalarAsync())!;
}

var source = NpgsqlDataSource.Create(pg.ConnectionString);
Func<string, int> Pg(bool ranked) => q =>
{
    var terms = q.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    using var cmd = source.CreateCommand(
        $"SELECT id FROM docs WHERE {string.Join(" OR ", terms.Select((_, i) => $"txt ILIKE @p{i}"))}" + (ranked ? " ORDER BY similarity(txt, @q) DESC" : "") + " LIMIT 20");
    for (var i = 0; i < terms.Length; i++)
    {
        cmd.Parameters.AddWithValue($"p{i}", "%" + terms[i] + "%");
    }

    cmd.Parameters.AddWithValue("q", q);
    using var reader = cmd.ExecuteReader();
    var n = 0;
    while (reader.Read())
    {
        n++;
    }

    return n;
};
Measure.Run(Pg(false), queries, 1, TimeSpan.FromSeconds(1));
var u1 = Measure.Run(Pg(false), queries, 1, TimeSpan.FromSeconds(seconds));
var u2 = Measure.Run(Pg(false), queries, 2, TimeSpan.FromSeconds(seconds));
var r1 = Measure.Run(Pg(true), queries, 1, TimeSpan.FromSeconds(seconds * 2));
var r2 = Measure.Run(Pg(true), queries, 2, TimeSpan.FromSeconds(seconds * 2));
await source.DisposeAsync();
Directory.Delete(folder, true);

Console.WriteLine();
Console.WriteLine("| engine | build | index size | queries/s, 1 worker | queries/s, 2 workers | p50 (1 worker) | p99 (1 worker) | queries run (1 / 2 workers) |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
Row("Lucene.NET BM25 top-20 (exact words first, title-weighted, facets, highlights)", $"{luceneBuild.TotalSeconds:0.0} s", luceneSize, l1, l2);
Row("PostgreSQL pg_trgm ILIKE … LIMIT 20 (unranked)", $"{pgLoad.TotalSeconds:0.0} s COPY + {pgIndex.TotalSeconds:0.0} s GIN", pgSize, u1, u2);
Row("PostgreSQL pg_trgm ORDER BY similarity LIMIT 20 (ranked)", "(same)", pgSize, r1, r2);
Console.WriteLine();
Console.WriteLine($"Lucene ranked / pg ranked throughput (1 worker): {l1.PerSecond / r1.PerSecond:0.0}×; Lucene ranked / pg unranked: {l1.PerSecond / u1.PerSecond:0.00}×; targets ≥ 50×, > 1×, p99 < 30 ms");
return 0;

static void Row(string name, string build, long size, Measure.Result one, Measure.Result two) =>
    Console.WriteLine($"| {name} | {build} | {size / 1048576.0:0.0} MiB | {one.PerSecond:0.0} | {two.PerSecond:0.0} | {one.P50:0.0} ms | {one.P99:0.0} ms | {one.Count} / {two.Count} |");

static async Task Exec(NpgsqlConnection c, string sql)
{
    await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 600 };
    await cmd.ExecuteNonQueryAsync();
}

int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

internal static class Queries
{
    public static readonly Random Random = new(42);
}
