using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Contracts;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;

namespace Kechuang.Web.Modules.GridService;

/// <summary>
/// The grid service's one place for "which needs may this user see?": grid managers all; an officer those of firms in
/// their grids; a department's or unit's handlers those routed there; a firm its own. Several may apply at once.
/// </summary>
public sealed class GridAccess(AppDbContext db, CurrentUser user, OrganisationDirectory organisation, UserDirectory users)
{
    public CurrentUser User => user;

    public async Task<IQueryable<Need>> VisibleNeedsAsync(CancellationToken ct)
    {
        if (user.Has(Permissions.GridManage))
        {
            return db.Needs;
        }

        if (user.Id is not { } id)
        {
            return db.Needs.Where(n => false);
        }

        var grids = user.Has(Permissions.GridVisit) ? await organisation.GridIdsOfOfficerAsync(id, ct) : [];
        var (department, unit) = user.Has(Permissions.NeedsHandle) ? await users.PlaceOfAsync(id, ct) : (null, null);
        var enterprise = user.Has(Permissions.NeedsRate) ? user.EnterpriseId : null;
        return db.Needs.Where(n =>
            (n.GridId != null && grids.Contains(n.GridId.Value))
            || (department != null && n.DepartmentId == department)
            || (unit != null && n.UnitId == unit)
            || (enterprise != null && n.EnterpriseId == enterprise));
    }

    /// <summary>Whether the user handles the need: only the handlers of the department or unit it was routed to (grid managers see every need, but do not act for a department).</summary>
    public async Task<bool> HandlesAsync(Need need, CancellationToken ct)
    {
        if (!user.Has(Permissions.NeedsHandle) || user.Id is not { } id)
        {
            return false;
        }

        var (department, unit) = await users.PlaceOfAsync(id, ct);
        return (department != null && need.DepartmentId == department) || (unit != null && need.UnitId == unit);
    }
}
