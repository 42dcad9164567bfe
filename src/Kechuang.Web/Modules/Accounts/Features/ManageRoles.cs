using System.Security.Claims;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Accounts.Features;

/// <summary>Administrators see each role's permissions and change them; members pick the change up at their next request cycle.</summary>
public static class ManageRoles
{
    public sealed record RoleView(string Name, string DisplayName, string Description, IReadOnlyList<string> Permissions, int Members);

    public sealed class Handler(AppDbContext db, RoleManager<AppRole> roles, UserManager<AppUser> users, CurrentUser current)
    {
        public async Task<List<RoleView>> ListAsync(CancellationToken ct)
        {
            current.Demand(Permissions.UsersManage);
            var all = await db.Roles.AsNoTracking().ToListAsync(ct);
            var claims = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == Permissions.ClaimType).ToListAsync(ct);
            var members = await db.UserRoles.GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            return Domain.Roles.All
                .Select(d => all.First(r => r.Name == d.Name))
                .Select(r => new RoleView(r.Name!, r.DisplayName, r.Description,
                    claims.Where(c => c.RoleId == r.Id).Select(c => c.ClaimValue!).ToList(), members.GetValueOrDefault(r.Id)))
                .ToList();
        }

        public async Task SetPermissionsAsync(string roleName, IReadOnlyCollection<string> permissions, CancellationToken ct)
        {
            current.Demand(Permissions.UsersManage);
            var unknown = permissions.Where(p => !Permissions.Names.ContainsKey(p)).ToList();
            if (unknown.Count > 0)
            {
                throw new FieldValidationException("permissions", $"未知权限：{string.Join("、", unknown)}");
            }

            if (roleName == Domain.Roles.Admin && !permissions.Contains(Permissions.UsersManage))
            {
                throw new DomainRuleException("系统管理员角色必须保留“管理用户与角色”权限，否则将无人能管理账号");
            }

            var role = await roles.FindByNameAsync(roleName) ?? throw new DomainRuleException("角色不存在");
            var had = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permissions.ClaimType).ToList();
            foreach (var claim in had.Where(c => !permissions.Contains(c.Value)))
            {
                await roles.RemoveClaimAsync(role, claim);
            }

            foreach (var p in permissions.Where(p => had.All(c => c.Value != p)))
            {
                await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, p));
            }

            // Members' sessions carry the old permissions; a new security stamp makes them refresh.
            foreach (var member in await users.GetUsersInRoleAsync(roleName))
            {
                await users.UpdateSecurityStampAsync(member);
            }
        }
    }
}
