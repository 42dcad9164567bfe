using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.Web.Modules.Accounts.Features;

/// <summary>
/// Password sign-in for the login page (cookie) and the token endpoint (bearer): one place that applies
/// lockout, refuses inactive accounts with a clear reason, and writes the login history.
/// </summary>
public static class SignIn
{
    public sealed record Outcome(bool Succeeded, string Message, AppUser? User);

    public sealed class Handler(UserManager<AppUser> users, AppSignInManager signIn, AppDbContext db, TimeProvider clock, IHttpContextAccessor http)
    {
        /// <param name="issueCookie">True for the login page; false checks the password only, for token clients.</param>
        public async Task<Outcome> Handle(string userName, string password, bool remember, bool issueCookie, string channel)
        {
            var user = await users.FindByNameAsync(userName.Trim());
            Outcome outcome;
            if (user is null)
            {
                outcome = new Outcome(false, "用户名或密码错误", null);
            }
            else
            {
                var result = issueCookie
                    ? await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true)
                    : await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
                outcome = result switch
                {
                    { Succeeded: true } => new Outcome(true, "", user),
                    { IsLockedOut: true } => new Outcome(false, LockedMessage(user), user),
                    { IsNotAllowed: true } => new Outcome(false, NotAllowedMessage(user), user),
                    _ => new Outcome(false, await WrongPasswordMessage(user), user),
                };
            }

            var request = http.HttpContext?.Request;
            db.LoginRecords.Add(new LoginRecord
            {
                UserId = user?.Id,
                UserName = userName.Trim().Length > 256 ? userName.Trim()[..256] : userName.Trim(),
                At = clock.GetUtcNow(),
                Succeeded = outcome.Succeeded,
                Outcome = outcome.Succeeded ? "成功" : outcome.Message,
                Channel = channel,
                IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
                UserAgent = request?.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua[..Math.Min(ua.Length, 512)] : null,
            });
            await db.SaveChangesAsync();
            return outcome;
        }

        private string LockedMessage(AppUser user)
        {
            var minutes = user.LockoutEnd is { } end ? Math.Max(1, (int)Math.Ceiling((end - clock.GetUtcNow()).TotalMinutes)) : 15;
            return $"连续登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试";
        }

        private static string NotAllowedMessage(AppUser user) => user.Status switch
        {
            AccountStatus.PendingApproval => "账号正在等待科技局审核，审核通过后即可登录",
            AccountStatus.Rejected => "注册申请未通过审核，请联系科技局",
            AccountStatus.Disabled => "账号已停用，请联系系统管理员",
            AccountStatus.Active => "账号暂不能登录",
        };

        private async Task<string> WrongPasswordMessage(AppUser user)
        {
            var left = signIn.Options.Lockout.MaxFailedAccessAttempts - await users.GetAccessFailedCountAsync(user);
            return left > 0 ? $"用户名或密码错误，再错 {left} 次账号将被锁定" : "用户名或密码错误";
        }
    }
}
