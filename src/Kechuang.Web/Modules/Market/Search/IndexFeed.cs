using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Programmes.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>The kinds of record in the index.</summary>
public static class SearchKinds
{
    public const string Demand = "demand";
    public const string Achievement = "achievement";
    public const string Service = "service";
    public const string Expert = "expert";

    public static string Name(string kind) => kind switch
    {
        Demand => "技术需求",
        Achievement => "科技成果",
        Service => "服务机构",
        Expert => "专家",
        _ => kind,
    };
}

/// <summary>Reads searchable records from the database as index documents: what is published, and nothing else.</summary>
public sealed class IndexFeed(AppDbContext db, ExpertDirectory experts)
{
    public async Task<List<SearchDocument>> AllAsync(CancellationToken ct)
    {
        var docs = new List<SearchDocument>();
        docs.AddRange((await db.Demands.AsNoTracking().Where(d => d.Status == DemandStatus.Published).ToListAsync(ct)).Select(ToDocument));
        docs.AddRange((await db.Achievements.AsNoTracking().Where(a => a.IsPublished).ToListAsync(ct)).Select(ToDocument));
        docs.AddRange((await db.ServiceOffers.AsNoTracking().Where(s => s.IsPublished).ToListAsync(ct)).Select(ToDocument));
        docs.AddRange((await experts.AvailableAsync(null, ct)).Select(ToDocument));
        return docs;
    }

    /// <summary>The record's current document, or null when it should not be in the index.</summary>
    public async Task<SearchDocument?> OneAsync(string kind, Guid id, CancellationToken ct) => kind switch
    {
        SearchKinds.Demand => await db.Demands.AsNoTracking().Where(d => d.Id == id && d.Status == DemandStatus.Published).FirstOrDefaultAsync(ct) is { } d ? ToDocument(d) : null,
        SearchKinds.Achievement => await db.Achievements.AsNoTracking().Where(a => a.Id == id && a.IsPublished).FirstOrDefaultAsync(ct) is { } a ? ToDocument(a) : null,
        SearchKinds.Service => await db.ServiceOffers.AsNoTracking().Where(s => s.Id == id && s.IsPublished).FirstOrDefaultAsync(ct) is { } s ? ToDocument(s) : null,
        SearchKinds.Expert => (await experts.AvailableAsync(id, ct)).Select(ToDocument).FirstOrDefault(),
        _ => null,
    };

    public static SearchDocument ToDocument(Demand d) =>
        new(SearchKinds.Demand, d.Id, d.Title, $"{d.Description}\n关键词：{d.Keywords}", d.Field, d.DistrictCode, d.IsPublic, d.EnterpriseName);

    public static SearchDocument ToDocument(Achievement a) =>
        new(SearchKinds.Achievement, a.Id, a.Title,
            $"{a.Abstract}\n关键词：{a.Keywords}\n成熟度：{MarketTerms.Name(a.Maturity)}；转化方式：{MarketTerms.Name(a.TransferMode)}" + (a.PatentNumbers.Length > 0 ? $"；专利：{a.PatentNumbers}" : ""),
            a.Field, a.DistrictCode, true, a.OwnerName);

    public static SearchDocument ToDocument(ServiceOffer s) =>
        new(SearchKinds.Service, s.Id, s.Title, $"{MarketTerms.Name(s.Kind)}：{s.Description}\n关键词：{s.Keywords}", s.Field, s.DistrictCode, true, s.ProviderName);

    /// <summary>Experts are found by staff and by matching, not on the public portal.</summary>
    public static SearchDocument ToDocument(ExpertProfile e) =>
        new(SearchKinds.Expert, e.Id, $"{e.Name}（{e.Title}，{e.UnitName}）", $"领域：{e.Fields}\n关键词：{e.Keywords}\n{e.Profile}",
            e.Fields.Split('；', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "其他", null, false, e.UnitName);
}

/// <summary>Wakes the index worker after a change is saved, so the index follows within a second rather than at the next poll.</summary>
public sealed class IndexSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // already signalled
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);

    public void Dispose() => _signal.Dispose();
}

/// <summary>Records, in the caller's unit of work, that a searchable record changed (the change feed of ADR 013).</summary>
public sealed class SearchChanges(AppDbContext db, TimeProvider clock, IndexSignal signal)
{
    public void Changed(string kind, Guid id) =>
        db.SearchIndexChanges.Add(new SearchIndexChange { Kind = kind, EntityId = id, At = clock.GetUtcNow() });

    /// <summary>Call after saving: the worker applies the change now.</summary>
    public void Saved() => signal.Notify();
}

/// <summary>Brings this instance's index up to date with the database: the worker's step, and the rebuild button.</summary>
public sealed class IndexUpdater(AppDbContext db, IndexFeed feed, MarketIndex index, TimeProvider clock)
{
    /// <summary>Ids re-read behind the last applied one: a PostgreSQL transaction may commit a lower id after a higher one.</summary>
    public const int LookBehind = 50;

    /// <summary>
    /// At start: an index that was never built, or one ahead of the database's feed (the database was replaced), is rebuilt.
    /// </summary>
    public async Task<bool> NeedsRebuildAsync(CancellationToken ct) =>
        !index.HasCommit || index.LastChangeId > (await db.SearchIndexChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0);

    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        var last = await db.SearchIndexChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        var docs = await feed.AllAsync(ct);
        await index.RebuildAsync(docs, last, clock.GetUtcNow(), ct);
        return docs.Count;
    }

    /// <summary>Applies the changes this index has not seen; returns how many records were refreshed.</summary>
    public async Task<int> ApplyPendingAsync(HashSet<long> applied, CancellationToken ct)
    {
        var last = index.LastChangeId;
        var since = last - LookBehind;
        var changes = await db.SearchIndexChanges.AsNoTracking().Where(c => c.Id > since).OrderBy(c => c.Id).Take(1000).ToListAsync(ct);
        var fresh = changes.Where(c => c.Id > last || !applied.Contains(c.Id)).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        var updates = new List<(string, Guid, SearchDocument?)>();
        foreach (var (kind, id) in fresh.Select(c => (c.Kind, c.EntityId)).Distinct())
        {
            updates.Add((kind, id, await feed.OneAsync(kind, id, ct)));
        }

        await index.ApplyAsync(updates, changes.Max(c => c.Id), ct);
        foreach (var c in changes)
        {
            applied.Add(c.Id);
        }

        applied.RemoveWhere(id => id <= since);
        return updates.Count;
    }

    public async Task<(IndexState State, int Pending)> StateAsync(CancellationToken ct)
    {
        var state = index.State;
        var pending = await db.SearchIndexChanges.CountAsync(c => c.Id > state.LastChangeId, ct);
        return (state, pending);
    }
}

/// <summary>
/// Keeps this instance's index current (ADR 013): on start, rebuilds an empty index; then applies the change feed when
/// signalled, and every few seconds anyway (changes saved by other instances).
/// </summary>
public sealed class IndexWorker(IServiceScopeFactory scopes, MarketIndex index, IndexSignal signal, ILogger<IndexWorker> log) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var applied = new HashSet<long>();
        var starting = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var updater = scope.ServiceProvider.GetRequiredService<IndexUpdater>();
                if (!index.HasCommit || (starting && await updater.NeedsRebuildAsync(stoppingToken)))
                {
                    await updater.RebuildAsync(stoppingToken);
                    log.LogInformation("Search index rebuilt from the database");
                }
                else
                {
                    await updater.ApplyPendingAsync(applied, stoppingToken);
                }

                starting = false;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "Search index update failed; retrying");
            }

            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
