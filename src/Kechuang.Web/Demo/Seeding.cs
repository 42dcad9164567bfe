using System.Security.Claims;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Cultivation;
using Kechuang.Web.Modules.Policies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Demo;

public static class Seeding
{
    /// <summary>
    /// Always: the seven roles with their starting permissions. In a new database with <c>Demo:Seed</c> on
    /// (the default outside Production): the demo city. With <c>Admin:InitialPassword</c> set and no
    /// administrator yet: the first administrator account, so production can be bootstrapped.
    /// </summary>
    public static async Task SeedAsync(this IServiceProvider services, IConfiguration config, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await EnsureRolesAsync(db, ct);
        await ShippedRuleSetVersions.EnsureAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), ct);
        await StandardPools.EnsureAsync(db, ct);
        if (config.GetValue("Demo:Seed", false) && !await db.Districts.AnyAsync(ct))
        {
            await scope.ServiceProvider.GetRequiredService<DemoCity>().SeedAsync(ct);
            await scope.ServiceProvider.GetRequiredService<Modules.Policies.Features.Rewards.SweepRecognitionRewards.Handler>().RunAsync(ct);
        }

        if (config["Admin:InitialPassword"] is { Length: > 0 } password)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0)
            {
                var admin = new AppUser { UserName = config["Admin:UserName"] ?? "admin", DisplayName = "系统管理员", CreatedAt = DateTimeOffset.UtcNow };
                var result = await users.CreateAsync(admin, password);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("Admin:InitialPassword is rejected: " + string.Join("; ", result.Errors.Select(e => e.Description)));
                }

                await users.AddToRoleAsync(admin, Roles.Admin);
            }
        }
    }

    private static async Task EnsureRolesAsync(AppDbContext db, CancellationToken ct)
    {
        var existing = await db.Roles.ToListAsync(ct);
        foreach (var definition in Roles.All.Where(d => existing.All(r => r.Name != d.Name)))
        {
            var role = new AppRole
            {
                Id = Guid.NewGuid(),
                Name = definition.Name,
                NormalizedName = definition.Name.ToUpperInvariant(),
                DisplayName = definition.DisplayName,
                Description = definition.Description,
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            db.Roles.Add(role);
            db.RoleClaims.AddRange(definition.Permissions.Select(p => new IdentityRoleClaim<Guid>
            {
                RoleId = role.Id,
                ClaimType = Permissions.ClaimType,
                ClaimValue = p,
            }));
        }

        await db.SaveChangesAsync(ct);
    }

    public static Claim PermissionClaim(string permission) => new(Permissions.ClaimType, permission);
}
