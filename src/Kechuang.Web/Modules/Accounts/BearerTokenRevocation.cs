using System.Security.Claims;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Kechuang.Web.Modules.Accounts;

/// <summary>
/// A bearer token is self-contained and would stay valid for its whole lifetime. This check makes a token die
/// with its account: when the account is disabled, or its security stamp changes (password reset, roles or role
/// permissions changed), the token is refused with 401 and the client signs in again. The answer is cached for
/// 30 seconds per user so the API does not pay a query per request.
/// </summary>
public static class BearerTokenRevocation
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public static IApplicationBuilder UseBearerTokenRevocation(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            // The policy scheme sends requests with a bearer header to the bearer handler (AccountsModule.Scheme).
            var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
            if (bearer && http.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(http.User, http.RequestServices))
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await http.Response.WriteAsJsonAsync(
                    new { title = "令牌已失效", detail = "账号已停用或权限已变更，请重新获取访问令牌", status = 401 },
                    options: null, contentType: "application/problem+json");
                return;
            }

            await next(http);
        });

    private static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider services)
    {
        var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return false;
        }

        var cache = services.GetRequiredService<IMemoryCache>();
        var current = await cache.GetOrCreateAsync($"account-stamp:{userId}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            var db = services.GetRequiredService<AppDbContext>();
            return await db.Users.AsNoTracking().Where(u => u.Id == userId && u.Status == AccountStatus.Active)
                .Select(u => u.SecurityStamp).FirstOrDefaultAsync();
        });
        return current is not null && current == principal.FindFirstValue(stampType);
    }
}
