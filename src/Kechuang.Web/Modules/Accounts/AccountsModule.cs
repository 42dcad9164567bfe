using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Accounts.Features;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.Web.Modules.Accounts;

public static class AccountsModule
{
    /// <summary>The scheme that picks bearer for API clients that send a token and the cookie for everyone else.</summary>
    public const string Scheme = "Kechuang";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or bearer", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies(o => o.ApplicationCookie?.Configure(c =>
            {
                c.LoginPath = "/account/login";
                c.LogoutPath = "/account/logout";
                c.AccessDeniedPath = "/account/access-denied";
                c.ReturnUrlParameter = "returnUrl";
                c.ExpireTimeSpan = TimeSpan.FromHours(8);
                c.SlidingExpiration = true;
                // The API answers 401/403 with ProblemDetails instead of redirecting to the login page.
                c.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized, () => ctx.Response.Redirect(ctx.RedirectUri));
                c.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden, () => ctx.Response.Redirect(ctx.RedirectUri));
            }));

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddDefaultTokenProviders();
        services.AddScoped<AppSignInManager>();
        services.AddScoped<Contracts.UserDirectory>();
        return services;
    }

    private static Task ApiOr(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status, Action redirect)
    {
        if (!ctx.Request.Path.StartsWithSegments("/api"))
        {
            redirect();
            return Task.CompletedTask;
        }

        ctx.Response.StatusCode = status;
        return ctx.Response.WriteAsJsonAsync(
            new { title = status == 401 ? "未登录" : "无权访问", detail = status == 401 ? "请先登录或提供有效的访问令牌" : "您没有执行此操作的权限", status },
            options: null, contentType: "application/problem+json");
    }

    public static void MapAccounts(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/accounts").WithTags("账号");

        g.MapPost("/token", async Task<Results<SignInHttpResult, ProblemHttpResult>> (TokenRequest r, SignIn.Handler h, AppSignInManager signIn) =>
            {
                var outcome = await h.Handle(r.UserName ?? "", r.Password ?? "", remember: false, issueCookie: false, channel: "API");
                if (!outcome.Succeeded)
                {
                    return TypedResults.Problem(title: "登录失败", detail: outcome.Message, statusCode: StatusCodes.Status401Unauthorized);
                }

                var principal = await signIn.CreateUserPrincipalAsync(outcome.User!);
                return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            })
            .AllowAnonymous().WithSummary("用用户名和密码换取访问令牌（Bearer，8 小时有效）");

        g.MapGet("/me", (CurrentUser user) => TypedResults.Ok(new Me(
                user.Id, user.Name, user.Principal.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToList(),
                user.Principal.FindAll(Permissions.ClaimType).Select(c => c.Value).ToList(), user.Scope.ToString(), user.EnterpriseId)))
            .RequireAuthorization().WithSummary("当前用户、角色、权限和数据范围");

        g.MapPost("/register", async Task<Created<RegisteredResponse>> (RegisterEnterprise.Form form, RegisterEnterprise.Handler h, CancellationToken ct) =>
            {
                var id = await h.Handle(form, ct);
                return TypedResults.Created($"/api/v1/accounts/registrations/{id}", new RegisteredResponse(id, "注册申请已提交，科技局审核通过后即可登录"));
            })
            .Validated<RegisterEnterprise.Form>().AllowAnonymous().WithSummary("企业自主注册（待科技局审核）");

        g.MapGet("/registrations", async (RegistrationStatus? status, DecideRegistration.Handler h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(status, ct)))
            .RequireAuthorization(Permissions.RegistrationsApprove).WithSummary("企业注册申请（可按状态筛选）");

        g.MapPost("/registrations/{id:guid}/approve", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, DecideRegistration.Handler h, CancellationToken ct) =>
                await h.ApproveAsync(id, ct) ? TypedResults.NoContent() : RegistrationNotFound())
            .RequireAuthorization(Permissions.RegistrationsApprove).WithSummary("通过注册申请：关联名录中的企业，或按申请新建企业档案");

        g.MapPost("/registrations/{id:guid}/reject", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, RejectRequest r, DecideRegistration.Handler h, CancellationToken ct) =>
                await h.RejectAsync(id, r.Reason ?? "", ct) ? TypedResults.NoContent() : RegistrationNotFound())
            .RequireAuthorization(Permissions.RegistrationsApprove).WithSummary("退回注册申请（须填写原因）");
    }

    private static ProblemHttpResult RegistrationNotFound() =>
        TypedResults.Problem(title: "未找到", detail: "注册申请不存在", statusCode: StatusCodes.Status404NotFound);

    public sealed record RejectRequest(string? Reason);

    public sealed record TokenRequest(string? UserName, string? Password);

    public sealed record Me(Guid? Id, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, string Scope, Guid? EnterpriseId);

    public sealed record RegisteredResponse(Guid Id, string Message);
}
