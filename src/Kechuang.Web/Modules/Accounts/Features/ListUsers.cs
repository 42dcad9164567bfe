using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Accounts.Features;

public static class ListUsers
{
    public sealed record Query(string? Search = null, string? Role = null, AccountStatus? Status = null, int Page = 1, int PageSize = 20);

    public sealed record Row(
        Guid Id, string UserName, string DisplayName, string? Email, string? Phone, AccountStatus Status, IReadOnlyList<string> Roles,
        Guid? DepartmentId, Guid? UnitId, Guid? EnterpriseId, string? EnterpriseName, bool LockedOut, DateTimeOffset CreatedAt);

    public sealed record Page(IReadOnlyList<Row> Items, int Total);

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry, TimeProvider clock)
    {
        public async Task<Page> Handle(Query q, CancellationToken ct)
        {
            user.Demand(Permissions.UsersManage);

            var users = db.Users.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(q.Search))
            {
                var s = q.Search.Trim();
                users = users.Where(u => u.UserName!.Contains(s) || u.DisplayName.Contains(s));
            }

            if (q.Status is { } status)
            {
                users = users.Where(u => u.Status == status);
            }

            if (!string.IsNullOrWhiteSpace(q.Role))
            {
                var roleId = await db.Roles.Where(r => r.Name == q.Role).Select(r => r.Id).FirstOrDefaultAsync(ct);
                users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
            }

            var size = Math.Clamp(q.PageSize, 1, 200);
            var total = await users.CountAsync(ct);
            var page = await users.OrderBy(u => u.UserName).Skip(Paging.Skip(q.Page, size)).Take(size).ToListAsync(ct);
            var ids = page.Select(u => u.Id).ToList();
            var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
            var enterprises = (await registry.FindByIdsAsync(page.Where(u => u.EnterpriseId != null).Select(u => u.EnterpriseId!.Value).ToList(), ct))
                .ToDictionary(e => e.Id, e => e.Name);
            var now = clock.GetUtcNow();
            return new Page(page.Select(u => new Row(
                u.Id, u.UserName ?? "", u.DisplayName, u.Email, u.PhoneNumber, u.Status,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(), u.DepartmentId, u.UnitId, u.EnterpriseId,
                u.EnterpriseId is { } e ? enterprises.GetValueOrDefault(e) : null, u.LockoutEnd > now, u.CreatedAt)).ToList(), total);
        }
    }
}
