using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;

namespace Kechuang.Web.Modules.Enterprises;

/// <summary>
/// The Enterprises module's one place for "may this user do this to this enterprise?": every query starts
/// from <see cref="VisibleAsync"/>, so a record outside the user's data scope is simply not found (404).
/// </summary>
public sealed class EnterpriseAccess(AppDbContext db, CurrentUser user, OrganisationDirectory organisation)
{
    public CurrentUser User => user;

    public async Task<IQueryable<Enterprise>> VisibleAsync(CancellationToken ct)
    {
        switch (user.Scope)
        {
            case DataScope.All:
                return db.Enterprises;
            case DataScope.Grids when user.Id is { } officer:
                var grids = await organisation.GridIdsOfOfficerAsync(officer, ct);
                return db.Enterprises.Where(e => e.GridId != null && grids.Contains(e.GridId.Value));
            case DataScope.Own when user.EnterpriseId is { } own:
                return db.Enterprises.Where(e => e.Id == own);
            case DataScope.None:
            case DataScope.Grids:
            case DataScope.Own:
            default:
                return db.Enterprises.Where(e => false);
        }
    }

    /// <summary>Throws (403) unless the user holds the permission.</summary>
    public void Demand(string permission) => user.Demand(permission);
}
