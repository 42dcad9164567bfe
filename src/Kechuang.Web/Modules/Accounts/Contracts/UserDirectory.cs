using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Accounts.Contracts;

/// <summary>What other modules may ask about accounts.</summary>
public sealed class UserDirectory(AppDbContext db)
{
    public Task<Dictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

    /// <summary>The unit (university, institute, service body, bank) a user works for, if any.</summary>
    public Task<Guid?> UnitOfAsync(Guid userId, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.UnitId).FirstOrDefaultAsync(ct);

    /// <summary>Where a user works: their department of the bureau, or their outside unit (either may be null).</summary>
    public async Task<(Guid? DepartmentId, Guid? UnitId)> PlaceOfAsync(Guid userId, CancellationToken ct = default) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.DepartmentId, u.UnitId }).FirstOrDefaultAsync(ct) is { } p
            ? (p.DepartmentId, p.UnitId)
            : (null, null);

    /// <summary>The active users of a department or a unit who hold a permission: whom to tell about work routed there.</summary>
    public async Task<List<Guid>> MembersHoldingAsync(Guid? departmentId, Guid? unitId, string permission, CancellationToken ct = default)
    {
        var holders = await HoldersOfAsync(permission, ct);
        return await db.Users.AsNoTracking()
            .Where(u => holders.Contains(u.Id) && ((departmentId != null && u.DepartmentId == departmentId) || (unitId != null && u.UnitId == unitId)))
            .Select(u => u.Id).ToListAsync(ct);
    }

    /// <summary>Active users who hold a permission through one of their roles or directly (e.g. everyone who manages subsidies).</summary>
    public Task<List<Guid>> HoldersOfAsync(string permission, CancellationToken ct = default)
    {
        var viaRoles = db.UserRoles.Join(
                db.RoleClaims.Where(c => c.ClaimType == Permissions.ClaimType && c.ClaimValue == permission),
                ur => ur.RoleId, rc => rc.RoleId, (ur, _) => ur.UserId);
        var direct = db.UserClaims.Where(c => c.ClaimType == Permissions.ClaimType && c.ClaimValue == permission).Select(c => c.UserId);
        return db.Users.AsNoTracking()
            .Where(u => u.Status == AccountStatus.Active && (viaRoles.Contains(u.Id) || direct.Contains(u.Id)))
            .OrderBy(u => u.UserName).Select(u => u.Id).ToListAsync(ct);
    }
}
