using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;

namespace Kechuang.Web.Modules.Market;

/// <summary>
/// The market's one place for "which demands may this user see or manage?". Staff with market.manage: all. A firm user:
/// their firm's. A grid officer: those of firms in their grids. Everyone (also anonymous): published public ones.
/// </summary>
public sealed class MarketAccess(AppDbContext db, CurrentUser user, OrganisationDirectory organisation)
{
    public CurrentUser User => user;

    /// <summary>The demands the user posted or may manage (not the public ones of others).</summary>
    public async Task<IQueryable<Demand>> ManagedDemandsAsync(CancellationToken ct)
    {
        if (user.Has(Permissions.MarketManage))
        {
            return db.Demands;
        }

        if (user.Has(Permissions.ScopeGrids) && user.Id is { } officer)
        {
            var grids = await organisation.GridIdsOfOfficerAsync(officer, ct);
            return db.Demands.Where(d => d.GridId != null && grids.Contains(d.GridId.Value));
        }

        if (user.EnterpriseId is { } own)
        {
            return db.Demands.Where(d => d.EnterpriseId == own);
        }

        return db.Demands.Where(d => false);
    }

    /// <summary>What the user may read: the managed ones plus every published public demand.</summary>
    public async Task<IQueryable<Demand>> VisibleDemandsAsync(CancellationToken ct)
    {
        var managed = (await ManagedDemandsAsync(ct)).Select(d => d.Id);
        return db.Demands.Where(d => (d.Status == DemandStatus.Published && d.IsPublic) || managed.Contains(d.Id));
    }

    /// <summary>Achievements the user may change: staff all, everyone else those they published.</summary>
    public IQueryable<Achievement> ManagedAchievements() =>
        user.Has(Permissions.MarketManage) ? db.Achievements : db.Achievements.Where(a => a.OwnerUserId != null && a.OwnerUserId == user.Id);

    /// <summary>Service offers the user may change: staff all, everyone else those they published.</summary>
    public IQueryable<ServiceOffer> ManagedServices() =>
        user.Has(Permissions.MarketManage) ? db.ServiceOffers : db.ServiceOffers.Where(s => s.OwnerUserId != null && s.OwnerUserId == user.Id);

    public bool MayManageAchievement(Achievement a) => user.Has(Permissions.MarketManage) || (a.OwnerUserId != null && a.OwnerUserId == user.Id);

    public bool MayManageService(ServiceOffer s) => user.Has(Permissions.MarketManage) || (s.OwnerUserId != null && s.OwnerUserId == user.Id);
}
