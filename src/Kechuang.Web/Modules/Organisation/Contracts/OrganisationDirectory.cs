using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kechuang.Web.Modules.Organisation.Contracts;

public sealed record DistrictItem(string Code, string Name);

public sealed record GridItem(Guid Id, string Code, string Name, string DistrictCode);

/// <summary>A department of the bureau or an outside unit: who a piece of work can be routed to.</summary>
public sealed record HandlerItem(Guid Id, string Name);

/// <summary>
/// What other modules may ask the Organisation module. Districts and grids are read on every list request and
/// change a few times a year, so they are cached for a minute and dropped at once when this instance changes them.
/// </summary>
public sealed class OrganisationDirectory(AppDbContext db, IMemoryCache cache)
{
    private const string DistrictsKey = "organisation:districts";
    private const string GridsKey = "organisation:grids";
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    public async Task<List<DistrictItem>> DistrictsAsync(CancellationToken ct = default) =>
        [.. await cache.GetOrCreateAsync(DistrictsKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await db.Districts.AsNoTracking().Where(d => d.ParentCode != null).OrderBy(d => d.Code)
                .Select(d => new DistrictItem(d.Code, d.Name)).ToListAsync(ct);
        }) ?? []];

    public async Task<List<GridItem>> GridsAsync(CancellationToken ct = default) =>
        [.. await cache.GetOrCreateAsync(GridsKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await db.Grids.AsNoTracking().OrderBy(g => g.Code)
                .Select(g => new GridItem(g.Id, g.Code, g.Name, g.DistrictCode)).ToListAsync(ct);
        }) ?? []];

    public Task<List<HandlerItem>> DepartmentsAsync(CancellationToken ct = default) =>
        db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).Select(d => new HandlerItem(d.Id, d.Name)).ToListAsync(ct);

    public Task<List<HandlerItem>> UnitsAsync(CancellationToken ct = default) =>
        db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => new HandlerItem(u.Id, u.Name)).ToListAsync(ct);

    /// <summary>Called after districts or grids change, so this instance shows the change at once.</summary>
    public void Forget()
    {
        cache.Remove(DistrictsKey);
        cache.Remove(GridsKey);
    }

    /// <summary>Who looks after which grid (a grid may have several officers, an officer several grids).</summary>
    public Task<List<(Guid GridId, Guid UserId)>> GridOfficersAsync(CancellationToken ct = default) =>
        db.GridOfficers.AsNoTracking().Select(o => new ValueTuple<Guid, Guid>(o.GridId, o.UserId)).ToListAsync(ct);

    /// <summary>A unit's (university, institute, service body, bank) name, or null.</summary>
    public Task<string?> UnitNameAsync(Guid unitId, CancellationToken ct = default) =>
        db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct);

    /// <summary>The grids an officer looks after: the data scope of a grid officer.</summary>
    public Task<List<Guid>> GridIdsOfOfficerAsync(Guid userId, CancellationToken ct = default) =>
        db.GridOfficers.AsNoTracking().Where(o => o.UserId == userId).Select(o => o.GridId).ToListAsync(ct);
}

/// <summary>Lets the Accounts module set which grids an officer looks after, in the caller's unit of work.</summary>
public sealed class GridAssignments(AppDbContext db, TimeProvider clock)
{
    public async Task SetOfficerGridsAsync(Guid userId, IReadOnlyCollection<Guid> gridIds, CancellationToken ct = default)
    {
        var existing = await db.GridOfficers.Where(o => o.UserId == userId).ToListAsync(ct);
        db.GridOfficers.RemoveRange(existing.Where(o => !gridIds.Contains(o.GridId)));
        var now = clock.GetUtcNow();
        foreach (var gridId in gridIds.Where(id => existing.All(o => o.GridId != id)))
        {
            db.GridOfficers.Add(new Domain.GridOfficer { GridId = gridId, UserId = userId, AssignedAt = now });
        }
    }

    /// <summary>An officer who leaves hands every grid over to another (in the caller's unit of work); returns the grids moved.</summary>
    public async Task<List<Guid>> HandOverAsync(Guid fromUserId, Guid toUserId, CancellationToken ct = default)
    {
        var theirs = await db.GridOfficers.Where(o => o.UserId == fromUserId).ToListAsync(ct);
        var already = await db.GridOfficers.Where(o => o.UserId == toUserId).Select(o => o.GridId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        db.GridOfficers.RemoveRange(theirs);
        foreach (var grid in theirs.Where(o => !already.Contains(o.GridId)))
        {
            db.GridOfficers.Add(new Domain.GridOfficer { GridId = grid.GridId, UserId = toUserId, AssignedAt = now });
        }

        return theirs.Select(o => o.GridId).ToList();
    }

    public Task<Dictionary<Guid, string>> DepartmentNamesAsync(CancellationToken ct = default) =>
        db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
}
